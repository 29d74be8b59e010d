package org.reclaim.app.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Sha256;
import org.reclaim.store.people.ApiTokenRepository;
import org.reclaim.store.people.ApiTokenRepository.StoredToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens (OWASP ASVS 3.5): an administrator issues one for an account — a script's
 * credential that signs in as that account, with its role — and may revoke it at any time. The
 * secret ({@code rcl_} and 43 URL-safe characters, 256 random bits) is shown once; the store keeps
 * its SHA-256 only. A request carries it as {@code Authorization: Bearer rcl_…}; a revoked or
 * expired token, or one of a disabled account, is refused.
 *
 * <p>Thread safe.
 */
@Component
public class ApiTokens {
  /** How every personal token begins, which tells it from an identity provider's JWT. */
  public static final String PREFIX = "rcl_";

  private static final SecureRandom RANDOM = new SecureRandom();
  private final ApiTokenRepository tokens;
  private final Accounts accounts;
  private final Clock clock;

  /**
   * A token just issued: its secret, shown this once, and what is kept of it.
   *
   * @param secret the bearer credential
   * @param token the stored token
   */
  public record Issued(String secret, StoredToken token) {}

  public ApiTokens(ReclaimStore store, Accounts accounts, Clock clock) {
    this.tokens = store.people().apiTokens();
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Issues a token for {@code username}.
   *
   * @param validFor how long it works, or {@code null} for until revoked
   * @throws IllegalArgumentException for an unknown account or a name that is blank or too long
   */
  public Issued issue(String username, String name, Duration validFor, String actor) {
    if (!accounts.exists(username)) {
      throw new IllegalArgumentException("username: no account '" + username + "'");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("name: what the token is for, 1 to 200 characters");
    }
    if (validFor != null && (validFor.isNegative() || validFor.isZero())) {
      throw new IllegalArgumentException("validDays: at least 1 day, or none for no expiry");
    }
    String secret = newSecret();
    Instant expires = validFor == null ? null : clock.instant().plus(validFor);
    return new Issued(secret, tokens.create(username, name.strip(), hash(secret), expires, actor));
  }

  /** The tokens of {@code username} (every account's when {@code null}), newest first. */
  public List<StoredToken> list(String username) {
    return tokens.list(username);
  }

  /** Revokes token {@code id}. */
  public StoredToken revoke(long id, String actor) {
    return tokens.revoke(id, actor);
  }

  /**
   * Signs a request in by its bearer token. (Not a bean of its own: an {@code
   * AuthenticationProvider} bean would replace the password sign-in of the login form.)
   */
  AuthenticationProvider provider() {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        return ApiTokens.this.authenticate(
            ((BearerTokenAuthenticationToken) authentication).getToken());
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }

  private Authentication authenticate(String secret) {
    StoredToken t =
        tokens
            .findByHash(hash(secret))
            .filter(found -> found.activeAt(clock.instant()))
            .orElseThrow(() -> new BadCredentialsException("unknown, revoked or expired token"));
    ReclaimUser user = (ReclaimUser) accounts.loadUserByUsername(t.username());
    if (!user.isEnabled()) {
      throw new DisabledException("the account " + t.username() + " is disabled");
    }
    tokens.touch(t);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }

  /** What the store keeps of a secret: its SHA-256, hex. */
  public static String hash(String secret) {
    return Sha256.hex(secret);
  }

  /** A new secret: {@code rcl_} and 43 URL-safe characters (256 random bits). */
  public static String newSecret() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
