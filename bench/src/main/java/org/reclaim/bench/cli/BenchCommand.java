package org.reclaim.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reclaim.app.register.ImportService;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.app.wiring.RegisterContext;
import org.reclaim.bench.importing.EvidenceCsvFixture;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.Layer;
import org.reclaim.io.LayerImporter;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reclaim bench}: benchmarks that print their figures beside the target they answer to. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark and print its figures.",
    subcommands = {
      BenchCommand.ImportBench.class,
      ApiBench.class,
      CrashBench.class,
      PrioritiseBench.class,
      PlanBench.class,
      LikelihoodBench.class,
      DecisionsBench.class,
      TableBench.class,
      ParcelsBench.class
    })
public final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /**
   * {@code reclaim bench import}: a seeded CSV of evidence points imported through the same path as
   * {@code reclaim import} (read, check every record, write all in one transaction) into a new
   * embedded register. Target (docs/benchmarks.md#import): at least 100,000 records per second,
   * all-or-nothing.
   */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Import N synthetic evidence rows from CSV into a fresh embedded register.")
  static final class ImportBench implements Callable<Integer> {
    static final double TARGET_ROWS_PER_S = 100_000;

    @Option(
        names = "--rows",
        defaultValue = "1000000",
        description = "Rows (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--seed", defaultValue = "7", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--db-url",
        paramLabel = "JDBC_URL",
        description =
            "Import into this database (e.g. an empty PostGIS database) instead of a new embedded"
                + " one; user and password from RECLAIM_DB_USER / RECLAIM_DB_PASSWORD.")
    String dbUrl;

    @Option(
        names = "--without-spatial-index",
        description =
            "Diagnostic: drop the evidence table's spatial index before importing, to"
                + " show how much of the time it takes. Not how Reclaim runs.")
    boolean withoutSpatialIndex;

    @Override
    public Integer call() throws IOException {
      Path dir = Files.createTempDirectory("reclaim-bench-import");
      Path csv = dir.resolve("evidence.csv");
      EvidenceCsvFixture.write(csv, rows, seed);
      System.out.printf("input: %s, %,d rows, %,d bytes%n", csv, rows, Files.size(csv));
      long t0 = System.nanoTime();
      ImportReport parsed =
          LayerImporter.stream(Layer.EVIDENCE, csv, ImportOptions.sequentialIds(1), r -> {});
      double parseOnly = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "read + check alone (no store)   : %6.2f s  %,10.0f rows/s%n",
          parseOnly, parsed.recordsRead() / parseOnly);
      StoreConfig config =
          dbUrl == null ? StoreConfig.embedded(dir) : RegisterFactory.config(dbUrl);
      try (ReclaimStore store = RegisterFactory.open(config);
          RegisterContext register = RegisterContext.over(store)) {
        long before = store.evidence().count();
        System.out.printf("register                        : %s%n", config);
        if (withoutSpatialIndex) {
          store.evidence().dropSpatialIndexForDiagnosis();
        }
        ImportService.Outcome o =
            register.services().imports().importFile(Layer.EVIDENCE, csv, null, "bench");
        if (!o.stored()) {
          System.out.print(o.report().toText());
          return 1;
        }
        double read = o.report().elapsed().toNanos() / 1e9;
        double wall = o.wallTime().toNanos() / 1e9;
        System.out.printf("read + check while writing     : %6.2f s%n", read);
        System.out.printf(
            "end to end%s: %6.2f s  %,10.0f rows/s   target >= %,.0f rows/s  %s%n",
            withoutSpatialIndex ? " (NO spatial index)  " : ", one transaction    ",
            wall,
            o.recordsPerSecond(),
            TARGET_ROWS_PER_S,
            o.recordsPerSecond() >= TARGET_ROWS_PER_S ? "MET" : "NOT MET");
        System.out.printf(
            "stored rows                     : %,d%n", store.evidence().count() - before);
        System.out.printf(
            "peak heap                       : %,d MiB (max %,d MiB)%n",
            peakHeapMiB(), Runtime.getRuntime().maxMemory() >> 20);
      }
      return 0;
    }

    private static long peakHeapMiB() {
      return Memory.peakHeapBytes() >> 20;
    }
  }
}
