package org.reclaim.store.people;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.GeneratedIds;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal API tokens: an account's credential for scripts, issued and revoked by an administrator.
 * Only the SHA-256 of a token's secret is kept (the secret has 256 random bits, so a fast hash is
 * enough and lets every request be checked without bcrypt). Issue and revocation are audited with
 * the token's id, owner and name — never the secret or its hash.
 *
 * <p>Thread safe.
 */
public final class ApiTokenRepository {
  /** The audit log's entity name for API tokens. */
  public static final String ENTITY = "ApiToken";

  /**
   * One token, without its secret.
   *
   * @param id identifier
   * @param username the account it signs in as
   * @param name what it is for, as the administrator named it
   * @param tokenHash SHA-256 of the secret, hex
   * @param createdAt when it was issued (ISO 8601)
   * @param createdBy who issued it
   * @param expiresAt when it stops working, or {@code null} for never
   * @param revokedAt when it was revoked, or {@code null}
   * @param lastUsedAt when a request last carried it, or {@code null}
   */
  public record StoredToken(
      long id,
      String username,
      String name,
      String tokenHash,
      String createdAt,
      String createdBy,
      String expiresAt,
      String revokedAt,
      String lastUsedAt) {
    /** Whether the token signs in at {@code now}: not revoked, not expired. */
    public boolean activeAt(Instant now) {
      return revokedAt == null && (expiresAt == null || Instant.parse(expiresAt).isAfter(now));
    }

    @Override
    public String toString() {
      return "StoredToken[" + id + ", " + username + ", " + name + "]";
    }
  }

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;

  ApiTokenRepository(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Keeps a new token of {@code username} by the hash of its secret. */
  public StoredToken create(
      String username, String name, String tokenHash, Instant expiresAt, String actor) {
    long id =
        GeneratedIds.insert(
            jdbc,
            "INSERT INTO api_token (username, name, token_hash, created_at, created_by,"
                + " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
            username,
            name,
            tokenHash,
            clock.instant().toString(),
            actor,
            expiresAt == null ? null : expiresAt.toString());
    StoredToken t = get(id);
    audit.record(actor, ENTITY, id, AuditLog.Action.SECURITY, null, state(t, "issued"));
    return t;
  }

  /** The token whose secret hashes to {@code tokenHash}, if any (active or not). */
  public Optional<StoredToken> findByHash(String tokenHash) {
    return jdbc
        .query("SELECT * FROM api_token WHERE token_hash = ?", (rs, n) -> token(rs), tokenHash)
        .stream()
        .findFirst();
  }

  /** The tokens of {@code username}, newest first; all accounts' when it is {@code null}. */
  public List<StoredToken> list(String username) {
    return username == null
        ? jdbc.query("SELECT * FROM api_token ORDER BY id DESC", (rs, n) -> token(rs))
        : jdbc.query(
            "SELECT * FROM api_token WHERE username = ? ORDER BY id DESC",
            (rs, n) -> token(rs),
            username);
  }

  /** Revokes a token; revoking a revoked token changes nothing. */
  public StoredToken revoke(long id, String actor) {
    StoredToken before = get(id);
    if (before.revokedAt() != null) {
      return before;
    }
    jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ?", clock.instant().toString(), id);
    StoredToken after = get(id);
    audit.record(actor, ENTITY, id, AuditLog.Action.SECURITY, null, state(after, "revoked"));
    return after;
  }

  /** Notes that a request carried the token (at most once a minute, to spare the store). */
  public void touch(StoredToken t) {
    Instant now = clock.instant();
    if (t.lastUsedAt() == null || Instant.parse(t.lastUsedAt()).isBefore(now.minusSeconds(60))) {
      jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", now.toString(), t.id());
    }
  }

  /** The token with {@code id}. */
  public StoredToken get(long id) {
    return jdbc.query("SELECT * FROM api_token WHERE id = ?", (rs, n) -> token(rs), id).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException(ENTITY, id));
  }

  private static Map<String, Object> state(StoredToken t, String event) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("token", event);
    m.put("username", t.username());
    m.put("name", t.name());
    m.put("expiresAt", t.expiresAt());
    return m;
  }

  private static StoredToken token(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredToken(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("name"),
        rs.getString("token_hash"),
        rs.getString("created_at"),
        rs.getString("created_by"),
        rs.getString("expires_at"),
        rs.getString("revoked_at"),
        rs.getString("last_used_at"));
  }
}
