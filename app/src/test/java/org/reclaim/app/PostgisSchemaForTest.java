package org.reclaim.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;

/**
 * A register on the test PostgreSQL/PostGIS server ({@code RECLAIM_TEST_PG_URL}, user and password
 * from {@code RECLAIM_TEST_PG_USER} / {@code _PASSWORD}) in a schema of its own, dropped on close.
 * Without a server the test is skipped, unless {@code RECLAIM_REQUIRE_POSTGIS=1} (CI) makes that a
 * failure.
 */
public final class PostgisSchemaForTest implements AutoCloseable {
  private static final String URL =
      env("RECLAIM_TEST_PG_URL", "jdbc:postgresql://localhost:5432/reclaim_test");
  private static final String USER = env("RECLAIM_TEST_PG_USER", "reclaim");
  private static final String PASSWORD = env("RECLAIM_TEST_PG_PASSWORD", "reclaim");

  private final String schema;
  private final ReclaimStore store;

  private PostgisSchemaForTest(String schema, ReclaimStore store) {
    this.schema = schema;
    this.store = store;
  }

  /** A fresh schema named after {@code prefix}, with the register migrated into it. */
  public static PostgisSchemaForTest open(String prefix) {
    String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      String message =
          "PostGIS tests skipped: no PostgreSQL at " + URL + " (" + e.getMessage() + ")";
      if ("1".equals(System.getenv("RECLAIM_REQUIRE_POSTGIS"))) {
        throw new IllegalStateException(message, e);
      }
      Assumptions.abort(message);
    }
    String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    return new PostgisSchemaForTest(
        schema, ReclaimStore.open(new StoreConfig(url, USER, PASSWORD)));
  }

  /** The register in the schema. */
  public ReclaimStore store() {
    return store;
  }

  @Override
  public void close() throws SQLException {
    store.close();
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
