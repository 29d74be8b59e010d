package org.reclaim.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTest {
  /** Counts the checks that reach the (slow) encoder; "hash:x" encodes x. */
  private static final class CountingEncoder implements PasswordEncoder {
    final AtomicInteger checks = new AtomicInteger();

    @Override
    public String encode(CharSequence raw) {
      return "hash:" + raw;
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      checks.incrementAndGet();
      return encoded.equals("hash:" + raw);
    }
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final CountingEncoder slow = new CountingEncoder();
  private final MutableClock clock = new MutableClock();
  private final VerifiedPasswordCache cache =
      new VerifiedPasswordCache(slow, Duration.ofMinutes(5), clock);

  @Test
  void aVerifiedPasswordIsCheckedOncePerTimeToLive() {
    assertThat(cache.matches("demo", "hash:demo")).isTrue();
    assertThat(cache.matches("demo", "hash:demo")).isTrue();
    assertThat(cache.matches("demo", "hash:demo")).isTrue();
    assertThat(slow.checks).hasValue(1);
    clock.now = clock.now.plus(Duration.ofMinutes(5));
    assertThat(cache.matches("demo", "hash:demo")).isTrue();
    assertThat(slow.checks).hasValue(2);
  }

  @Test
  void aWrongPasswordIsNeverRememberedAndAlwaysChecked() {
    assertThat(cache.matches("demo", "hash:demo")).isTrue();
    assertThat(cache.matches("guess", "hash:demo")).isFalse();
    assertThat(cache.matches("guess", "hash:demo")).isFalse();
    assertThat(slow.checks).hasValue(3);
  }

  @Test
  void aChangedStoredHashIsCheckedAgain() {
    assertThat(cache.matches("demo", "hash:demo")).isTrue();
    assertThat(cache.matches("demo", "hash:other")).isFalse();
    assertThat(slow.checks).hasValue(2);
  }
}
