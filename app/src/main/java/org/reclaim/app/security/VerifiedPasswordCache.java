package org.reclaim.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a short time, the passwords it has verified, so that an
 * API client sending HTTP Basic with every request pays bcrypt once per {@link #ttl}, not once per
 * request. bcrypt is slow on purpose (≈ 100 ms of CPU at cost 10 on this machine): with Basic and
 * no session it was nearly all of the server's work in {@code reclaim bench api}.
 *
 * <p>Only successful matches are remembered, so guessing still costs a bcrypt per try. What is kept
 * is not the password but an HMAC-SHA-256 of it under a random key that never leaves the process,
 * paired with the stored hash it matched; a new stored hash (changed password) never matches an old
 * entry. At most {@link #MAX_ENTRIES} entries; the cache is emptied when full.
 *
 * <p>Thread safe.
 */
final class VerifiedPasswordCache implements PasswordEncoder {
  static final int MAX_ENTRIES = 10_000;

  private final PasswordEncoder delegate;
  private final Duration ttl;
  private final Clock clock;
  private final SecretKeySpec key;
  private final Map<String, Long> verifiedUntilMillis = new ConcurrentHashMap<>();

  VerifiedPasswordCache(PasswordEncoder delegate, Duration ttl, Clock clock) {
    this.delegate = delegate;
    this.ttl = ttl;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return delegate.encode(rawPassword);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (rawPassword == null || encodedPassword == null) {
      return delegate.matches(rawPassword, encodedPassword);
    }
    String entry = mac(rawPassword) + ' ' + encodedPassword;
    long now = clock.millis();
    Long until = verifiedUntilMillis.get(entry);
    if (until != null && until > now) {
      return true;
    }
    boolean ok = delegate.matches(rawPassword, encodedPassword);
    if (ok) {
      if (verifiedUntilMillis.size() >= MAX_ENTRIES) {
        verifiedUntilMillis.clear();
      }
      verifiedUntilMillis.put(entry, now + ttl.toMillis());
    } else {
      verifiedUntilMillis.remove(entry);
    }
    return ok;
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }

  private String mac(CharSequence raw) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
    }
  }
}
