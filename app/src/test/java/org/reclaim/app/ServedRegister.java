package org.reclaim.app;

import java.util.Map;
import java.util.function.Consumer;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An in-memory register, seeded in one transaction, served by the app on a free port for the given
 * users (name → password); closing it stops the server and the store.
 */
final class ServedRegister implements AutoCloseable {
  final ReclaimStore store;
  final String base;
  private final ConfigurableApplicationContext server;

  private ServedRegister(ReclaimStore store, ConfigurableApplicationContext server) {
    this.store = store;
    this.server = server;
    this.base =
        "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
  }

  static ServedRegister start(String name, Consumer<ReclaimStore> seed, Map<String, String> users) {
    ReclaimStore store = ReclaimStore.open(StoreConfig.inMemory(name));
    store.inTransaction(() -> seed.accept(store));
    return new ServedRegister(store, ReclaimServer.start(store, 0, users));
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
