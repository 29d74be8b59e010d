package org.reclaim.domain.people;

import org.reclaim.domain.DomainException;

/**
 * The age groups of sex-and-age disaggregated data (SADDD) used in mine action reporting (IMAS
 * 05.10): 0–4, 5–11, 12–17, 18–59, 60 and over; unknown where the age was not recorded.
 */
public enum AgeGroup {
  AGE_0_4("0–4", 0, 4),
  AGE_5_11("5–11", 5, 11),
  AGE_12_17("12–17", 12, 17),
  AGE_18_59("18–59", 18, 59),
  AGE_60_PLUS("60+", 60, Integer.MAX_VALUE),
  UNKNOWN("unknown", -1, -1);

  private final String label;
  private final int fromYears;
  private final int toYears;

  AgeGroup(String label, int fromYears, int toYears) {
    this.label = label;
    this.fromYears = fromYears;
    this.toYears = toYears;
  }

  /** The label used in reports, e.g. {@code 18–59}. */
  public String label() {
    return label;
  }

  /** The group as a column name's suffix: {@code 0_4}, {@code 5_11}, … {@code 60_plus}. */
  public String columnSuffix() {
    return name().substring("AGE_".length()).toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether this group is a child's (under 18). */
  public boolean isChild() {
    return this == AGE_0_4 || this == AGE_5_11 || this == AGE_12_17;
  }

  /**
   * The group of an age in whole years.
   *
   * @throws DomainException when {@code years} is negative or above 130
   */
  public static AgeGroup of(int years) {
    if (years < 0 || years > 130) {
      throw new DomainException("AgeGroup", "age", "must be between 0 and 130 years, not " + years);
    }
    for (AgeGroup g : values()) {
      if (g != UNKNOWN && years >= g.fromYears && years <= g.toYears) {
        return g;
      }
    }
    throw new IllegalStateException("no group for " + years);
  }

  /** The four groups of known age, youngest first (every group but {@link #UNKNOWN}). */
  public static AgeGroup[] known() {
    return new AgeGroup[] {AGE_0_4, AGE_5_11, AGE_12_17, AGE_18_59, AGE_60_PLUS};
  }
}
