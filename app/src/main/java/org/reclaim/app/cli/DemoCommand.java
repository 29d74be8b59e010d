package org.reclaim.app.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reclaim.app.ReclaimServer;
import org.reclaim.app.register.DemoLoader;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.app.security.Users;
import org.reclaim.bench.demo.DemoDataGenerator;
import org.reclaim.bench.demo.DemoDataSet;
import org.reclaim.bench.demo.DemoParameters;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reclaim demo}: generates the synthetic demo register (seeded, reproducible), loads it into
 * a demo database of its own — never the user's register unless asked — and serves the web app.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Generate the demo data set, load it and serve the web app and API.")
final class DemoCommand implements Callable<Integer> {
  static final String DEMO_PASSWORD = "demo";

  @Option(
      names = "--seed",
      defaultValue = "" + DemoParameters.DEFAULT_SEED,
      description = "Random seed (default ${DEFAULT-VALUE}); the same seed gives the same data.")
  long seed;

  @Option(
      names = "--scale",
      defaultValue = "1",
      description = "Size relative to the demo set (default 1); 'national' for the benchmark set.")
  String scale;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--today", description = "Last day of the generated history (default: today).")
  LocalDate today = LocalDate.now();

  @Option(names = "--no-serve", description = "Load the data and exit without serving.")
  boolean noServe;

  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      description = "Load into this database instead of the demo database; it must be empty.")
  String dbUrl;

  /** The embedded store the demo writes to (and {@code --demo} reads from). */
  static StoreConfig demoStore() {
    return StoreConfig.embedded(RegisterFactory.dataDirectory().resolve("demo"));
  }

  @Override
  public Integer call() {
    DemoParameters parameters =
        ("national".equalsIgnoreCase(scale)
                ? DemoParameters.national()
                : DemoParameters.demo().scaled(Double.parseDouble(scale)))
            .withSeed(seed);
    StoreConfig config = dbUrl == null ? demoStore() : RegisterFactory.config(dbUrl);
    ReclaimStore store = RegisterFactory.open(config);
    if (dbUrl == null) {
      store.clear("demo-generator");
    } else if (store.hazardousAreas().count() > 0 || store.regions().count() > 0) {
      System.err.println(
          "reclaim demo: "
              + config
              + " is not empty; the demo loads only into an"
              + " empty register.");
      store.close();
      return 2;
    }
    long start = System.nanoTime();
    DemoDataSet data;
    try (ProgressBars bars = new ProgressBars()) {
      data = DemoDataGenerator.generate(parameters, today, bars);
    }
    System.err.printf(
        "generated in %.1f s; loading into %s%n", (System.nanoTime() - start) / 1e9, config);
    long records =
        DemoLoader.load(store, data, (layer, n) -> System.err.printf("  %-26s %,10d%n", layer, n));
    System.err.printf("loaded %,d records in %.1f s%n", records, (System.nanoTime() - start) / 1e9);
    if (noServe) {
      store.close();
      return 0;
    }
    Map<String, String> users = new LinkedHashMap<>();
    users.put("analyst", DEMO_PASSWORD);
    users.put("admin", DEMO_PASSWORD);
    users.put("donor", DEMO_PASSWORD);
    // the field manager of the first operator: reports on that operator's teams' tasks
    data.operators().stream()
        .findFirst()
        .ifPresent(o -> users.put(Users.OPERATOR_PREFIX + o.id(), DEMO_PASSWORD));
    ReclaimServer.start(store, port, users);
    ServeCommand.printAccess(port, config, new Users(users));
    return 0;
  }
}
