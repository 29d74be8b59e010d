package org.reclaim.app.security;

import java.util.Locale;

/**
 * The roles of Reclaim's users (docs/security.md has the access matrix). The public — people
 * without an account — reads {@code /api/v1/public/**} and the public page only.
 */
public enum Role {
  /** Accounts and settings, and everything an analyst may do, and victim assistance records. */
  ADMIN,
  /** The national authority's analyst: the register, priorities, plans, reports. */
  ANALYST,
  /** An operator's field manager: the own organisation's tasks, staff and EORE sessions. */
  OPERATOR,
  /** Victim assistance officer: casualties with their personal data, referrals. */
  VICTIM_ASSISTANCE,
  /** A donor's programme officer: aggregates only, small counts of people suppressed. */
  DONOR;

  /**
   * The role named {@code name}, case-insensitive.
   *
   * @throws IllegalArgumentException naming the roles when there is none of that name
   */
  public static Role of(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown role '" + name + "'; expected one of " + java.util.Arrays.toString(values()), e);
    }
  }

  /** Whether people in this role read aggregates of people only, with small cells suppressed. */
  public boolean seesSuppressedAggregates() {
    return this == DONOR;
  }

  /** Whether this role reads casualties' personal data and referrals. */
  public boolean readsPersonalData() {
    return this == ADMIN || this == VICTIM_ASSISTANCE;
  }
}
