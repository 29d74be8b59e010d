package org.reclaim.app.register;

import java.time.Instant;
import java.util.List;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.audit.AuditChain;
import org.reclaim.store.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * The register's audit log as its readers use it: entries filtered by record, user and time, and
 * the verification of its hash chain ({@link AuditChain}): {@code GET /api/v1/audit}, the
 * Administration page and {@code reclaim audit list|verify}.
 *
 * <p>Thread safe.
 */
@Service
public class AuditTrail {
  /** Most entries one read returns. */
  public static final int MAX_ENTRIES = 1_000;

  /** How far before the last seen entry {@link #versionOf} looks again for late commits. */
  static final int LATE_COMMITS = 1_000;

  private final ReclaimStore store;
  private final java.util.Map<String, Long> kindVersions = new java.util.HashMap<>();
  private long kindsSeenAt = -1; // the register's version at the last versionOf, under the lock
  private long kindsBase; // the register's version at the first versionOf

  public AuditTrail(ReclaimStore store) {
    this.store = store;
  }

  /**
   * Entries matching every given filter ({@code null}: any), newest first.
   *
   * @throws IllegalArgumentException when {@code limit} is not in [1, {@link #MAX_ENTRIES}]
   */
  public List<AuditLog.Entry> list(
      String entity, Long entityId, String actor, Instant from, Instant to, int limit) {
    return list(entity, entityId, actor, from, to, null, limit);
  }

  /** {@link #list(String, Long, String, Instant, Instant, int)}, older than {@code beforeSeq}. */
  public List<AuditLog.Entry> list(
      String entity,
      Long entityId,
      String actor,
      Instant from,
      Instant to,
      Long beforeSeq,
      int limit) {
    if (limit < 1 || limit > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "limit: must be between 1 and " + MAX_ENTRIES + ", was " + limit);
    }
    return store.audit().list(entity, entityId, actor, from, to, beforeSeq, limit);
  }

  /**
   * The register's version: the newest entry's sequence number, which every change of the register
   * moves (0 for an empty log). What caches of views of the register are keyed by.
   */
  public long registerVersion() {
    return store.audit().latestSeq();
  }

  /**
   * The version of one kind of record ({@code entity}, as the audit log names it: {@code
   * HazardousArea}, {@code Evidence}, …): the newest entry about such a record or about the whole
   * register, so that a cache of one layer is not emptied by changes to another. Before the first
   * change this process sees, every kind's version is the register's. Read from the entries added
   * since the last call (and the {@value #LATE_COMMITS} before them, which a transaction may still
   * have been committing), only when the register's version moved.
   */
  public long versionOf(String entity) {
    long register = registerVersion();
    synchronized (kindVersions) {
      if (kindsSeenAt < 0) {
        kindsBase = register;
      } else if (register != kindsSeenAt) {
        kindVersions.putAll(
            store.audit().latestSeqByEntitySince(Math.max(0, kindsSeenAt - LATE_COMMITS)));
      }
      kindsSeenAt = register;
      return Math.max(
          kindsBase,
          Math.max(
              kindVersions.getOrDefault(entity, 0L), kindVersions.getOrDefault("Register", 0L)));
    }
  }

  /** Seals what is unsealed and checks the whole chain. */
  public AuditChain.Verification verify() {
    return store.audit().chain().verify();
  }
}
