package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.reclaim.app.register.AuditTrail;
import org.reclaim.app.security.Accounts;
import org.reclaim.app.security.Role;
import org.reclaim.store.audit.AuditChain;
import org.reclaim.store.audit.AuditLog;
import org.springframework.http.ResponseEntity;
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
 * password) and the audit log (filtered by record, user and time; the hash chain verified).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Administration", description = "Accounts and the audit log (admin only)")
class AccountController {
  private final Accounts accounts;
  private final AuditTrail audit;

  AccountController(Accounts accounts, AuditTrail audit) {
    this.accounts = accounts;
    this.audit = audit;
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

  @Operation(summary = "Every account (no password hashes)")
  @GetMapping("/users")
  List<Accounts.Account> list() {
    return accounts.list();
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

  @Operation(
      summary =
          "The audit log, newest first: who, when, what, before and after; filter by record"
              + " (entity, entityId), user (actor) and time (from, to: ISO 8601 instants)")
  @GetMapping("/audit")
  List<AuditLog.Entry> audit(
      @RequestParam(required = false) String entity,
      @RequestParam(required = false) Long entityId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "200") int limit) {
    return audit.list(
        blank(entity), entityId, blank(actor), instant("from", from), instant("to", to), limit);
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
