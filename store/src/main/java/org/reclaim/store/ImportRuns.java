package org.reclaim.store;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.GeneratedIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger of file imports, written outside each import's own transaction: an import is {@code
 * RUNNING} from its start, records every block of ids it reserves as it goes, and becomes {@code
 * COMPLETED} in the same transaction that commits its records (or {@code FAILED} when it is
 * refused). An import still {@code RUNNING} when the store opens was cut off by a crash; its
 * records never committed, and none may be visible. The embedded database (H2 2.x) does not
 * guarantee that: killed during a large import, its recovery was seen to leave part of the
 * uncommitted rows in the table ({@code reclaim bench crash}, docs/reliability.md). So on opening
 * an embedded store, {@link #recoverInterrupted} deletes whatever rows lie in such an import's id
 * blocks — ids nothing else was given — marks it {@code INTERRUPTED} and audits what it removed.
 *
 * <p>Thread safe.
 */
public final class ImportRuns {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate requiresNew;
  private final AuditLog audit;
  private final Clock clock;

  ImportRuns(JdbcTemplate jdbc, TransactionTemplate requiresNew, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.requiresNew = requiresNew;
    this.audit = audit;
    this.clock = clock;
  }

  /** An import of {@code table} starts: its run, committed at once. */
  public long begin(String table, String fileName, String actor) {
    return requiresNew.execute(
        s ->
            GeneratedIds.insert(
                jdbc,
                "INSERT INTO import_run (table_name, file_name, actor, status, started_at)"
                    + " VALUES (?, ?, ?, 'RUNNING', ?)",
                table,
                fileName,
                actor,
                clock.instant().toString()));
  }

  /** The run reserved ids {@code first..last} of its table: committed at once. */
  public void block(long run, long first, long last) {
    requiresNew.executeWithoutResult(
        s ->
            jdbc.update(
                "INSERT INTO import_run_block (run_id, first_id, last_id) VALUES (?, ?, ?)",
                run,
                first,
                last));
  }

  /** The run's records commit: call inside the transaction that writes them. */
  public void complete(long run, long rows) {
    jdbc.update(
        "UPDATE import_run SET status = 'COMPLETED', ended_at = ?, rows_written = ? WHERE id = ?",
        clock.instant().toString(),
        rows,
        run);
  }

  /** The run was refused or failed; nothing of it committed. */
  public void fail(long run) {
    requiresNew.executeWithoutResult(
        s ->
            jdbc.update(
                "UPDATE import_run SET status = 'FAILED', ended_at = ? WHERE id = ?",
                clock.instant().toString(),
                run));
  }

  /** What a recovery did to one interrupted import. */
  public record Recovered(long run, String table, long leftoversRemoved) {}

  /**
   * Finishes every import a crash cut off: deletes the rows in its id blocks (there should be
   * none), marks it {@code INTERRUPTED}, and writes an audit entry saying how many rows were
   * removed. Only for a store no other process can be writing to (the embedded one).
   */
  public List<Recovered> recoverInterrupted() {
    List<Map<String, Object>> runs =
        jdbc.queryForList("SELECT id, table_name FROM import_run WHERE status = 'RUNNING'");
    return runs.stream()
        .map(r -> recover(((Number) r.get("id")).longValue(), (String) r.get("table_name")))
        .toList();
  }

  private Recovered recover(long run, String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalStateException("import run " + run + " names an odd table: " + table);
    }
    try {
      return removeLeftovers(run, table);
    } catch (org.springframework.dao.DataAccessException e) {
      throw new IllegalStateException(
          "the embedded database was damaged by a crash: import run "
              + run
              + " into "
              + table
              + " was cut off and its leftovers cannot be removed ("
              + e.getMostSpecificCause().getMessage()
              + "); restore the latest backup (reclaim restore, docs/reliability.md)",
          e);
    }
  }

  private Recovered removeLeftovers(long run, String table) {
    return requiresNew.execute(
        s -> {
          long removed = 0;
          for (Map<String, Object> b :
              jdbc.queryForList(
                  "SELECT first_id, last_id FROM import_run_block WHERE run_id = ?", run)) {
            removed +=
                jdbc.update(
                    "DELETE FROM " + table + " WHERE id BETWEEN ? AND ?",
                    b.get("first_id"),
                    b.get("last_id"));
          }
          jdbc.update(
              "UPDATE import_run SET status = 'INTERRUPTED', ended_at = ?, leftovers_removed = ?"
                  + " WHERE id = ?",
              clock.instant().toString(),
              removed,
              run);
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("importRun", run);
          after.put("interrupted", true);
          after.put("leftoverRowsRemoved", removed);
          audit.record("reclaim", table, null, AuditLog.Action.DELETE, null, after);
          return new Recovered(run, table, removed);
        });
  }
}
