package org.reclaim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the embedded register lives: the environment as the shell has it, not the JVM's guess. */
class StoreConfigTest {
  @Test
  void homeIsTheShellsHomeNotTheJvmsUserHome() {
    assertThat(StoreConfig.dataDirectory(Map.of("HOME", "/srv/analyst")))
        .isEqualTo(Path.of("/srv/analyst/.local/share/reclaim"));
  }

  @Test
  void xdgDataHomeWinsOverHomeAndTheExplicitDirectoryOverBoth() {
    assertThat(StoreConfig.dataDirectory(Map.of("HOME", "/h", "XDG_DATA_HOME", "/x")))
        .isEqualTo(Path.of("/x/reclaim"));
    assertThat(
            StoreConfig.dataDirectory(
                Map.of("HOME", "/h", "XDG_DATA_HOME", "/x", "RECLAIM_DATA_DIR", "/data")))
        .isEqualTo(Path.of("/data"));
  }

  @Test
  void withoutHomeTheJvmsUserHomeIsTheFallback() {
    assertThat(StoreConfig.dataDirectory(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "reclaim"));
  }
}
