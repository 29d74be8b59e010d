package org.reclaim.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reclaim.store.ReclaimStore;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Back-off against password guessing (OWASP ASVS 2.2.1): after {@link #MAX_FAILURES} refused
 * sign-ins of one account name within {@link #WINDOW}, the account is locked for {@link #WINDOW}
 * from the last failure — the right password is refused too, with a message saying until when.
 * Every refused sign-in is written to the audit log (the name tried, never the password), and so is
 * each lock. Counted in this server's memory: a restart forgets them.
 *
 * <p>Thread safe.
 */
@Component
public class LoginAttempts {
  /** Refused sign-ins that lock an account. */
  public static final int MAX_FAILURES = 5;

  /** How far back failures count, and how long a lock lasts. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private static final int MAX_NAMES = 10_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final ReclaimStore store;
  private final Clock clock;

  public LoginAttempts(ReclaimStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Until when {@code username} is locked, if it is. */
  public Optional<Instant> lockedUntil(String username) {
    Deque<Instant> f = failures.get(username);
    if (f == null) {
      return Optional.empty();
    }
    synchronized (f) {
      prune(f);
      if (f.size() < MAX_FAILURES) {
        return Optional.empty();
      }
      return Optional.of(f.peekLast().plus(WINDOW));
    }
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    String name = String.valueOf(event.getAuthentication().getName());
    if (failures.size() > MAX_NAMES) {
      failures.clear(); // a flood of names: start counting afresh rather than grow without end
    }
    Deque<Instant> f = failures.computeIfAbsent(name, k -> new ArrayDeque<>());
    boolean nowLocked;
    synchronized (f) {
      prune(f);
      f.addLast(clock.instant());
      nowLocked = f.size() == MAX_FAILURES;
    }
    store.people().users().recordFailedLogin(name, nowLocked ? "locked for " + WINDOW : "refused");
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    failures.remove(event.getAuthentication().getName());
  }

  private void prune(Deque<Instant> f) {
    Instant since = clock.instant().minus(WINDOW);
    while (!f.isEmpty() && f.peekFirst().isBefore(since)) {
      f.removeFirst();
    }
  }
}
