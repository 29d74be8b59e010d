package org.reclaim.app.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reclaim.app.ReclaimServer;
import org.reclaim.demo.DemoDataGenerator;
import org.reclaim.demo.DemoLoader;
import org.reclaim.demo.DemoParameters;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app on the demo register, as {@code reclaim demo} serves it: the seeded synthetic data
 * set (scaled down to keep tests quick) in an in-memory store, the server on a free port, users
 * {@code analyst}, {@code admin}, {@code donor}, {@code operator} (of no organisation), {@code
 * operator-1} (operator 1's field manager) and {@code va} (victim assistance), password {@link
 * #PASSWORD}.
 */
public final class DemoSite implements AutoCloseable {
  public static final String PASSWORD = "demo";

  /** Every page of the web app, by path. */
  public static final java.util.List<String> PAGES =
      java.util.List.of(
          "/index.html",
          "/public.html",
          "/login.html",
          "/app/ranking.html",
          "/app/policy.html",
          "/app/plan.html",
          "/app/dashboard.html",
          "/app/reports.html",
          "/app/records.html",
          "/app/whatif.html",
          "/app/people.html",
          "/app/admin.html");

  /** The last day of the generated history: fixed, so that every run sees the same register. */
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  private final ReclaimStore store;
  private final ConfigurableApplicationContext server;
  private final String base;

  private DemoSite(ReclaimStore store, ConfigurableApplicationContext server) {
    this.store = store;
    this.server = server;
    this.base =
        "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
  }

  /** Generates the demo register at {@code scale} of its usual size and serves it. */
  public static DemoSite start(String name, double scale) {
    ReclaimStore store = ReclaimStore.open(StoreConfig.inMemory(name));
    DemoLoader.load(
        store,
        DemoDataGenerator.generate(DemoParameters.demo().scaled(scale), TODAY),
        (layer, n) -> {});
    Map<String, String> users = new LinkedHashMap<>();
    for (String user : new String[] {"analyst", "admin", "donor", "operator", "operator-1", "va"}) {
      users.put(user, PASSWORD);
    }
    return new DemoSite(store, ReclaimServer.start(store, 0, users));
  }

  /** {@code http://localhost:<port>} */
  public String base() {
    return base;
  }

  public ReclaimStore store() {
    return store;
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
