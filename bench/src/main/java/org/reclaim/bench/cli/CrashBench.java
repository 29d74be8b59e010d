package org.reclaim.bench.cli;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.bench.importing.EvidenceCsvFixture;
import org.reclaim.demo.DemoDataGenerator;
import org.reclaim.demo.DemoLoader;
import org.reclaim.demo.DemoParameters;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code reclaim bench crash}: crash safety, proven by killing the server. Runs {@code reclaim
 * serve} in a process of its own over the embedded store (or PostGIS, {@code --db-url}); in each
 * round it submits a plan job, uploads an import of {@code --records} evidence rows (one source
 * value per round, so its rows can be counted) and sends a stream of single-record writes from
 * {@code --writers} clients, then kills the server with SIGKILL at a random moment, restarts it and
 * checks through the API: every write acknowledged (201) before the kill is there, with its audit
 * entry; each round's import is there whole or not at all, and whole if it was acknowledged; the
 * audit log's hash chain is intact. At the end every plan job must reach an end state (interrupted
 * ones are resumed by the restarted server), none left queued or solving. The first round is not
 * killed before its import is acknowledged: it measures how long an import takes, and later kills
 * fall uniformly within 1.2 times that.
 */
@Command(
    name = "crash",
    mixinStandardHelpOptions = true,
    description = "Kill the server with SIGKILL during imports and writes; check nothing is lost.")
final class CrashBench implements Callable<Integer> {
  private static final tools.jackson.databind.json.JsonMapper JSON = BenchClient.JSON;

  @Option(names = "--kills", defaultValue = "20", description = "Kills (default ${DEFAULT-VALUE}).")
  int kills;

  @Option(
      names = "--records",
      defaultValue = "1000000",
      description = "Evidence rows in each round's import (default ${DEFAULT-VALUE}).")
  int records;

  @Option(
      names = "--writers",
      defaultValue = "4",
      description = "Clients writing single records (default ${DEFAULT-VALUE}).")
  int writers;

  @Option(
      names = "--db-url",
      paramLabel = "JDBC_URL",
      description =
          "An empty PostGIS database to use instead of a new embedded one; user and password from"
              + " RECLAIM_DB_USER / RECLAIM_DB_PASSWORD.")
  String dbUrl;

  @Option(
      names = "--server-heap",
      defaultValue = "3g",
      description = "The server JVM's -Xmx (default ${DEFAULT-VALUE}).")
  String serverHeap;

  @Option(names = "--seed", defaultValue = "5", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private String token;

  /** What was acknowledged, what was found: the harness's ledger. */
  private final List<Long> ackedWrites = new CopyOnWriteArrayList<>();

  private final List<Integer> ackedImports = new CopyOnWriteArrayList<>();
  private final List<Long> jobs = new ArrayList<>();
  private int checkedWrites;
  private final List<String> violations = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("reclaim-bench-crash");
    List<String> storeArgs =
        dbUrl == null ? List.of("--data-dir", dir.toString()) : List.of("--db-url", dbUrl);
    token = prepare(dbUrl == null ? StoreConfig.embedded(dir) : RegisterFactory.config(dbUrl));
    Path csv = dir.resolve("import.csv");
    Path log = dir.resolve("server.log");
    SplittableRandom random = new SplittableRandom(seed);
    double importSeconds = 0;
    System.out.printf(
        Locale.ROOT,
        "store: %s; %d kills; imports of %,d rows; %d writers; server log %s%n",
        dbUrl == null ? dir : dbUrl,
        kills,
        records,
        writers,
        log);
    System.out.println("round  killed at  import      writes acked  checks after restart");
    for (int round = 0; round < kills; round++) {
      EvidenceCsvFixture.write(csv, records, seed + round, source(round));
      ServerProcess server;
      try {
        server = ServerProcess.start(storeArgs, ServerProcess.freePort(), jvm(), Map.of(), log);
      } catch (IOException e) {
        violations.add("restart: round " + round + ": the server did not start: " + e.getMessage());
        break;
      }
      String after;
      Round r = new Round(server, csv, round);
      long t0 = System.nanoTime();
      try {
        after = check(server);
        jobs.add(submitPlan(server));
        double killAt =
            round == 0 ? -1 : 1 + random.nextDouble() * Math.max(2, 1.2 * importSeconds);
        r.start();
        if (killAt < 0) {
          r.awaitImport();
          importSeconds = (System.nanoTime() - t0) / 1e9;
          Thread.sleep(random.nextInt(2000));
        } else {
          Thread.sleep((long) (killAt * 1000));
        }
      } catch (IOException | RuntimeException e) {
        after = "refused after the restart: " + e.getMessage();
        violations.add("round " + round + ": " + e.getMessage());
      }
      double killedAt = (System.nanoTime() - t0) / 1e9;
      server.kill();
      r.stop();
      System.out.printf(
          Locale.ROOT,
          "%5d  %7.1f s  %-10s  %12d  %s%n",
          round,
          killedAt,
          ackedImports.contains(round) ? "acked" : "not acked",
          r.acked.get(),
          after);
    }
    try (ServerProcess server =
        ServerProcess.start(storeArgs, ServerProcess.freePort(), jvm(), Map.of(), log)) {
      System.out.println("final restart: " + check(server));
      awaitJobs(server);
    } catch (IOException | RuntimeException e) {
      violations.add("final restart: " + e.getMessage());
    }
    return summary();
  }

  private int summary() {
    System.out.printf(
        Locale.ROOT,
        "%d kills; %,d acknowledged writes all checked present: %s; %d of %d imports"
            + " acknowledged; %d plan jobs all ended: %s%n",
        kills,
        ackedWrites.size(),
        checkedWrites == ackedWrites.size() && violations.isEmpty() ? "yes" : "NO",
        ackedImports.size(),
        kills,
        jobs.size(),
        violations.stream().noneMatch(v -> v.startsWith("job")) ? "yes" : "NO");
    violations.forEach(v -> System.out.println("VIOLATION: " + v));
    System.out.println(violations.isEmpty() ? "crash safety: HELD" : "crash safety: BROKEN");
    return violations.isEmpty() ? 0 : 1;
  }

  private List<String> jvm() {
    return List.of("-Xmx" + serverHeap);
  }

  private static String source(int round) {
    return "crash-import-" + round;
  }

  /** The demo register, and an administrator's account and API token, in a new store. */
  private static String prepare(StoreConfig config) {
    try (ReclaimStore store = RegisterFactory.open(config)) {
      DemoLoader.load(
          store,
          DemoDataGenerator.generate(DemoParameters.demo().scaled(0.05), LocalDate.of(2026, 6, 30)),
          (layer, n) -> {});
      return ServerProcess.accountWithToken(store, "admin", "ADMIN");
    }
  }

  private BenchClient client(ServerProcess server) {
    return new BenchClient(http, server.base(), token, Duration.ofMinutes(10));
  }

  /** A plan job of the register's best areas, solved in the background. */
  private long submitPlan(ServerProcess server) throws IOException, InterruptedException {
    BenchClient client = client(server);
    HttpResponse<String> r =
        http.send(
            client
                .request("/api/v1/plans/from-register")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"profile\":\""
                            + client.firstProfile()
                            + "\",\"maxAreas\":30,\"timeLimitSeconds\":10}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 202) {
      throw new IOException("plan refused: " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body()).get("id").asLong();
  }

  /**
   * After a restart: every acknowledged write present, with its audit entry (the new ones all, and
   * a sample of the older); every import whole or absent, whole when acknowledged; the chain
   * intact.
   */
  private String check(ServerProcess server) throws IOException, InterruptedException {
    int fresh = ackedWrites.size() - checkedWrites;
    int missing = 0;
    for (int i = checkedWrites; i < ackedWrites.size(); i++) {
      long id = ackedWrites.get(i);
      HttpResponse<Void> r =
          http.send(
              client(server).request("/api/v1/evidence/" + id).build(),
              HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() != 200) {
        violations.add("write: acknowledged evidence " + id + " answers " + r.statusCode());
        missing++;
      }
      if ((i - checkedWrites) % 25 == 0
          && client(server).getJson("/api/v1/audit?entity=Evidence&entityId=" + id).isEmpty()) {
        violations.add("audit: no entry for acknowledged evidence " + id);
      }
    }
    checkedWrites = ackedWrites.size();
    int whole = 0;
    for (int round = 0; round < kills; round++) {
      long n =
          client(server)
              .getJson("/api/v1/evidence?limit=1&source=" + source(round))
              .get("numberMatched")
              .asLong();
      if (n != 0 && n != records) {
        violations.add("import: round " + round + " left " + n + " of " + records + " rows");
      }
      if (ackedImports.contains(round) && n != records) {
        violations.add("import: round " + round + " was acknowledged but holds " + n + " rows");
      }
      whole += n == records ? 1 : 0;
    }
    JsonNode chain = client(server).getJson("/api/v1/audit/verify");
    if (!chain.get("intact").asBoolean()) {
      violations.add("audit: chain broken: " + chain.get("problems"));
    }
    return String.format(
        Locale.ROOT,
        "%d of %d new writes present; %d imports whole, none partial; chain %s (%,d sealed)",
        fresh - missing,
        fresh,
        whole,
        chain.get("intact").asBoolean() ? "intact" : "BROKEN",
        chain.get("sealed").asLong());
  }

  /** Waits until every plan job submitted has ended (resumed ones solve again). */
  private void awaitJobs(ServerProcess server) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (true) {
      List<String> open = new ArrayList<>();
      for (JsonNode j : client(server).getJson("/api/v1/plans?limit=500")) {
        String status = j.get("status").asString();
        if (jobs.contains(j.get("id").asLong())
            && (status.equals("QUEUED") || status.equals("SOLVING"))) {
          open.add(j.get("id").asLong() + " " + status);
        }
      }
      if (open.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        violations.add("job: still not ended 10 minutes after the last restart: " + open);
        return;
      }
      Thread.sleep(2000);
    }
  }

  /** One round's load: the import and the writers. */
  private final class Round {
    private final ServerProcess server;
    private final Path csv;
    private final int round;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Thread> threads = new ConcurrentLinkedQueue<>();
    private Thread importer;
    final java.util.concurrent.atomic.AtomicInteger acked =
        new java.util.concurrent.atomic.AtomicInteger();

    Round(ServerProcess server, Path csv, int round) {
      this.server = server;
      this.csv = csv;
      this.round = round;
    }

    void start() {
      importer = Thread.ofPlatform().start(this::importOnce);
      threads.add(importer);
      for (int w = 0; w < writers; w++) {
        int writer = w;
        threads.add(Thread.ofPlatform().start(() -> write(writer)));
      }
    }

    void awaitImport() throws InterruptedException {
      importer.join();
    }

    void stop() throws InterruptedException {
      stopped.set(true);
      for (Thread t : threads) {
        t.join();
      }
    }

    private void importOnce() {
      String boundary = "crash-" + round;
      try {
        HttpRequest.BodyPublisher body =
            HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(
                    "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\";"
                        + " filename=\"evidence.csv\"\r\nContent-Type: text/csv\r\n\r\n"),
                HttpRequest.BodyPublishers.ofFile(csv),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        HttpResponse<String> r =
            http.send(
                client(server)
                    .request("/api/v1/imports/evidence")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(body)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 == 2) {
          ackedImports.add(round);
        } else {
          violations.add("import: round " + round + " refused: " + r.statusCode() + " " + r.body());
        }
      } catch (IOException | InterruptedException e) {
        // the server was killed before it answered: not acknowledged
      }
    }

    private void write(int writer) {
      int n = 0;
      while (!stopped.get()) {
        String feature =
            String.format(
                Locale.ROOT,
                "{\"type\":\"Feature\",\"properties\":{\"type\":\"EO_SIGHTING\","
                    + "\"observed_on\":\"2026-06-01\",\"source\":\"crash-write-%d-%d-%d\","
                    + "\"reliability\":0.6},\"geometry\":{\"type\":\"Point\","
                    + "\"coordinates\":[%.4f,%.4f]}}",
                round,
                writer,
                n++,
                33 + (n % 100) * 0.01,
                47 + writer * 0.1);
        try {
          HttpResponse<String> r =
              http.send(
                  client(server)
                      .request("/api/v1/evidence")
                      .header("Content-Type", "application/geo+json")
                      .POST(HttpRequest.BodyPublishers.ofString(feature))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 201) {
            String location = r.headers().firstValue("Location").orElseThrow();
            ackedWrites.add(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
            acked.incrementAndGet();
          }
        } catch (IOException | InterruptedException e) {
          return; // the server is gone
        }
      }
    }
  }
}
