package org.reclaim.spark;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.sedona.spark.SedonaContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The spatial criteria of Reclaim's national ranking ({@code CriteriaOp}: population exposed,
 * distance to the nearest settlement, infrastructure and roads blocked, agricultural area and
 * value, recovery budget, accident severity, evidence density, direct evidence) as Apache Sedona
 * spatial joins, for registers beyond one machine. Reads the snapshot Reclaim writes ({@code
 * SparkCriteriaInputs}: one GeoPackage per layer, the parameters, the equal-area frame) and writes
 * one row per hazardous area ({@code OUT/criteria}, CSV: {@code area_id} and the criteria keys).
 *
 * <p>The formulas are Reclaim's (docs/prioritisation.md), measured in Reclaim's frame: distances
 * from the area's polygon (0 inside), settlements' population decayed as {@code exp(-d / decay)}
 * within the settlement radius, the nearest settlement capped at its limit, roads inside the area
 * buffered, parcels' overlap, recovery projects not done within their buffer, accidents weighted by
 * casualties and halved every half-life, evidence reliability per km² (at least 0.01 km²), direct
 * evidence or a confirmed area.
 *
 * <p>{@code spark-submit --class org.reclaim.spark.NationalCriteriaSparkJob reclaim-spark-job.jar
 * INPUT_DIR OUT_DIR} (the layers may be on object storage; the parameters and frame are read on the
 * driver from INPUT_DIR, which must then be local).
 */
public final class NationalCriteriaSparkJob {
  static final String[] LAYERS = {
    "hazardous_areas",
    "settlements",
    "infrastructure",
    "roads",
    "parcels",
    "recovery_projects",
    "evidence"
  };

  private NationalCriteriaSparkJob() {}

  /** Entry point for {@code spark-submit}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: NationalCriteriaSparkJob INPUT_DIR OUT_DIR");
      System.exit(2);
    }
    SparkSession spark =
        SedonaContext.create(SparkSession.builder().appName("reclaim-criteria").getOrCreate());
    long start = System.nanoTime();
    long areas = run(spark, args[0], args[1]);
    System.out.printf(
        "criteria of %,d areas in %.1f s; wrote %s%n",
        areas, (System.nanoTime() - start) / 1e9, args[1]);
    spark.stop();
  }

  /**
   * Computes the criteria of every area in {@code input} (a {@code SparkCriteriaInputs} directory)
   * and writes {@code out}/criteria.
   *
   * @return the number of areas
   */
  public static long run(SparkSession spark, String input, String out) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(Path.of(input, "parameters.properties"))));
    EqualAreaFrame.register(spark, Files.readString(Path.of(input, "frame.proj4")).strip());
    for (String layer : LAYERS) {
      spark
          .read()
          .format("geopackage")
          .option("tableName", "layer")
          .load(input + "/" + layer + ".gpkg")
          .selectExpr("*", "reclaim_project(geom) AS m")
          .createOrReplaceTempView(layer);
    }
    Dataset<Row> criteria = spark.sql(query(p)).cache();
    long n = criteria.count();
    criteria
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("header", "true")
        .csv(out + "/criteria");
    criteria.unpersist();
    return n;
  }

  /** One row per area: a left join of each criterion's spatial join on the areas. */
  static String query(Properties p) {
    String asOf = "DATE'" + p.getProperty("asOf") + "'";
    double limit = Double.parseDouble(p.getProperty("nearestSettlementLimitM"));
    return "WITH a AS (SELECT area_id, hazard_class, m, ST_Area(m) AS m2 FROM hazardous_areas),"
        + " pop AS (SELECT a.area_id, SUM(s.population * EXP(-ST_Distance(a.m, s.m) / "
        + p.getProperty("populationDecayM")
        + ")) AS v FROM a JOIN settlements s ON ST_DWithin(a.m, s.m, "
        + p.getProperty("settlementRadiusM")
        + ") GROUP BY a.area_id),"
        + " near AS (SELECT a.area_id, MIN(ST_Distance(a.m, s.m)) AS v FROM a JOIN settlements s"
        + " ON ST_DWithin(a.m, s.m, "
        + limit
        + ") GROUP BY a.area_id),"
        + " infra AS (SELECT a.area_id, COUNT(*) AS v FROM a JOIN infrastructure i"
        + " ON ST_DWithin(a.m, i.m, "
        + p.getProperty("infrastructureBufferM")
        + ") GROUP BY a.area_id),"
        + " b AS (SELECT area_id, ST_Buffer(m, "
        + p.getProperty("roadBufferM")
        + ") AS g FROM a),"
        + " road AS (SELECT b.area_id, SUM(ST_Length(ST_Intersection(r.m, b.g))) AS v FROM b"
        + " JOIN roads r ON ST_Intersects(b.g, r.m) GROUP BY b.area_id),"
        + " farm AS (SELECT area_id, SUM(x) AS area_m2, SUM(x / 10000 * value_usd_per_ha) AS usd"
        + " FROM (SELECT a.area_id, ST_Area(ST_Intersection(a.m, q.m)) AS x, q.value_usd_per_ha"
        + " FROM a JOIN parcels q ON ST_Intersects(a.m, q.m)) GROUP BY area_id),"
        + " rec AS (SELECT a.area_id, SUM(r.budget_usd) AS v FROM a JOIN recovery_projects r"
        + " ON ST_DWithin(a.m, r.m, "
        + p.getProperty("recoveryBufferM")
        + ") WHERE r.status <> 'DONE' GROUP BY a.area_id),"
        + " acc AS (SELECT a.area_id, SUM((1 + e.casualties) * POWER(0.5, DATEDIFF("
        + asOf
        + ", TO_DATE(e.observed_on)) / "
        + p.getProperty("accidentHalfLifeDays")
        + ")) AS v FROM a JOIN evidence e ON ST_DWithin(a.m, e.m, "
        + p.getProperty("accidentRadiusM")
        + ") WHERE e.type = 'ACCIDENT' AND TO_DATE(e.observed_on) <= "
        + asOf
        + " GROUP BY a.area_id),"
        + " ev AS (SELECT a.area_id, SUM(e.reliability) AS v,"
        + " MAX(CASE WHEN e.evidence_class = 'DIRECT' THEN 1 ELSE 0 END) AS direct"
        + " FROM a JOIN evidence e ON ST_DWithin(a.m, e.m, "
        + p.getProperty("evidenceBufferM")
        + ") WHERE TO_DATE(e.observed_on) <= "
        + asOf
        + " GROUP BY a.area_id)"
        + " SELECT a.area_id,"
        + " COALESCE(pop.v, 0D) AS population_exposed,"
        + " LEAST(COALESCE(near.v, "
        + limit
        + "), "
        + limit
        + ") AS distance_to_settlement_m,"
        + " CAST(COALESCE(infra.v, 0) AS DOUBLE) AS infrastructure_blocked,"
        + " COALESCE(road.v, 0D) AS roads_blocked_m,"
        + " COALESCE(farm.area_m2, 0D) AS agricultural_area_m2,"
        + " COALESCE(farm.usd, 0D) AS agricultural_value_usd,"
        + " COALESCE(rec.v, 0D) AS recovery_budget_usd,"
        + " COALESCE(acc.v, 0D) AS accident_severity,"
        + " COALESCE(ev.v, 0D) / GREATEST(a.m2 / 1000000, 0.01) AS evidence_density,"
        + " CASE WHEN a.hazard_class = 'CHA' OR COALESCE(ev.direct, 0) = 1 THEN 1D ELSE 0D END"
        + " AS direct_evidence"
        + " FROM a LEFT JOIN pop ON pop.area_id = a.area_id"
        + " LEFT JOIN near ON near.area_id = a.area_id"
        + " LEFT JOIN infra ON infra.area_id = a.area_id"
        + " LEFT JOIN road ON road.area_id = a.area_id"
        + " LEFT JOIN farm ON farm.area_id = a.area_id"
        + " LEFT JOIN rec ON rec.area_id = a.area_id"
        + " LEFT JOIN acc ON acc.area_id = a.area_id"
        + " LEFT JOIN ev ON ev.area_id = a.area_id";
  }
}
