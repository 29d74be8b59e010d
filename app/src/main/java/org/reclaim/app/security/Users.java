package org.reclaim.app.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accounts the server accepts, user name → password in clear (only held in memory to be hashed
 * at start-up). Names map to roles: {@code admin} → ADMIN, {@code analyst} → ANALYST, {@code
 * operator} → OPERATOR, {@code donor} → DONOR; any other name is a read-only ANALYST.
 *
 * @param passwords user name → password
 */
public record Users(Map<String, String> passwords) {
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
    return switch (user) {
      case "admin" -> "ADMIN";
      case "operator" -> "OPERATOR";
      case "donor" -> "DONOR";
      default -> "ANALYST";
    };
  }
}
