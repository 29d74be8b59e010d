package org.reclaim.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reclaim.app.ReclaimServer;
import org.reclaim.app.register.DemoRegister;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.app.register.ServerMarker;
import org.reclaim.app.security.ApiTokens;
import org.reclaim.app.security.Users;
import org.reclaim.app.wiring.RegisterContext;
import org.reclaim.demo.DemoDataGenerator;
import org.reclaim.demo.DemoDataSet;
import org.reclaim.demo.DemoParameters;
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

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Where the demo database goes (in demo/ below it). Default: RECLAIM_DATA_DIR, else"
              + " $XDG_DATA_HOME/reclaim, else $HOME/.local/share/reclaim.")
  Path dataDir;

  @Option(
      names = "--plan-seconds",
      defaultValue = "10",
      description =
          "Solver time limit of the demo's first plan (default ${DEFAULT-VALUE} s); 0 to skip"
              + " the ranking runs and the plan.")
  int planSeconds;

  /** The embedded store the demo writes to (and {@code --demo} reads from). */
  static StoreConfig demoStore(Path dataDir) {
    return StoreConfig.embedded(RegisterFactory.dataDirectory(dataDir).resolve("demo"));
  }

  @Override
  public Integer call() {
    DemoParameters parameters =
        ("national".equalsIgnoreCase(scale)
                ? DemoParameters.national()
                : DemoParameters.demo().scaled(Double.parseDouble(scale)))
            .withSeed(seed);
    StoreConfig config = dbUrl == null ? demoStore(dataDir) : RegisterFactory.config(dbUrl);
    ReclaimStore store = RegisterFactory.open(config);
    Map<String, String> users = new LinkedHashMap<>();
    try (RegisterContext register = RegisterContext.over(store)) {
      DemoRegister demo = register.services().demo();
      if (dbUrl == null) {
        demo.clear();
      } else if (!demo.isEmpty()) {
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
      long records = demo.load(data, (layer, n) -> System.err.printf("  %-26s %,10d%n", layer, n));
      System.err.printf(
          "loaded %,d records in %.1f s%n", records, (System.nanoTime() - start) / 1e9);
      if (planSeconds > 0) {
        DemoRegister.Prepared prepared =
            demo.prepare(today, planSeconds, line -> System.err.println("  " + line));
        System.err.printf(
            "plan job %d %s in %.1f s in all%n",
            prepared.plan().id(),
            prepared.plan().status().name().toLowerCase(Locale.ROOT),
            (System.nanoTime() - start) / 1e9);
      }
      users.put("analyst", DEMO_PASSWORD);
      users.put("admin", DEMO_PASSWORD);
      users.put("donor", DEMO_PASSWORD);
      users.put("va", DEMO_PASSWORD);
      // the field manager of the first operator: reports on that operator's teams' tasks
      data.operators().stream()
          .findFirst()
          .ifPresent(o -> users.put(Users.OPERATOR_PREFIX + o.id(), DEMO_PASSWORD));
    }
    if (noServe) {
      store.close();
      return 0;
    }
    var server = ReclaimServer.serve(store, port, users);
    ServerMarker.announce(config, port, "reclaim demo");
    ServeCommand.printAccess(port, config, new Users(users));
    // a personal API token for trying the API from a shell (README: curl -H "Authorization: …")
    ApiTokens.Issued token =
        server
            .getBean(ApiTokens.class)
            .issue("analyst", "reclaim demo: trying the API", Duration.ofDays(30), "reclaim");
    System.out.println("  API token:  " + token.secret() + "  (analyst, 30 days)");
    return 0;
  }
}
