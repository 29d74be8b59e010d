package org.reclaim.app.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reclaim.app.prioritise.PrioritisationService;
import org.reclaim.app.wiring.RegisterContext;
import org.reclaim.domain.DomainException;
import org.reclaim.store.NotFoundException;
import org.reclaim.store.ranking.RankingRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reclaim prioritise}: ranks the register's hazardous areas under a policy profile, stores
 * the run (reproducible) and writes it as CSV or GeoJSON. The same service as {@code POST
 * /api/v1/rankings}.
 */
@Command(
    name = "prioritise",
    mixinStandardHelpOptions = true,
    description = "Rank hazardous areas under a policy profile, explain and store the ranking.")
final class PrioritiseCommand implements Callable<Integer> {
  @Mixin DatabaseOption database = new DatabaseOption();

  @Option(
      names = "--profile",
      required = true,
      description =
          "Policy profile: civilian-safety, agricultural-recovery, critical-infrastructure,"
              + " balanced, or one saved through the API.")
  String profile;

  @Option(names = "--profile-version", description = "A past version (default: the latest).")
  Integer profileVersion;

  @Option(names = "--region", description = "Only areas in this region id or below it.")
  Long region;

  @Option(names = "--as-of", description = "Date ages are counted to (default: today).")
  LocalDate asOf;

  @Option(
      names = "--samples",
      defaultValue = "200",
      description =
          "Monte-Carlo samples for rank stability, 0 for none (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--spread",
      defaultValue = "0.2",
      description = "Weight perturbation of those samples (default: ${DEFAULT-VALUE} = ±20 %%).")
  double spread;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed of the samples.")
  long seed;

  @Option(names = "--out", description = "Write the ranking to this .csv or .geojson file.")
  Path out;

  @Option(
      names = "--spark-inputs",
      paramLabel = "DIR",
      description =
          "Also write the snapshot's layers, parameters and frame for the Spark + Sedona"
              + " criteria job (spark-job/README.md) into DIR/criteria.")
  Path sparkInputs;

  @Option(
      names = "--user",
      defaultValue = "${sys:user.name}",
      description = "Who runs the ranking, for the record (default: the system user).")
  String user;

  @Override
  public Integer call() throws Exception {
    String format = out == null ? null : formatOf(out);
    if (out != null && format == null) {
      System.err.println("reclaim prioritise: --out must end in .csv or .geojson: " + out);
      return 2;
    }
    try (RegisterContext register = RegisterContext.open(database.config());
        ProgressBars bars = new ProgressBars()) {
      PrioritisationService service = register.services().prioritisation();
      RankingRepository.Run run;
      try {
        run =
            service.run(
                new PrioritisationService.RunRequest(
                    profile, profileVersion, region, asOf, samples, spread, seed),
                user,
                (done, total) -> {
                  synchronized (bars) {
                    bars.progress("criteria", done, total);
                  }
                });
      } catch (NotFoundException | DomainException e) {
        bars.close();
        System.err.println("reclaim prioritise: " + e.getMessage());
        return 2;
      }
      bars.close();
      System.out.printf(
          Locale.ROOT,
          "ranking run %d: %,d areas under %s v%d (%s), criteria in %,d ms, data as of %s%n",
          run.id(),
          run.areaCount(),
          run.profileName(),
          run.profileVersion(),
          run.method(),
          run.criteriaMillis(),
          run.snapshotAt());
      for (RankingRepository.Entry e : service.listEntries(run.id(), 0, 10)) {
        System.out.printf(
            Locale.ROOT,
            "%4d. area %-8d score %.4f  %-10s%s%n",
            e.rank(),
            e.areaId(),
            e.score(),
            e.method() == null ? "-" : e.method(),
            e.stability() == null
                ? ""
                : String.format(
                    Locale.ROOT,
                    "  rank 5-95%%: %d-%d, P(top %s) %.2f",
                    e.stability().p5Rank(),
                    e.stability().p95Rank(),
                    "N",
                    e.stability().probabilityTopN()));
      }
      if (sparkInputs != null) {
        service.writeSparkInputs(region, profile, asOf, sparkInputs);
        System.out.println("Spark inputs written to " + sparkInputs.resolve("criteria"));
      }
      if (out != null) {
        try (OutputStream o = Files.newOutputStream(out)) {
          service.export(run.id(), format, o);
        }
        System.out.println("written " + out);
      }
      return 0;
    }
  }

  private static String formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return "csv";
    }
    return name.endsWith(".geojson") || name.endsWith(".json") ? "geojson" : null;
  }
}
