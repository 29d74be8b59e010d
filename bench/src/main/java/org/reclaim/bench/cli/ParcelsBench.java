package org.reclaim.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reclaim.analysis.criteria.CriteriaParameters;
import org.reclaim.analysis.criteria.ParcelEstimator;
import org.reclaim.app.prioritise.ParcelEstimateJob;
import org.reclaim.app.prioritise.ParcelEstimation;
import org.reclaim.app.prioritise.ProfileCatalog;
import org.reclaim.app.prioritise.SparkInputs;
import org.reclaim.demo.DemoDataGenerator;
import org.reclaim.demo.DemoDataSet;
import org.reclaim.demo.DemoParameters;
import org.reclaim.demo.SyntheticCadastre;
import org.reclaim.io.export.GeoPackageFeatureWriter;
import org.reclaim.io.export.GeoPackageFeatureWriter.Column;
import org.reclaim.io.export.GeoPackageFeatureWriter.Type;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reclaim bench parcels}: parcel-level estimates at the scale of the national cadastre.
 * Writes a synthetic cadastre GeoPackage of {@code --parcels} parcels over Ukraine ({@link
 * SyntheticCadastre}; kept and reused for the same size and seed), generates the national register
 * (200,000 hazardous areas, its teams and accreditations) in memory, then runs {@link
 * ParcelEstimateJob} from the cadastre file to an estimates GeoPackage and summary, and prints the
 * time, throughput and peak heap beside the targets (≤ 5 min, ≤ 16 GiB for 20 million parcels).
 */
@Command(
    name = "parcels",
    mixinStandardHelpOptions = true,
    description =
        "Parcel-level estimates for a synthetic national cadastre: time and peak heap against"
            + " the targets.")
final class ParcelsBench implements Callable<Integer> {
  static final double TARGET_S = 300;
  static final double TARGET_HEAP_GIB = 16;
  static final long TARGET_PARCELS = 20_000_000;

  @Option(
      names = "--parcels",
      defaultValue = "20000000",
      description = "Parcels in the cadastre (default ${DEFAULT-VALUE}).")
  long parcels;

  @Option(
      names = "--dir",
      defaultValue = "${sys:java.io.tmpdir}/reclaim-bench-parcels",
      description = "Where the cadastre and the outputs go (default ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--seed", defaultValue = "20240501", description = "Data seed.")
  long seed;

  @Option(
      names = "--profile",
      defaultValue = "agricultural-recovery",
      description = "Built-in profile whose thresholds apply (default ${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = "--spark-inputs",
      description =
          "Also write the priced areas and units for the Spark job (spark-job/) into --dir.")
  boolean sparkInputs;

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(dir);
    Path cadastre = dir.resolve(String.format(Locale.ROOT, "cadastre-%d-%d.gpkg", parcels, seed));
    if (Files.exists(cadastre)) {
      System.out.printf(Locale.ROOT, "cadastre: %s (kept from an earlier run)%n", cadastre);
    } else {
      long t0 = System.nanoTime();
      writeCadastre(cadastre);
      System.out.printf(
          Locale.ROOT,
          "cadastre: %,d parcels written to %s in %.1f s (%,.0f MB)%n",
          parcels,
          cadastre,
          seconds(t0),
          Files.size(cadastre) / 1e6);
    }
    ParcelEstimateJob.Inputs in = inputs(LocalDate.of(2026, 11, 1));
    System.gc();
    Memory.resetPeaks();
    long p0 = System.nanoTime();
    ParcelEstimator estimator = ParcelEstimateJob.estimator(in);
    double pricingS = seconds(p0);
    if (sparkInputs) {
      SparkInputs.write(estimator, in.regions(), dir); // not timed
      System.out.printf(
          Locale.ROOT, "Spark inputs: %s, %s%n", SparkInputs.AREAS, SparkInputs.UNITS);
    }
    Path out = dir.resolve("estimates.gpkg");
    Path summary = dir.resolve("estimates-summary.csv");
    long start = System.nanoTime();
    long[] step = {0};
    ParcelEstimateJob.Result r;
    try (ParcelEstimateJob.Source source = ParcelEstimation.cadastre(cadastre)) {
      r =
          ParcelEstimateJob.run(
              estimator,
              in.regions(),
              source,
              out,
              summary,
              (done, total) -> {
                if (done * 10 / Math.max(1, total) > step[0]) {
                  step[0] = done * 10 / Math.max(1, total);
                  System.out.printf(
                      Locale.ROOT,
                      "  %,d / %,d parcels, %.0f s%n",
                      done,
                      total,
                      pricingS + seconds(start));
                }
              });
    }
    report(r, pricingS, pricingS + seconds(start), out, summary);
    return 0;
  }

  /** The national register's areas, teams, accreditations and regions, generated. */
  private ParcelEstimateJob.Inputs inputs(LocalDate today) {
    long g0 = System.nanoTime();
    DemoParameters national = DemoParameters.national();
    DemoDataSet data =
        DemoDataGenerator.generate(
            new DemoParameters(
                seed,
                national.hazardousAreas(),
                national.evidence(),
                national.settlements(),
                national.roadSegments(),
                1,
                national.infrastructure(),
                national.recoveryProjects(),
                national.operators(),
                national.teams(),
                national.historyDays()),
            today);
    System.out.printf(
        Locale.ROOT,
        "register: %,d hazardous areas, %,d teams, %,d accreditations (generated in %.1f s)%n",
        data.hazardousAreas().size(),
        data.teams().size(),
        data.accreditations().size(),
        seconds(g0));
    CriteriaParameters params = ProfileCatalog.builtIn(profile).criteriaParameters(today);
    return new ParcelEstimateJob.Inputs(
        data.hazardousAreas(),
        java.util.Map.of(),
        data.teams(),
        data.accreditations(),
        data.regions(),
        params,
        today,
        ParcelEstimation.NEAREST_TEAMS);
  }

  private static void report(
      ParcelEstimateJob.Result r, double pricingS, double s, Path out, Path summary)
      throws java.io.IOException {
    long peak = Memory.peakHeapBytes();
    ParcelEstimateJob.SummaryRow all = r.summary().get(0);
    System.out.printf(
        Locale.ROOT,
        "estimates: %,d parcels, %,d affected (%,.0f ha hazardous, US$%,.0f expected cost,"
            + " %,.0f team-days, US$%,.0f a year of crops locked); %,d summary rows%n",
        r.parcels(),
        r.affected(),
        all.hazardHa(),
        all.costUsd(),
        all.teamDays(),
        all.valueLockedUsd(),
        r.summary().size());
    double scaledS = pricingS + (s - pricingS) * TARGET_PARCELS / r.parcels();
    System.out.printf(
        Locale.ROOT,
        "time: %.1f s (pricing the hazardous areas %.1f s, then %,.0f parcels/s)   target for %,d parcels <= %.0f s  %s%n",
        s,
        pricingS,
        r.parcels() / (s - pricingS),
        TARGET_PARCELS,
        TARGET_S,
        r.parcels() >= TARGET_PARCELS
            ? verdict(s <= TARGET_S)
            : r.parcels() >= TARGET_PARCELS / 20
                ? String.format(
                    Locale.ROOT, "(%.0f s at this rate: %s)", scaledS, verdict(scaledS <= TARGET_S))
                : "(too few parcels to judge)");
    System.out.printf(
        Locale.ROOT,
        "heap: peak %.2f GiB (max heap %.2f GiB), peak resident %.2f GiB   target <= %.0f GiB  %s%n",
        Memory.gib(peak),
        Memory.gib(Runtime.getRuntime().maxMemory()),
        Memory.gib(Memory.peakResidentBytes()),
        TARGET_HEAP_GIB,
        verdict(Memory.gib(peak) <= TARGET_HEAP_GIB));
    System.out.printf(
        Locale.ROOT, "output: %s (%,.0f MB), %s%n", out, Files.size(out) / 1e6, summary);
  }

  private void writeCadastre(Path file) {
    List<Column> columns =
        List.of(
            new Column("cadastral_number", Type.TEXT),
            new Column("crop", Type.TEXT),
            new Column("value_usd_per_ha", Type.REAL));
    try (GeoPackageFeatureWriter w = GeoPackageFeatureWriter.create(file, "parcels", columns)) {
      SyntheticCadastre.generate(
          parcels, seed, p -> w.write(p.field(), p.cadastralNumber(), p.crop(), p.valueUsdPerHa()));
      w.finish();
    }
  }

  private static String verdict(boolean met) {
    return met ? "MET" : "NOT MET";
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
