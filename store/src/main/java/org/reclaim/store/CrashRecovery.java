package org.reclaim.store;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the embedded database needs after its process was killed, before it serves: counters past
 * anything handed out before the kill, and derived structures rebuilt from the tables. Each step
 * answers a fault {@code reclaim bench crash} found (docs/reliability.md). Used by {@link
 * ReclaimStore} when it opens a store that was not closed cleanly.
 */
final class CrashRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(CrashRecovery.class);

  /** How far identities skip after a crash (above any invisible leftover of the crash). */
  static final long IDENTITY_MARGIN = 10_000;

  private final JdbcTemplate jdbc;

  CrashRecovery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Sets every identity column's next value well past both the largest value stored and the
   * counter's own position. After the embedded database's process is killed in the middle of a
   * transaction, H2 was seen to keep that transaction's rows as invisible keys that still refuse a
   * new row with the same value (the audit log's {@code seq}: a duplicate key on the next write,
   * {@code reclaim bench crash}); they lie just above the counter's persisted position, within its
   * cache, so the counter skips {@link #IDENTITY_MARGIN} values. Gaps in identities mean nothing.
   */
  void realignIdentities() {
    for (Map<String, Object> c :
        jdbc.queryForList(
            "SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
      String table = "\"" + c.get("TABLE_NAME") + "\"";
      String column = "\"" + c.get("COLUMN_NAME") + "\"";
      Long max = jdbc.queryForObject("SELECT MAX(" + column + ") FROM " + table, Long.class);
      long base =
          c.get("IDENTITY_BASE") == null ? 1 : ((Number) c.get("IDENTITY_BASE")).longValue();
      long next = Math.max(max == null ? 0 : max + 1, base) + IDENTITY_MARGIN;
      jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
    }
  }

  /**
   * Moves every counter of {@link IdAllocator} {@link #IDENTITY_MARGIN} past the largest id it
   * could have handed out before the kill: the counter itself, the largest id stored in its table
   * and the end of any id block an import recorded. A kill can cost the counter's last commits (it
   * is not audited, so not made durable at once); handed out again, an id inside an import's block
   * would let the removal of that import's leftovers after a later kill delete a record written
   * with it — acknowledged writes were lost so ({@code reclaim bench crash}, 4 of 375).
   */
  void realignIdAllocator() {
    for (Map<String, Object> c : jdbc.queryForList("SELECT entity, next_id FROM id_allocator")) {
      String table = (String) c.get("entity"); // the map's keys ignore case
      if (!table.matches("[a-z_]+")) {
        continue;
      }
      long next = ((Number) c.get("next_id")).longValue();
      Long stored = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
      Long blocks =
          jdbc.queryForObject(
              "SELECT MAX(b.last_id) FROM import_run_block b JOIN import_run r ON r.id = b.run_id"
                  + " WHERE r.table_name = ?",
              Long.class,
              table);
      long past =
          Math.max(next, Math.max(stored == null ? 0 : stored + 1, blocks == null ? 0 : blocks + 1))
              + IDENTITY_MARGIN;
      jdbc.update("UPDATE id_allocator SET next_id = ? WHERE entity = ?", past, table);
    }
  }

  /**
   * Drops and re-creates every spatial index from its table. After the embedded database's process
   * was killed during a large import, H2's R-tree was seen to disagree with its table ("Row not
   * found when trying to delete from index EVIDENCE_GEOM", {@code reclaim bench crash}): removing
   * the interrupted import's rows failed and the server never started again. The tables are the
   * record and an index is derived from them, so it is rebuilt (7–45 s for a register of one to two
   * million evidence points) — only then, for that cost: rebuilding after every kill was tried
   * first and bought nothing (H2 went on to close the database by itself at a later write, as it
   * also did in runs without any rebuild).
   */
  void rebuildSpatialIndexes() {
    List<Map<String, Object>> indexes =
        jdbc.queryForList(
            "SELECT i.TABLE_NAME, i.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA"
                + " AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
                + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'SPATIAL INDEX'");
    long started = System.nanoTime();
    for (Map<String, Object> ix : indexes) {
      String index = "\"" + ix.get("INDEX_NAME") + "\"";
      jdbc.execute("DROP INDEX " + index);
      jdbc.execute(
          "CREATE SPATIAL INDEX "
              + index
              + " ON \""
              + ix.get("TABLE_NAME")
              + "\" (\""
              + ix.get("COLUMN_NAME")
              + "\")");
    }
    jdbc.execute("CHECKPOINT");
    LOG.warn(
        "rebuilt {} spatial indexes from their tables in {} ms",
        indexes.size(),
        (System.nanoTime() - started) / 1_000_000);
  }
}
