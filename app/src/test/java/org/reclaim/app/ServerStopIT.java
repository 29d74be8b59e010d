package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server that owns its register ({@code reclaim serve}, {@code reclaim demo}) closes it when it
 * stops, so that an embedded register is found closed cleanly — not recovered as after a killed
 * process — when it is opened next; a server started over someone else's store leaves it open.
 */
class ServerStopIT {
  @TempDir Path dir;

  private static int closedCleanly(StoreConfig config) throws Exception {
    try (Connection c = DriverManager.getConnection(config.jdbcUrl(), "sa", "");
        ResultSet rs = c.createStatement().executeQuery("SELECT clean FROM store_state")) {
      assertThat(rs.next()).isTrue();
      return rs.getInt(1);
    }
  }

  @Test
  void aServerThatOwnsItsRegisterClosesItCleanlyWhenItStops() throws Exception {
    StoreConfig config = StoreConfig.embedded(dir);
    ReclaimStore store = ReclaimStore.open(config);
    ConfigurableApplicationContext server = ReclaimServer.serve(store, 0, Map.of());
    server.close(); // what the JVM's shutdown hook does on SIGTERM or Ctrl+C
    assertThat(closedCleanly(config)).isEqualTo(1);
  }

  @Test
  void aServerOverAnotherOwnersStoreLeavesItOpen() {
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.inMemory("server-stop-it"))) {
      ReclaimServer.start(store, 0, Map.of()).close();
      assertThat(store.hazardousAreas().count()).isZero(); // still open
    }
  }
}
