package org.reclaim.app.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The accounts the server accepts, user name → password in clear (only held in memory to be hashed
 * at start-up, then kept hashed in the store by {@link Accounts#seed}). Names map to roles: {@code
 * admin} → ADMIN, {@code analyst} → ANALYST, {@code donor} → DONOR, {@code va} → VICTIM_ASSISTANCE,
 * {@code operator-<id>} → OPERATOR, the field manager of the operator organisation with that id
 * (who may report progress and completion of their own teams' tasks, docs/security.md), {@code
 * operator} → OPERATOR of no organisation (reads only); any other name is an ANALYST.
 *
 * @param passwords user name → password
 */
public record Users(Map<String, String> passwords) {
  /** Account names of operators' field managers: this, then the operator's id. */
  public static final String OPERATOR_PREFIX = "operator-";

  public Users {
    passwords = Collections.unmodifiableMap(new LinkedHashMap<>(passwords));
  }

  /** A random password of 16 URL-safe characters, for accounts created at start-up. */
  public static String randomPassword() {
    byte[] b = new byte[12];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /**
   * The accounts {@code reclaim serve} creates or sets at start, of {@code admin}, {@code analyst}
   * and {@code donor}: each whose {@code RECLAIM_<NAME>_PASSWORD} is set, with that password (a
   * reset), and each the register does not hold yet ({@code exists} says no), with a random
   * password printed once. Existing accounts are otherwise left as the administrator keeps them.
   */
  public static Users fromEnvironment(java.util.function.Predicate<String> exists) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String name : java.util.List.of("admin", "analyst", "donor")) {
      String given =
          System.getenv("RECLAIM_" + name.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD");
      if (given != null && !given.isBlank()) {
        m.put(name, given);
      } else if (!exists.test(name)) {
        m.put(name, randomPassword());
      }
    }
    return new Users(m);
  }

  /** The role of a user name. */
  public static String role(String user) {
    if (organisation(user).isPresent()) {
      return "OPERATOR";
    }
    return switch (user) {
      case "admin" -> "ADMIN";
      case "operator" -> "OPERATOR";
      case "donor" -> "DONOR";
      case "va" -> "VICTIM_ASSISTANCE";
      default -> "ANALYST";
    };
  }

  /** The operator organisation an {@code operator-<id>} account reports for; empty otherwise. */
  public static OptionalLong organisation(String user) {
    if (user.startsWith(OPERATOR_PREFIX)) {
      try {
        long id = Long.parseLong(user.substring(OPERATOR_PREFIX.length()));
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }
}
