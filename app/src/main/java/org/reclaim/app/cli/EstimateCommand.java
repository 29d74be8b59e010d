package org.reclaim.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reclaim.app.prioritise.ParcelEstimateJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reclaim estimate parcels}: land release estimates for every agricultural or cadastral
 * parcel — hazardous share, likelihood, method, expected cost and team-days, value locked — as a
 * GeoPackage and a summary by oblast, raion and hromada (docs/prioritisation.md). Bad input (a
 * cadastre row without a value per hectare, a file that is no GeoPackage) is one line naming the
 * file, row and field, exit 2, and no output is left behind.
 */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = "Parcel-level estimates of land release.",
    subcommands = {EstimateCommand.Parcels.class})
final class EstimateCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** {@code reclaim estimate parcels}. */
  @Command(
      name = "parcels",
      mixinStandardHelpOptions = true,
      description =
          "For every parcel of a cadastre GeoPackage (or of the register): the hazardous areas it"
              + " overlaps, the contamination likelihood there, the release method, expected cost"
              + " and team-days by the nearest accredited teams' productivity, and the crop value"
              + " locked; with a summary by oblast, raion and hromada.")
  static final class Parcels implements Callable<Integer> {
    @Mixin DatabaseOption database = new DatabaseOption();

    @Option(
        names = "--cadastre",
        paramLabel = "FILE.gpkg",
        description =
            "Cadastre GeoPackage: polygons (lon/lat) with value_usd_per_ha and optionally"
                + " cadastral_number. Default: the register's agricultural parcels.")
    Path cadastre;

    @Option(
        names = {"-o", "--out"},
        required = true,
        paramLabel = "FILE.gpkg",
        description = "Where to write the estimates (GeoPackage; replaced).")
    Path out;

    @Option(
        names = "--summary",
        paramLabel = "FILE.csv",
        description = "Where to write the summary (default: beside --out, *-summary.csv).")
    Path summary;

    @Option(
        names = "--profile",
        defaultValue = "agricultural-recovery",
        description = "Policy profile whose method thresholds apply (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(
        names = "--spark-inputs",
        paramLabel = "DIR",
        description =
            "Also write the priced hazardous areas and the units the Spark job reads"
                + " (spark-job/README) into DIR.")
    Path sparkInputs;

    @Override
    public Integer call() {
      if (!out.getFileName().toString().endsWith(".gpkg")) {
        System.err.println("reclaim estimate parcels: --out must end in .gpkg: " + out);
        return 2;
      }
      Path summaryFile =
          summary != null
              ? summary
              : out.resolveSibling(out.getFileName().toString().replace(".gpkg", "-summary.csv"));
      return RegisterCall.run(
          "estimate parcels",
          null,
          database,
          s -> {
            ParcelEstimateJob.Result r;
            try (ProgressBars bars = new ProgressBars()) {
              r =
                  s.parcelEstimates()
                      .run(
                          cadastre,
                          out,
                          summaryFile,
                          profile,
                          sparkInputs,
                          (done, total) -> bars.progress("parcels", done, total));
            } catch (IllegalArgumentException e) {
              System.err.println("reclaim estimate parcels: " + e.getMessage());
              return 2;
            }
            ParcelEstimateJob.SummaryRow all = r.summary().get(0);
            System.out.printf(
                Locale.ROOT,
                "%,d parcels against %,d hazardous areas in %.1f s: %,d affected, %,.0f ha"
                    + " hazardous, expected cost US$%,.0f, %,.0f team-days, US$%,.0f a year of"
                    + " crops locked%nwrote %s and %s%n",
                r.parcels(),
                r.hazardousAreas(),
                r.millis() / 1000.0,
                r.affected(),
                all.hazardHa(),
                all.costUsd(),
                all.teamDays(),
                all.valueLockedUsd(),
                out,
                summaryFile);
            return 0;
          });
    }
  }
}
