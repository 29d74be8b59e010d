package org.reclaim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national criteria on Spark + Sedona equal Reclaim's own on the same snapshot: the fixture
 * ({@code reclaim.fixture}/criteria, written by {@code ./reclaim bench prioritise --spark-inputs})
 * holds the layers, parameters and frame, and Reclaim's values of every area's spatial criteria.
 * Tolerance as in the PostGIS comparison of {@code reclaim bench prioritise}: 0.1 % of the larger
 * value or one unit; roads 10 m (both buffer the area with JTS, but the length of a road grazing
 * the rounded corner depends on the chords).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalCriteriaSparkJobTest {
  private SparkSession spark;
  private Path input;
  private Path out;
  private long areas;

  @BeforeAll
  void runTheJob(@TempDir Path tmp) throws IOException {
    input = Path.of(System.getProperty("reclaim.fixture", "target/fixture"), "criteria");
    assertTrue(
        Files.isRegularFile(input.resolve("reclaim-criteria.csv")),
        "no fixture in "
            + input.toAbsolutePath()
            + ": write it with ./reclaim bench prioritise --scale 0.01 --runs 1 --updates 0"
            + " --spark-inputs "
            + input.getParent());
    spark = LocalSpark.start("reclaim-criteria-test");
    out = tmp.resolve("out");
    long start = System.nanoTime();
    areas = NationalCriteriaSparkJob.run(spark, input.toString(), out.toString());
    System.out.printf(
        "Spark local mode: criteria of %,d areas in %.1f s%n",
        areas, (System.nanoTime() - start) / 1e9);
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void everyAreasCriteriaAreReclaimsOwn() throws IOException {
    List<String> reclaim = Files.readAllLines(input.resolve("reclaim-criteria.csv"));
    String[] keys = reclaim.get(0).split(",");
    Map<String, Row> byArea = new HashMap<>();
    spark
        .read()
        .option("header", "true")
        .csv(out + "/criteria")
        .collectAsList()
        .forEach(r -> byArea.put(r.getString(0), r));
    assertEquals(reclaim.size() - 1, areas, "areas");
    assertTrue(areas > 500, "areas in the fixture: " + areas);
    int nonZero = 0;
    StringBuilder wrong = new StringBuilder();
    int beyond = 0;
    for (String line : reclaim.subList(1, reclaim.size())) {
      String[] cells = line.split(",");
      Row row = byArea.get(cells[0]);
      assertTrue(row != null, "Spark has no row for area " + cells[0]);
      for (int c = 1; c < keys.length; c++) {
        double expected = Double.parseDouble(cells[c]);
        double actual = Double.parseDouble(row.getString(row.fieldIndex(keys[c])));
        double unit = keys[c].equals("roads_blocked_m") ? 10 : 1;
        double larger = Math.max(Math.abs(expected), Math.abs(actual));
        nonZero += expected != 0 ? 1 : 0;
        if (Math.abs(expected - actual) > Math.max(1e-3 * larger, unit)) {
          beyond++;
          if (wrong.length() < 600) {
            wrong.append(
                String.format(
                    "area %s %s: Reclaim %s, Spark %s; ", cells[0], keys[c], expected, actual));
          }
        }
      }
    }
    assertTrue(nonZero > 1000, "non-zero figures compared: " + nonZero);
    assertEquals(0, beyond, "figures beyond tolerance, e.g. " + wrong);
  }
}
