package org.reclaim.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.geometry.Wgs84;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.region.Region;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.reclaim.store.ranking.RankingRepository;
import org.reclaim.store.ranking.RowPage;
import org.reclaim.store.ranking.RowQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ranking table of a national run, paged by the store: a register of {@code --areas} areas
 * (200,000: the national set's count) in the embedded store and one run over all of them; then each
 * page the ranking page asks for — the first page by rank, a deep page, other orders, a text and a
 * region filter — timed (min / median / max of {@code --runs}) beside the whole run as rows in
 * JSON, which is what the page loaded before it was paged.
 */
@Command(
    name = "table",
    mixinStandardHelpOptions = true,
    description = "Pages of a national ranking run's table, filtered and sorted by the store.")
final class TableBench implements Callable<Integer> {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Option(
      names = "--areas",
      defaultValue = "200000",
      description = "Ranked areas (default ${DEFAULT-VALUE}).")
  int areas;

  @Option(
      names = "--runs",
      defaultValue = "5",
      description = "Timed runs of each query (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--db-url",
      description = "An empty PostGIS database instead of the embedded store (RECLAIM_DB_USER …).")
  String dbUrl;

  @Option(names = "--seed", defaultValue = "3", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("reclaim-bench-table");
    StoreConfig config =
        dbUrl == null
            ? StoreConfig.embedded(dir)
            : new StoreConfig(
                dbUrl, System.getenv("RECLAIM_DB_USER"), System.getenv("RECLAIM_DB_PASSWORD"));
    try (ReclaimStore store = ReclaimStore.open(config)) {
      long t0 = System.nanoTime();
      long run = fill(store);
      if (dbUrl != null) {
        // what autovacuum does a moment after a large insert; without statistics PostgreSQL
        // sorts the whole run for a page (0.5 s instead of 1 ms)
        store.refreshStatistics();
      }
      System.out.printf(
          Locale.ROOT,
          "store: %s; %,d areas in 25 regions and one run over them, written in %.1f s%n",
          dbUrl == null ? "embedded, " + dir : dbUrl,
          areas,
          (System.nanoTime() - t0) / 1e9);
      RankingRepository rankings = store.rankings();
      System.out.printf(
          Locale.ROOT,
          "%-44s %10s %10s %10s %10s %9s%n",
          "request (first: cold; then " + runs + " other pages)",
          "first ms",
          "min ms",
          "median ms",
          "max ms",
          "rows");
      // each timed run asks for another page (H2 answers a repeated query from its result cache)
      time(
          "whole run as rows + JSON (before paging)",
          i -> json(rankings.pageRows(run, page(null, null, "rank", i % 2 == 1, 0, areas))));
      time(
          "a first page by rank (the page opens)", i -> page(rankings, run, null, null, "rank", i));
      time(
          "a page near offset 50,000 by rank",
          i -> page(rankings, run, null, null, "rank", 1000 + i));
      time("a page by name", i -> page(rankings, run, null, null, "name", i));
      time("a page by score, lowest first", i -> page(rankings, run, null, null, "score", i));
      time("a page by region name", i -> page(rankings, run, null, null, "region", i));
      time("a page by rank spread", i -> page(rankings, run, null, null, "spread", i));
      time("text filter 'ha-12…'", i -> page(rankings, run, "ha-12" + i, null, "rank", 0));
      time("region filter", i -> page(rankings, run, null, 1L + i, "rank", 0));
      time("region filter, by name", i -> page(rankings, run, null, 1L + i, "name", 0));
    }
    return 0;
  }

  private static RowQuery page(
      String text, Long region, String sort, boolean descending, long offset, int limit) {
    return new RowQuery(null, text, region, null, sort, descending, offset, limit);
  }

  /** Page {@code number} (of 50 rows) of a query. */
  private static long page(
      RankingRepository rankings, long run, String text, Long region, String sort, int number) {
    return rankings.pageRows(run, page(text, region, sort, false, number * 50L, 50)).rows().size();
  }

  private static long json(RowPage page) {
    JSON.writeValueAsBytes(page.rows());
    return page.rows().size();
  }

  private void time(String what, java.util.function.IntToLongFunction query) {
    long t0 = System.nanoTime();
    query.applyAsLong(runs); // the first request, with a page of its own: cold
    double first = (System.nanoTime() - t0) / 1e6;
    double[] ms = new double[runs];
    long rows = 0;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      rows = query.applyAsLong(i);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        Locale.ROOT,
        "%-44s %10.1f %10.1f %10.1f %10.1f %,9d%n",
        what,
        first,
        ms[0],
        ms[runs / 2],
        ms[runs - 1],
        rows);
  }

  /** The register and a run: areas in a 5 × 5 grid of regions, ranks a random permutation. */
  private long fill(ReclaimStore store) {
    List<Region> regions = new ArrayList<>();
    regions.add(new Region(100, "C", "Country", Region.Level.COUNTRY, null, box(24, 45, 15, 7.5)));
    for (int i = 0; i < 25; i++) {
      double x = 24 + (i % 5) * 3;
      double y = 45 + (i / 5) * 1.5;
      regions.add(
          new Region(
              i + 1L,
              "R-" + (i + 1),
              "Region " + (char) ('Z' - i),
              Region.Level.OBLAST,
              100L,
              box(x, y, 3, 1.5)));
    }
    store.regions().insertAll(regions, "bench", "reclaim bench table");
    SplittableRandom random = new SplittableRandom(seed);
    HazardStatus[] status = {HazardStatus.SUSPECTED, HazardStatus.CONFIRMED};
    List<HazardousArea> batch = new ArrayList<>();
    for (int i = 1; i <= areas; i++) {
      int region = random.nextInt(25);
      double x = 24 + (region % 5) * 3 + random.nextDouble() * 2.9;
      double y = 45 + (region / 5) * 1.5 + random.nextDouble() * 1.4;
      batch.add(
          HazardousArea.builder()
              .id(i)
              .code("HA-" + i)
              .name("Field " + Long.toString(random.nextLong(1L << 40), 36))
              .regionId(region + 1L)
              .status(status[random.nextInt(2)])
              .contamination(EnumSet.of(ContaminationType.AP_MINE))
              .geometry(box(x, y, 0.005, 0.005))
              .build());
      if (batch.size() == 5_000 || i == areas) {
        store.hazardousAreas().insertAll(batch, "bench", "reclaim bench table");
        batch.clear();
      }
    }
    return fillRun(store, random);
  }

  /** One run over areas 1..{@code areas}, ranked in a random order. */
  private long fillRun(ReclaimStore store, SplittableRandom random) {
    long run =
        store
            .rankings()
            .insertRun(
                new RankingRepository.Run(
                    0,
                    "civilian-safety",
                    1,
                    "{}",
                    "{}",
                    "WEIGHTED_SUM",
                    null,
                    Instant.now(),
                    Instant.now(),
                    "bench",
                    areas,
                    0,
                    null));
    int[] order = new int[areas];
    for (int i = 0; i < areas; i++) {
      order[i] = i + 1;
    }
    for (int i = areas - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    List<RankingRepository.Entry> entries = new ArrayList<>();
    for (int rank = 1; rank <= areas; rank++) {
      int spread = random.nextInt(1 + rank / 10);
      entries.add(
          new RankingRepository.Entry(
              order[rank - 1],
              rank,
              1.0 - rank / (double) areas,
              "CLEARANCE",
              "bench",
              false,
              new double[] {1},
              new double[] {1},
              new double[] {1},
              Map.of(),
              new RankingRepository.Stability(
                  rank, Math.max(1, rank - spread), rank + spread, rank <= 100 ? 0.9 : 0.0)));
      if (entries.size() == 10_000) {
        store.rankings().insertEntries(run, entries);
        entries.clear();
      }
    }
    store.rankings().insertEntries(run, entries);
    return run;
  }

  private static Geometry box(double x, double y, double w, double h) {
    return Wgs84.FACTORY.toGeometry(new Envelope(x, x + w, y, y + h));
  }
}
