package org.reclaim.store.jdbc;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Inserts a row into a table whose {@code id} the database generates, and returns that id. */
public final class GeneratedIds {
  private GeneratedIds() {}

  /**
   * Runs {@code insertSql} with {@code args} (bound as {@link JdbcTemplate#update(String,
   * Object...)} binds them) and returns the generated {@code id}.
   */
  public static long insert(JdbcTemplate jdbc, String insertSql, Object... args) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        c -> {
          var ps = c.prepareStatement(insertSql, new String[] {"id"});
          new ArgumentPreparedStatementSetter(args).setValues(ps);
          return ps;
        },
        keys);
    return keys.getKeyAs(Number.class).longValue();
  }
}
