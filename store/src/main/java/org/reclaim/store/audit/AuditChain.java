package org.reclaim.store.audit;

import java.util.List;
import java.util.Map;
import org.reclaim.store.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's hash chain: every committed entry is sealed, in the order it becomes visible,
 * with {@code hash = SHA-256(previous hash ‖ entry)} in {@code audit_chain}; {@code
 * audit_chain_head} holds the newest. Changing or deleting a sealed entry, or a link of the chain,
 * breaks the chain at that point and {@link #verify()} says where. The newest hash ({@link
 * Verification#headHash()}) can be written down elsewhere (a report, a ticket) to anchor the chain
 * against someone who rewrites the whole log.
 *
 * <p>Sealing runs in its own short transaction after the change that wrote the entries commits
 * (entries of a transaction still open are not visible yet and are sealed after it), under a lock
 * on the head row, so concurrent sealers take turns. After a commit it runs on one background
 * thread ({@link #sealSoon}), never on the writer's: a writer still holds its connection while its
 * commit completes, and waiting there for a second one would starve the pool under many writers.
 * {@link #verify} and {@link #close} seal at once. Thread safe.
 */
public final class AuditChain implements AutoCloseable {
  /** The hash before the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final int BATCH = 10_000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate requiresNew;
  private final java.util.concurrent.atomic.AtomicBoolean pending =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final java.util.concurrent.ExecutorService sealer =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "reclaim-audit-sealer");
            t.setDaemon(true);
            return t;
          });

  /**
   * The outcome of a verification.
   *
   * @param intact whether every sealed entry and link is as sealed
   * @param sealed entries in the chain
   * @param headHash the newest hash
   * @param problems what is wrong, first first (empty when intact)
   */
  public record Verification(boolean intact, long sealed, String headHash, List<String> problems) {}

  public AuditChain(JdbcTemplate jdbc, TransactionTemplate requiresNew) {
    this.jdbc = jdbc;
    this.requiresNew = requiresNew;
  }

  /**
   * Seals soon, on the sealer thread: what a committed change asks for. Requests that arrive while
   * one is waiting are served by it.
   */
  public void sealSoon() {
    if (pending.compareAndSet(false, true)) {
      try {
        sealer.execute(
            () -> {
              pending.set(false);
              try {
                seal();
              } catch (RuntimeException e) {
                // the next commit or verification seals what is left
                System.err.println("reclaim: sealing the audit log failed: " + e.getMessage());
              }
            });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        pending.set(false); // closed: the store seals on close
      }
    }
  }

  /** Finishes the sealing under way and seals what is left; the store closes after this. */
  @Override
  public void close() {
    sealer.shutdown();
    try {
      sealer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    seal();
  }

  /** Seals every committed entry not sealed yet; returns how many. */
  public long seal() {
    long total = 0;
    while (true) {
      Integer n = requiresNew.execute(s -> sealBatch());
      if (n == null || n == 0) {
        return total;
      }
      total += n;
    }
  }

  private int sealBatch() {
    Map<String, Object> head =
        jdbc.queryForMap("SELECT pos, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
    long pos = ((Number) head.get("pos")).longValue();
    String hash = (String) head.get("hash");
    List<AuditLog.Entry> unsealed =
        jdbc.query(
            "SELECT a.* FROM audit_log a LEFT JOIN audit_chain c ON c.seq = a.seq"
                + " WHERE c.seq IS NULL ORDER BY a.seq FETCH FIRST "
                + BATCH
                + " ROWS ONLY",
            (rs, i) -> AuditLog.entry(rs));
    for (AuditLog.Entry e : unsealed) {
      pos++;
      hash = hash(hash, e);
      jdbc.update("INSERT INTO audit_chain (pos, seq, hash) VALUES (?, ?, ?)", pos, e.seq(), hash);
    }
    if (!unsealed.isEmpty()) {
      jdbc.update("UPDATE audit_chain_head SET pos = ?, hash = ? WHERE id = 1", pos, hash);
    }
    return unsealed.size();
  }

  /** Seals what is unsealed, then checks every link of the chain against the log. */
  public Verification verify() {
    seal();
    String[] previous = {GENESIS};
    long[] expected = {1};
    long[] count = {0};
    List<String> problems = new java.util.ArrayList<>();
    jdbc.query(
        "SELECT c.pos, c.seq AS chained_seq, c.hash AS chained_hash, a.* FROM audit_chain c"
            + " LEFT JOIN audit_log a ON a.seq = c.seq ORDER BY c.pos",
        rs -> {
          long pos = rs.getLong("pos");
          long seq = rs.getLong("chained_seq");
          String stored = rs.getString("chained_hash");
          count[0]++;
          if (pos != expected[0]) {
            problems.add("chain position " + expected[0] + " is missing (next is " + pos + ")");
          }
          expected[0] = pos + 1;
          rs.getLong("seq");
          if (rs.wasNull()) {
            problems.add("audit entry " + seq + " (position " + pos + ") was deleted");
          } else {
            String computed = hash(previous[0], AuditLog.entry(rs));
            if (!computed.equals(stored)) {
              problems.add(
                  "audit entry "
                      + seq
                      + " (position "
                      + pos
                      + ") does not match its seal: it, or the link before it, was changed");
            }
          }
          previous[0] = stored;
        });
    Map<String, Object> head = jdbc.queryForMap("SELECT pos, hash FROM audit_chain_head");
    if (!previous[0].equals(head.get("hash"))
        || ((Number) head.get("pos")).longValue() != count[0]) {
      problems.add("the chain's head does not match its last link");
    }
    return new Verification(problems.isEmpty(), count[0], previous[0], List.copyOf(problems));
  }

  /** {@code SHA-256(previous ‖ entry)} in hex, over a fixed text form of the entry. */
  static String hash(String previous, AuditLog.Entry e) {
    String text =
        String.join(
            "\u001f",
            previous,
            Long.toString(e.seq()),
            e.at().toString(),
            e.actor(),
            e.entity(),
            String.valueOf(e.entityId()),
            e.action().name(),
            String.valueOf(e.beforeJson()),
            String.valueOf(e.afterJson()));
    return Sha256.hex(text);
  }
}
