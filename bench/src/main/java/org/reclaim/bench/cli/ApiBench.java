package org.reclaim.bench.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.locationtech.jts.geom.Coordinate;
import org.reclaim.app.ReclaimServer;
import org.reclaim.app.security.Users;
import org.reclaim.demo.DemoDataGenerator;
import org.reclaim.demo.DemoDataSet;
import org.reclaim.demo.DemoLoader;
import org.reclaim.demo.DemoParameters;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reclaim bench api}: bounding-box feature queries against the real server on loopback, as
 * the map makes them. Loads the demo register into a new embedded database, starts the server, and
 * sends queries for boxes around random hazardous areas (each answer at most 2,000 features) from
 * many concurrent clients. Target (docs/benchmarks.md#targets): p99 ≤ 150 ms at 50 concurrent
 * clients.
 */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description = "Bounding-box GeoJSON queries against the server, concurrent clients.")
final class ApiBench implements Callable<Integer> {
  static final double TARGET_P99_MS = 150;

  @Option(
      names = "--clients",
      defaultValue = "50",
      description = "Concurrent clients (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--requests",
      defaultValue = "5000",
      description = "Measured requests (default ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--box-deg",
      defaultValue = "0.5",
      description = "Box side in degrees (default ${DEFAULT-VALUE}).")
  double boxDeg;

  @Option(names = "--seed", defaultValue = "11", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("reclaim-bench-api");
    DemoDataSet data = DemoDataGenerator.generate(DemoParameters.demo(), LocalDate.of(2026, 11, 1));
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.embedded(dir))) {
      DemoLoader.load(store, data, (layer, n) -> {});
      String password = Users.randomPassword();
      ConfigurableApplicationContext server =
          ReclaimServer.start(store, 0, Map.of("analyst", password));
      try {
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        String auth =
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(("analyst:" + password).getBytes(StandardCharsets.UTF_8));
        List<URI> queries = queries(data.hazardousAreas(), port, requests + 500);
        run(queries.subList(0, 500), auth); // warm-up: JIT, caches, pools
        long start = System.nanoTime();
        Result r = run(queries.subList(500, queries.size()), auth);
        double wallS = (System.nanoTime() - start) / 1e9;
        report(r, wallS);
        return r.failures == 0 ? 0 : 1;
      } finally {
        server.close();
      }
    }
  }

  private List<URI> queries(List<HazardousArea> areas, int port, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<URI> uris = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Coordinate c =
          areas.get(random.nextInt(areas.size())).geometry().getEnvelopeInternal().centre();
      double h = boxDeg / 2;
      uris.add(
          URI.create(
              String.format(
                  Locale.ROOT,
                  "http://localhost:%d/api/v1/hazardous-areas?limit=2000&bbox=%.5f,%.5f,%.5f,%.5f",
                  port,
                  c.x - h,
                  c.y - h,
                  c.x + h,
                  c.y + h)));
    }
    return uris;
  }

  private record Result(long[] latenciesNs, long failures, long features) {}

  private Result run(List<URI> queries, String auth) throws Exception {
    HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
    long[] latencies = new long[queries.size()];
    AtomicLong failures = new AtomicLong();
    AtomicLong features = new AtomicLong();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        done.add(
            pool.submit(
                () -> {
                  for (int i = client; i < queries.size(); i += clients) {
                    HttpRequest request =
                        HttpRequest.newBuilder(queries.get(i))
                            .header("Authorization", auth)
                            .build();
                    long t0 = System.nanoTime();
                    try {
                      HttpResponse<String> response =
                          http.send(request, HttpResponse.BodyHandlers.ofString());
                      latencies[i] = System.nanoTime() - t0;
                      if (response.statusCode() != 200) {
                        failures.incrementAndGet();
                      } else {
                        features.addAndGet(count(response.body()));
                      }
                    } catch (Exception e) {
                      latencies[i] = System.nanoTime() - t0;
                      failures.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    }
    return new Result(latencies, failures.get(), features.get());
  }

  private static long count(String body) {
    int i = body.indexOf("\"numberReturned\":");
    if (i < 0) {
      return 0;
    }
    int start = i + "\"numberReturned\":".length();
    int end = start;
    while (end < body.length() && Character.isDigit(body.charAt(end))) {
      end++;
    }
    return Long.parseLong(body.substring(start, end));
  }

  private void report(Result r, double wallS) {
    long[] sorted = r.latenciesNs.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double p99 = sorted[(int) Math.ceil(n * 0.99) - 1] / 1e6;
    System.out.printf(
        Locale.ROOT,
        "requests %,d from %d clients in %.1f s (%.0f requests/s),"
            + " %,d failed; %.0f features per answer on average%n",
        n,
        clients,
        wallS,
        n / wallS,
        r.failures,
        (double) r.features / Math.max(1, n - r.failures));
    System.out.printf(
        Locale.ROOT,
        "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f" + "   target p99 <= %.0f ms  %s%n",
        sorted[n / 2] / 1e6,
        sorted[(int) Math.ceil(n * 0.95) - 1] / 1e6,
        p99,
        sorted[n - 1] / 1e6,
        TARGET_P99_MS,
        p99 <= TARGET_P99_MS ? "MET" : "NOT MET");
  }
}
