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
   * The accounts for {@code reclaim serve}: {@code RECLAIM_ADMIN_PASSWORD} and {@code
   * RECLAIM_ANALYST_PASSWORD} if set, else random passwords printed once at start.
   */
  public static Users fromEnvironment() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("admin", env("RECLAIM_ADMIN_PASSWORD"));
    m.put("analyst", env("RECLAIM_ANALYST_PASSWORD"));
    m.put("donor", env("RECLAIM_DONOR_PASSWORD"));
    return new Users(m);
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? randomPassword() : v;
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
