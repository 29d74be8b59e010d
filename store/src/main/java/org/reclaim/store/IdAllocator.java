package org.reclaim.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out blocks of record identifiers per entity, from a counter row locked for the duration of
 * a short transaction of its own, so concurrent importers never receive the same id. An allocated
 * block is never handed out again, even if the import that asked for it rolls back (gaps are fine;
 * reuse is not).
 *
 * <p>Thread safe.
 */
public final class IdAllocator {
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  IdAllocator(JdbcTemplate jdbc, TransactionTemplate requiresNew) {
    this.jdbc = jdbc;
    this.tx = requiresNew;
  }

  /**
   * Reserves {@code count} consecutive ids for {@code entity} and returns the first.
   *
   * @param table the entity's table, whose largest id seeds the counter on first use
   */
  public long allocate(String table, int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be > 0, was " + count);
    }
    try {
      return allocateOnce(table, count);
    } catch (DuplicateKeyException e) {
      // two first allocations for one entity raced to create its counter row: the loser's
      // transaction rolled back having handed out nothing; now the row exists, so take from it
      return allocateOnce(table, count);
    }
  }

  private long allocateOnce(String table, int count) {
    Long first =
        tx.execute(
            s -> {
              Long next =
                  jdbc
                      .query(
                          "SELECT next_id FROM id_allocator WHERE entity = ? FOR UPDATE",
                          (rs, n) -> rs.getLong(1),
                          table)
                      .stream()
                      .findFirst()
                      .orElse(null);
              if (next == null) {
                Long max =
                    jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
                next = (max == null ? 0 : max) + 1;
                jdbc.update(
                    "INSERT INTO id_allocator (entity, next_id) VALUES (?, ?)",
                    table,
                    next + count);
              } else {
                jdbc.update(
                    "UPDATE id_allocator SET next_id = ? WHERE entity = ?", next + count, table);
              }
              return next;
            });
    return first == null ? 0 : first;
  }
}
