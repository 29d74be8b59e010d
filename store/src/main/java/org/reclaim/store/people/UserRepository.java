package org.reclaim.store.people;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.StaleVersionException;
import org.reclaim.store.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accounts of the people who sign in: user name, password hash (with its algorithm, e.g. {@code
 * {bcrypt}…}), role, the operator organisation of an operator's account, enabled. Every change is
 * audited with the account's name, role and organisation — never the hash.
 *
 * <p>Thread safe.
 */
public final class UserRepository {
  /** The audit log's entity name for accounts. */
  public static final String ENTITY = "User";

  /**
   * One account.
   *
   * @param id identifier
   * @param version optimistic version
   * @param username the name signed in with
   * @param passwordHash the hash, with its algorithm prefix
   * @param role the role's name
   * @param operatorId the operator organisation of an operator's account, or {@code null}
   * @param enabled whether the account may sign in
   * @param createdAt when it was created (ISO 8601)
   */
  public record StoredUser(
      long id,
      long version,
      String username,
      String passwordHash,
      String role,
      Long operatorId,
      boolean enabled,
      String createdAt) {
    @Override
    public String toString() {
      return "StoredUser[" + username + ", " + role + "]";
    }
  }

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;

  UserRepository(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** The account signed in as {@code username}, if any. */
  public Optional<StoredUser> find(String username) {
    return jdbc
        .query("SELECT * FROM app_user WHERE username = ?", (rs, n) -> user(rs), username)
        .stream()
        .findFirst();
  }

  /** Every account, by name. */
  public List<StoredUser> list() {
    return jdbc.query("SELECT * FROM app_user ORDER BY username", (rs, n) -> user(rs));
  }

  /** How many accounts there are. */
  public long count() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
    return n == null ? 0 : n;
  }

  /**
   * Creates an account.
   *
   * @throws IllegalArgumentException when the name is taken
   */
  public StoredUser create(
      String username, String passwordHash, String role, Long operatorId, String actor) {
    try {
      jdbc.update(
          "INSERT INTO app_user (version, username, password_hash, role, operator_id, enabled,"
              + " created_at) VALUES (1, ?, ?, ?, ?, 1, ?)",
          username,
          passwordHash,
          role,
          operatorId,
          clock.instant().toString());
    } catch (DuplicateKeyException e) {
      throw new IllegalArgumentException("the user name '" + username + "' is taken", e);
    }
    StoredUser u = get(username);
    audit.record(actor, ENTITY, u.id(), AuditLog.Action.INSERT, null, state(u));
    return u;
  }

  /** Changes role, organisation and enabled flag, if the account is still at {@code version}. */
  public StoredUser update(
      String username,
      String role,
      Long operatorId,
      boolean enabled,
      long expectedVersion,
      String actor) {
    StoredUser before = get(username);
    int n =
        jdbc.update(
            "UPDATE app_user SET role = ?, operator_id = ?, enabled = ?, version = version + 1"
                + " WHERE username = ? AND version = ?",
            role,
            operatorId,
            enabled ? 1 : 0,
            username,
            expectedVersion);
    if (n == 0) {
      throw new StaleVersionException(ENTITY, before.id(), expectedVersion);
    }
    StoredUser after = get(username);
    audit.record(actor, ENTITY, after.id(), AuditLog.Action.UPDATE, state(before), state(after));
    return after;
  }

  /** Sets a new password hash (a reset by an administrator, or the user's own change). */
  public void setPassword(String username, String passwordHash, String actor) {
    StoredUser before = get(username);
    jdbc.update(
        "UPDATE app_user SET password_hash = ?, version = version + 1 WHERE username = ?",
        passwordHash,
        username);
    audit.record(
        actor, ENTITY, before.id(), AuditLog.Action.SECURITY, null, Map.of("password", "reset"));
  }

  /** Records a refused sign-in (the name tried, never the password) and what followed. */
  public void recordFailedLogin(String username, String outcome) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("login", "refused");
    m.put("outcome", outcome);
    audit.record(username, ENTITY, null, AuditLog.Action.SECURITY, null, m);
  }

  private StoredUser get(String username) {
    return find(username).orElseThrow(() -> new NotFoundException(ENTITY, username));
  }

  private static Map<String, Object> state(StoredUser u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", u.username());
    m.put("role", u.role());
    m.put("operatorId", u.operatorId());
    m.put("enabled", u.enabled());
    return m;
  }

  private static StoredUser user(java.sql.ResultSet rs) throws java.sql.SQLException {
    long op = rs.getLong("operator_id");
    Long operatorId = rs.wasNull() ? null : op;
    return new StoredUser(
        rs.getLong("id"),
        rs.getLong("version"),
        rs.getString("username"),
        rs.getString("password_hash"),
        rs.getString("role"),
        operatorId,
        rs.getInt("enabled") == 1,
        rs.getString("created_at"));
  }
}
