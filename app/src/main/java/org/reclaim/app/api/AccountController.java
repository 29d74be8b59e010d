package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.reclaim.app.register.AuditTrail;
import org.reclaim.app.security.Accounts;
import org.reclaim.app.security.ApiTokens;
import org.reclaim.app.security.Caller;
import org.reclaim.app.security.Role;
import org.reclaim.store.audit.AuditChain;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.people.ApiTokenRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's endpoints: accounts (create, change role and organisation, disable, reset a
 * password), personal API tokens (issue, list, revoke) and the audit log (filtered by record, user
 * and time; the hash chain verified).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Administration", description = "Accounts and the audit log (admin only)")
class AccountController {
  private final Accounts accounts;
  private final AuditTrail audit;
  private final ApiTokens tokens;

  AccountController(Accounts accounts, AuditTrail audit, ApiTokens tokens) {
    this.accounts = accounts;
    this.audit = audit;
    this.tokens = tokens;
  }

  /**
   * A new account.
   *
   * @param username the name to sign in with
   * @param role the role
   * @param operatorId an operator account's organisation
   * @param password the first password (at least 10 characters)
   */
  record NewAccount(String username, String role, Long operatorId, String password) {}

  /**
   * An account's changes.
   *
   * @param role the role
   * @param operatorId an operator account's organisation
   * @param enabled whether it may sign in
   */
  record AccountChange(String role, Long operatorId, Boolean enabled) {}

  /**
   * A new password.
   *
   * @param password at least 10 characters
   */
  record NewPassword(String password) {}

  /**
   * Who is signed in.
   *
   * @param username the account name
   * @param role the role
   * @param operatorId an operator account's organisation, or {@code null}
   */
  record Me(String username, Role role, Long operatorId) {}

  @Operation(summary = "Who is signed in: account name, role, operator organisation")
  @GetMapping("/me")
  Me me(Principal principal) {
    Caller c = Caller.of(principal);
    return new Me(
        c.name(), c.role(), c.organisation().isPresent() ? c.organisation().getAsLong() : null);
  }

  @Operation(summary = "Every account (no password hashes)")
  @GetMapping("/users")
  ResponseEntity<List<Accounts.Account>> list(
      @RequestParam @io.swagger.v3.oas.annotations.Parameter(description = Paging.PARAMETERS)
          java.util.Map<String, String> params,
      jakarta.servlet.http.HttpServletRequest request) {
    return Paging.of(accounts.list(), Accounts.Account.class, params, 100, request);
  }

  @Operation(summary = "Create an account")
  @PostMapping("/users")
  ResponseEntity<Accounts.Account> create(@RequestBody NewAccount in, Principal admin) {
    if (in == null || in.role() == null) {
      throw new RequestFieldException("role", "is required");
    }
    Accounts.Account a =
        accounts.create(
            in.username(), Role.of(in.role()), in.operatorId(), in.password(), admin.getName());
    return ResponseEntity.created(URI.create("/api/v1/users/" + a.username()))
        .eTag("\"" + a.version() + "\"")
        .body(a);
  }

  @Operation(summary = "Change an account's role, organisation or enabled flag (If-Match)")
  @PutMapping("/users/{username}")
  Accounts.Account update(
      @PathVariable String username,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      @RequestBody AccountChange in,
      Principal admin) {
    if (in == null || in.role() == null) {
      throw new RequestFieldException("role", "is required");
    }
    return accounts.update(
        username,
        Role.of(in.role()),
        in.operatorId(),
        in.enabled() == null || in.enabled(),
        FeatureController.version(ifMatch),
        admin.getName());
  }

  @Operation(summary = "Reset an account's password")
  @PostMapping("/users/{username}/password")
  ResponseEntity<Void> resetPassword(
      @PathVariable String username, @RequestBody NewPassword in, Principal admin) {
    accounts.resetPassword(username, in == null ? null : in.password(), admin.getName());
    return ResponseEntity.noContent().build();
  }

  /**
   * A personal API token to issue.
   *
   * @param name what it is for (a script, a machine)
   * @param validDays how many days it works; none: until revoked
   */
  record NewToken(String name, Integer validDays) {}

  /**
   * A personal API token as listed: never its secret.
   *
   * @param id identifier, to revoke it
   * @param username the account it signs in as
   * @param name what it is for
   * @param createdAt when it was issued
   * @param createdBy who issued it
   * @param expiresAt when it stops working, or {@code null}
   * @param revokedAt when it was revoked, or {@code null}
   * @param lastUsedAt when it was last used (to the minute), or {@code null}
   * @param active whether it signs in now
   */
  record TokenView(
      long id,
      String username,
      String name,
      String createdAt,
      String createdBy,
      String expiresAt,
      String revokedAt,
      String lastUsedAt,
      boolean active) {
    static TokenView of(ApiTokenRepository.StoredToken t) {
      return new TokenView(
          t.id(),
          t.username(),
          t.name(),
          t.createdAt(),
          t.createdBy(),
          t.expiresAt(),
          t.revokedAt(),
          t.lastUsedAt(),
          t.activeAt(Instant.now()));
    }
  }

  /**
   * A token just issued.
   *
   * @param token the secret: send it as {@code Authorization: Bearer <token>}; it is shown only now
   * @param details what is kept of it
   */
  record IssuedToken(String token, TokenView details) {}

  @Operation(summary = "Issue a personal API token for an account (the secret is shown only now)")
  @PostMapping("/users/{username}/tokens")
  ResponseEntity<IssuedToken> issueToken(
      @PathVariable String username, @RequestBody NewToken in, Principal admin) {
    if (in == null) {
      throw new RequestFieldException("name", "is required");
    }
    if (in.validDays() != null && (in.validDays() < 1 || in.validDays() > 3660)) {
      throw new RequestFieldException("validDays", "1 to 3660 days, or none for no expiry");
    }
    ApiTokens.Issued issued =
        tokens.issue(
            username,
            in.name(),
            in.validDays() == null ? null : Duration.ofDays(in.validDays()),
            admin.getName());
    return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id()))
        .header("Cache-Control", "no-store")
        .body(new IssuedToken(issued.secret(), TokenView.of(issued.token())));
  }

  @Operation(summary = "The personal API tokens of an account, newest first (no secrets)")
  @GetMapping("/users/{username}/tokens")
  ResponseEntity<List<TokenView>> tokensOf(
      @PathVariable String username,
      @RequestParam @io.swagger.v3.oas.annotations.Parameter(description = Paging.PARAMETERS)
          java.util.Map<String, String> params,
      jakarta.servlet.http.HttpServletRequest request) {
    return tokenPage(username, params, request);
  }

  @Operation(summary = "Every personal API token, newest first (no secrets)")
  @GetMapping("/tokens")
  ResponseEntity<List<TokenView>> allTokens(
      @RequestParam @io.swagger.v3.oas.annotations.Parameter(description = Paging.PARAMETERS)
          java.util.Map<String, String> params,
      jakarta.servlet.http.HttpServletRequest request) {
    return tokenPage(null, params, request);
  }

  /** A page of the tokens of {@code username} ({@code null}: of everyone). */
  private ResponseEntity<List<TokenView>> tokenPage(
      String username,
      java.util.Map<String, String> params,
      jakarta.servlet.http.HttpServletRequest request) {
    return Paging.of(
        tokens.list(username).stream().map(TokenView::of).toList(),
        TokenView.class,
        params,
        100,
        request);
  }

  @Operation(summary = "Revoke a personal API token: it stops working at once")
  @DeleteMapping("/tokens/{id}")
  TokenView revokeToken(@PathVariable long id, Principal admin) {
    return TokenView.of(tokens.revoke(id, admin.getName()));
  }

  @Operation(
      summary =
          "The audit log, newest first: who, when, what, before and after; filter by record"
              + " (entity, entityId), user (actor) and time (from, to: ISO 8601 instants);"
              + " paged by a cursor: the next page (Link rel=next) holds the entries before the"
              + " last one's seq (before=seq)")
  @GetMapping("/audit")
  ResponseEntity<List<AuditLog.Entry>> audit(
      @RequestParam(required = false) String entity,
      @RequestParam(required = false) Long entityId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) Long before,
      @RequestParam(defaultValue = "200") int limit,
      jakarta.servlet.http.HttpServletRequest request) {
    List<AuditLog.Entry> entries =
        audit.list(
            blank(entity),
            entityId,
            blank(actor),
            instant("from", from),
            instant("to", to),
            before,
            limit);
    return Paging.cursor(entries, limit, "before", AuditLog.Entry::seq, request);
  }

  @Operation(summary = "Verify the audit log's hash chain: intact, or where it was changed")
  @GetMapping("/audit/verify")
  AuditChain.Verification verify() {
    return audit.verify();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new RequestFieldException(
          field, "must be a date (2026-12-07) or an instant (2026-12-07T10:00:00Z), was " + value);
    }
  }
}
