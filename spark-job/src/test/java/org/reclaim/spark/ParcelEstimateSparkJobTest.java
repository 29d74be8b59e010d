package org.reclaim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark + Sedona edition gives the single-machine engine's numbers on the same inputs: the
 * fixture ({@code reclaim.fixture}) holds a synthetic cadastre, the priced areas and units Reclaim
 * exported for it, and Reclaim's own estimates and summary of it ({@code ./reclaim bench parcels
 * --spark-inputs}; {@code ./reclaim test} writes it before running this test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParcelEstimateSparkJobTest {
  /**
   * Relative difference allowed: both measure in the same frame with the same library (proj4j),
   * Reclaim by its own convex clipping, Sedona by JTS overlay.
   */
  private static final double RELATIVE = 1e-6;

  private SparkSession spark;
  private Path fixture;
  private Path out;
  private long parcels;
  private double seconds;

  @BeforeAll
  void runTheJobOnTheFixture(@TempDir Path tmp) throws IOException {
    fixture = Path.of(System.getProperty("reclaim.fixture", "target/fixture"));
    assertTrue(
        Files.isRegularFile(fixture.resolve("estimates-summary.csv")),
        "no fixture in "
            + fixture.toAbsolutePath()
            + ": write it with ./reclaim bench parcels --parcels 30000 --dir "
            + fixture
            + " --spark-inputs");
    spark = LocalSpark.start("reclaim-parcel-estimates-test");
    out = tmp.resolve("out");
    long start = System.nanoTime();
    parcels =
        ParcelEstimateSparkJob.run(
            spark,
            cadastre().toString(),
            fixture.resolve("areas.gpkg").toString(),
            fixture.resolve("units.gpkg").toString(),
            Files.readString(fixture.resolve("frame.proj4")).strip(),
            out.toString());
    seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("Spark local mode: %,d parcels in %.1f s%n", parcels, seconds);
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private Path cadastre() throws IOException {
    try (Stream<Path> files = Files.list(fixture)) {
      return files
          .filter(f -> f.getFileName().toString().matches("cadastre-.*\\.gpkg"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static boolean close(double a, double b, double absolute) {
    return Math.abs(a - b) <= Math.max(absolute, RELATIVE * Math.max(Math.abs(a), Math.abs(b)));
  }

  @Test
  void theSummaryByOblastRaionAndHromadaIsReclaimsOwn() throws IOException {
    List<String> reclaim = Files.readAllLines(fixture.resolve("estimates-summary.csv"));
    Dataset<Row> spark =
        this.spark.read().option("header", "true").option("inferSchema", "false").csv(out + "/summary");
    Map<String, Row> byUnit = new HashMap<>();
    spark.collectAsList().forEach(r -> byUnit.put(r.getString(0) + " " + r.getString(1), r));
    assertEquals(reclaim.size() - 1, byUnit.size(), "summary rows");
    assertEquals(String.join(",", spark.columns()), reclaim.get(0), "summary columns");
    int compared = 0;
    for (String line : reclaim.subList(1, reclaim.size())) {
      String[] cells = line.split(",", -1);
      Row row = byUnit.get(cells[0] + " " + cells[1]);
      assertTrue(row != null, "Spark has no summary row for " + cells[0] + " " + cells[1]);
      assertEquals(cells[2], row.getString(2), "name of " + cells[1]);
      for (int c = 3; c < cells.length; c++) {
        double expected = Double.parseDouble(cells[c]);
        double actual = Double.parseDouble(row.getString(c));
        assertTrue(
            close(expected, actual, 0.02),
            cells[1] + " " + spark.columns()[c] + ": Reclaim " + expected + ", Spark " + actual);
        compared++;
      }
    }
    assertTrue(compared > 100, "compared " + compared + " figures");
  }

  @Test
  void everyParcelHasReclaimsFigures() {
    Dataset<Row> reclaim =
        spark
            .read()
            .format("geopackage")
            .option("tableName", "parcel_estimates")
            .load(fixture.resolve("estimates.gpkg").toString());
    Dataset<Row> sedona = spark.read().format("geoparquet").load(out + "/parcel_estimates");
    reclaim.createOrReplaceTempView("reclaim");
    sedona.createOrReplaceTempView("sedona");
    assertEquals(reclaim.count(), parcels, "parcels");
    long affected = spark.sql("SELECT * FROM reclaim WHERE hazard_m2 > 0").count();
    assertTrue(affected > 100, "affected parcels in the fixture: " + affected);
    String differs =
        "abs(r.%1$s - s.%1$s) > greatest(%2$s, %3$s * greatest(abs(r.%1$s), abs(s.%1$s)))";
    StringBuilder where = new StringBuilder("s.cadastral_number IS NULL");
    for (String column :
        List.of(
            "parcel_m2", "hazard_m2", "cost_usd", "team_days", "value_locked_usd", "likelihood")) {
      where.append(" OR ").append(String.format(differs, column, "0.01", RELATIVE));
    }
    where.append(" OR r.hazardous_areas != s.hazardous_areas");
    where.append(" OR coalesce(r.oblast, '') != coalesce(s.oblast, '')");
    where.append(" OR coalesce(r.raion, '') != coalesce(s.raion, '')");
    where.append(" OR coalesce(r.method, '') != coalesce(s.method, '')");
    Dataset<Row> mismatches =
        spark.sql(
            "SELECT r.cadastral_number, r.hazard_m2, s.hazard_m2, r.hazardous_areas,"
                + " s.hazardous_areas, r.cost_usd, s.cost_usd, r.team_days, s.team_days,"
                + " r.likelihood, s.likelihood, r.method, s.method, r.oblast, s.oblast, r.raion,"
                + " s.raion FROM reclaim r LEFT JOIN sedona s"
                + " ON s.cadastral_number = r.cadastral_number WHERE "
                + where);
    List<Row> wrong = mismatches.limit(5).collectAsList();
    assertEquals(0, mismatches.count(), "parcels whose figures differ, e.g. " + wrong);
  }
}
