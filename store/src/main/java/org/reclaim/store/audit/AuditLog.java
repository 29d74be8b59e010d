package org.reclaim.store.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of every change to the register: who, when, which entity, what action, and
 * the state before and after (JSON). Rows are only ever inserted; the store offers no update or
 * delete, and on PostgreSQL a trigger refuses them.
 *
 * <p>Thread safe. Entries join the caller's transaction, so a change and its audit entry commit or
 * roll back together; once committed they are sealed into the hash chain ({@link AuditChain}), so
 * that an edit or deletion made past the store is detected ({@code reclaim audit verify}).
 */
public final class AuditLog {
  /** Kinds of change. */
  public enum Action {
    INSERT,
    UPDATE,
    DELETE,
    BULK_INSERT,
    /**
     * A status change with the reason given for it, beside the record's {@code UPDATE} entry:
     * before and after hold {@code status} (and {@code reason}).
     */
    TRANSITION,
    /** A read of a person's personal data (IMAS 13.10 data protection): who read whose record. */
    READ_PERSONAL,
    /** A person's personal data erased on request; the counted record stays. */
    ERASE,
    /** A sign-in refused or an account changed by an administrator. */
    SECURITY
  }

  /**
   * One audit entry.
   *
   * @param seq position in the log, increasing
   * @param at when the change was written
   * @param actor who made it
   * @param entity record type
   * @param entityId record id, or {@code null} for a bulk change
   * @param action kind of change
   * @param beforeJson state before, or {@code null}
   * @param afterJson state after (for bulk changes: a summary), or {@code null}
   */
  public record Entry(
      long seq,
      Instant at,
      String actor,
      String entity,
      Long entityId,
      Action action,
      String beforeJson,
      String afterJson) {}

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AuditChain chain;

  public AuditLog(JdbcTemplate jdbc, Clock clock, AuditChain chain) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.chain = chain;
  }

  /** The hash chain over this log. */
  public AuditChain chain() {
    return chain;
  }

  /** Appends one entry. */
  public void record(
      String actor,
      String entity,
      Long entityId,
      Action action,
      Map<String, Object> before,
      Map<String, Object> after) {
    jdbc.update(
        "INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        Timestamp.from(clock.instant()),
        actor,
        entity,
        entityId,
        action.name(),
        before == null ? null : JSON.writeValueAsString(before),
        after == null ? null : JSON.writeValueAsString(after));
    sealAfterCommit();
  }

  /**
   * Asks for the entry to be sealed into the hash chain once the caller's transaction commits
   * (entries are not visible to the sealer before), or at once when there is no transaction.
   */
  private void sealAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      chain.sealSoon();
      durable.run();
      return;
    }
    boolean registered =
        TransactionSynchronizationManager.getSynchronizations().stream()
            .anyMatch(s -> s instanceof SealOnCommit);
    if (!registered) {
      TransactionSynchronizationManager.registerSynchronization(new SealOnCommit(chain, durable));
    }
  }

  /**
   * Makes every committed change durable before the committing thread goes on (and answers its
   * client): the embedded store's {@code CHECKPOINT}. Every change of the register writes an audit
   * entry, so this runs after each one. H2 otherwise returns from a commit that another thread's
   * write of the database file is still in progress without waiting for the file to hold it; a kill
   * then loses the acknowledged change ({@code reclaim bench crash}).
   */
  public void makeDurableAfterEachCommit(Runnable barrier) {
    this.durable = barrier;
  }

  private volatile Runnable durable = () -> {};

  private record SealOnCommit(AuditChain chain, Runnable durable)
      implements TransactionSynchronization {
    @Override
    public void afterCompletion(int status) {
      if (status == STATUS_COMMITTED) {
        chain.sealSoon();
        durable.run();
      }
    }
  }

  /**
   * Entries matching every given filter, newest first.
   *
   * @param entity record type, or {@code null} for any
   * @param entityId record id, or {@code null} for any
   * @param actor who, or {@code null} for anyone
   * @param from earliest time (inclusive), or {@code null}
   * @param to latest time (exclusive), or {@code null}
   * @param limit most entries returned
   */
  public List<Entry> list(
      String entity, Long entityId, String actor, Instant from, Instant to, int limit) {
    return list(entity, entityId, actor, from, to, null, limit);
  }

  /**
   * {@link #list(String, Long, String, Instant, Instant, int)} from a cursor: only entries older
   * than sequence number {@code beforeSeq} ({@code null}: from the newest), so that the next page
   * of a log that grows while it is read neither repeats nor skips an entry.
   */
  public List<Entry> list(
      String entity,
      Long entityId,
      String actor,
      Instant from,
      Instant to,
      Long beforeSeq,
      int limit) {
    StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
    List<Object> args = new java.util.ArrayList<>();
    if (beforeSeq != null) {
      sql.append(" AND seq < ?");
      args.add(beforeSeq);
    }
    if (entity != null) {
      sql.append(" AND entity = ?");
      args.add(entity);
    }
    if (entityId != null) {
      sql.append(" AND entity_id = ?");
      args.add(entityId);
    }
    if (actor != null) {
      sql.append(" AND actor = ?");
      args.add(actor);
    }
    if (from != null) {
      sql.append(" AND at >= ?");
      args.add(Timestamp.from(from));
    }
    if (to != null) {
      sql.append(" AND at < ?");
      args.add(Timestamp.from(to));
    }
    sql.append(" ORDER BY seq DESC FETCH FIRST ? ROWS ONLY");
    args.add(limit);
    return jdbc.query(sql.toString(), (rs, n) -> entry(rs), args.toArray());
  }

  /** Entries for one record, oldest first. */
  public List<Entry> listFor(String entity, long entityId) {
    return jdbc.query(
        "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq",
        (rs, n) -> entry(rs),
        entity,
        entityId);
  }

  /**
   * The sequence number of the newest entry, 0 for an empty log. Every change of the register is
   * audited, so this number changes whenever the register does: a cheap version of the whole
   * register for caches of what is computed from it.
   */
  public long latestSeq() {
    Long seq = jdbc.queryForObject("SELECT MAX(seq) FROM audit_log", Long.class);
    return seq == null ? 0 : seq;
  }

  /**
   * For each entity with entries after sequence number {@code seq}: its newest entry's number (by
   * the primary key, so only the entries after {@code seq} are read).
   */
  public java.util.Map<String, Long> latestSeqByEntitySince(long seq) {
    java.util.Map<String, Long> latest = new java.util.HashMap<>();
    jdbc.query(
        "SELECT entity, MAX(seq) FROM audit_log WHERE seq > ? GROUP BY entity",
        rs -> {
          latest.put(rs.getString(1), rs.getLong(2));
        },
        seq);
    return latest;
  }

  /** The newest {@code limit} entries, newest first. */
  public List<Entry> listRecent(int limit) {
    return jdbc.query(
        "SELECT * FROM audit_log ORDER BY seq DESC FETCH FIRST ? ROWS ONLY",
        (rs, n) -> entry(rs),
        limit);
  }

  static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    long entityId = rs.getLong("entity_id");
    Long id = rs.wasNull() ? null : entityId;
    return new Entry(
        rs.getLong("seq"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("actor"),
        rs.getString("entity"),
        id,
        Action.valueOf(rs.getString("action")),
        rs.getString("before_json"),
        rs.getString("after_json"));
  }
}
