package org.reclaim.app;

import java.nio.file.Path;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.app.register.ServerMarker;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;

/**
 * Run as a process of its own by {@link FirstUseIT}: holds the embedded register in the directory
 * given, as a running {@code reclaim demo} does (the store open, the server's marker beside it),
 * prints {@code ready} and waits to be killed.
 */
public final class HoldRegisterForTest {
  private HoldRegisterForTest() {}

  public static void main(String[] args) throws Exception {
    StoreConfig config = StoreConfig.embedded(Path.of(args[0]));
    try (ReclaimStore store = RegisterFactory.open(config)) {
      ServerMarker.announce(config, 8080, "reclaim demo");
      System.out.println("ready");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
