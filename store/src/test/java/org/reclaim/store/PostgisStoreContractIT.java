package org.reclaim.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The store contract against a real PostgreSQL/PostGIS server: {@code RECLAIM_TEST_PG_URL} (default
 * {@code jdbc:postgresql://localhost:5432/reclaim_test}), user and password from {@code
 * RECLAIM_TEST_PG_USER}/{@code RECLAIM_TEST_PG_PASSWORD} (default {@code reclaim}/{@code reclaim}).
 * {@code .ci/postgis.sh} starts such a server. Each test gets a schema of its own, dropped after.
 *
 * <p>With no server reachable the tests are skipped with a message saying so — unless {@code
 * RECLAIM_REQUIRE_POSTGIS=1} (set by {@code .ci/run}), when they fail instead.
 */
class PostgisStoreContractIT extends StoreContract {
  private String url;
  private String schema;

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static final String URL =
      env("RECLAIM_TEST_PG_URL", "jdbc:postgresql://localhost:5432/reclaim_test");
  private static final String USER = env("RECLAIM_TEST_PG_USER", "reclaim");
  private static final String PASSWORD = env("RECLAIM_TEST_PG_PASSWORD", "reclaim");

  @Override
  protected ReclaimStore openFreshStore() {
    schema = "contract_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      String message =
          "PostGIS contract tests skipped: no PostgreSQL at "
              + URL
              + " ("
              + e.getMessage()
              + "). Run .ci/postgis.sh to start one.";
      if ("1".equals(System.getenv("RECLAIM_REQUIRE_POSTGIS"))) {
        throw new IllegalStateException(message.replace("skipped", "required but failed"), e);
      }
      Assumptions.abort(message);
    }
    url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    return ReclaimStore.open(new StoreConfig(url, USER, PASSWORD));
  }

  @Override
  protected void dispose() {
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop test schema " + schema, e);
    }
  }
}
