package org.reclaim.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.sedona.spark.SedonaContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Reclaim's parcel-level estimate ({@code reclaim estimate parcels}) as Apache Sedona spatial joins
 * on Apache Spark, for cadastres beyond one machine. It reads what Reclaim writes — the cadastre
 * GeoPackage, the priced hazardous areas and the administrative units ({@code SparkInputs}) — and
 * writes what Reclaim writes: one row per parcel (GeoParquet, the columns of Reclaim's {@code
 * parcel_estimates} table) and the summary by oblast, raion and hromada (CSV, the same columns).
 *
 * <p>The same rules as the single-machine engine: a parcel's hazardous part is its overlap with
 * each area, measured in the same equal-area frame (the Lambert azimuthal equal-area projection
 * Reclaim writes as {@code frame.proj4}); its cost and team-days
 * are {@code Σ overlap × rate}; its likelihood the highest probability among the areas; its method
 * that of the largest overlap (ties to the lower area id); its unit the deepest one holding the
 * centre of its bounding box (ties to the lower region id).
 *
 * <p>{@code spark-submit --class org.reclaim.spark.ParcelEstimateSparkJob reclaim-spark-job.jar
 * CADASTRE.gpkg AREAS.gpkg UNITS.gpkg FRAME.proj4 OUT_DIR} (the GeoPackages and the output may be on
 * object storage, e.g. {@code s3a://}; the frame is read on the driver).
 */
public final class ParcelEstimateSparkJob {
  /** Overlaps up to 1 dm² are boundary noise, not overlaps (as in Reclaim's ParcelEstimator). */
  static final double MIN_OVERLAP_M2 = 0.01;

  private ParcelEstimateSparkJob() {}

  /** Entry point for {@code spark-submit}. */
  public static void main(String[] args) {
    if (args.length != 5) {
      System.err.println(
          "usage: ParcelEstimateSparkJob CADASTRE.gpkg AREAS.gpkg UNITS.gpkg FRAME.proj4 OUT_DIR");
      System.exit(2);
    }
    String frame;
    try {
      frame = java.nio.file.Files.readString(java.nio.file.Path.of(args[3])).strip();
    } catch (java.io.IOException e) {
      System.err.println("cannot read the frame " + args[3] + ": " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark =
        SedonaContext.create(SparkSession.builder().appName("reclaim-parcel-estimates").getOrCreate());
    long start = System.nanoTime();
    long parcels = run(spark, args[0], args[1], args[2], frame, args[4]);
    System.out.printf(
        "%,d parcels estimated in %.1f s; wrote %s%n",
        parcels, (System.nanoTime() - start) / 1e9, args[4]);
    spark.stop();
  }

  /**
   * Estimates every parcel of {@code cadastre}; writes {@code out}/parcel_estimates (GeoParquet)
   * and {@code out}/summary (one CSV file with a header).
   *
   * @param frame the equal-area frame to measure in, a PROJ string
   * @return the number of parcels
   */
  public static long run(
      SparkSession spark, String cadastre, String areas, String units, String frame, String out) {
    EqualAreaFrame.register(spark, frame);
    Dataset<Row> estimates = estimates(spark, cadastre, areas, units, frame).cache();
    long n = estimates.count();
    estimates.write().mode(SaveMode.Overwrite).format("geoparquet").save(out + "/parcel_estimates");
    summary(spark, estimates)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("header", "true")
        .csv(out + "/summary");
    estimates.unpersist();
    return n;
  }

  /** One row per parcel, in the columns of Reclaim's {@code parcel_estimates}. */
  static Dataset<Row> estimates(
      SparkSession spark, String cadastre, String areas, String units, String frame) {
    read(spark, cadastre, "parcels").createOrReplaceTempView("cadastre");
    read(spark, areas, "priced_areas").createOrReplaceTempView("priced_areas");
    read(spark, units, "units").createOrReplaceTempView("units");
    Map<String, String> views = new LinkedHashMap<>();
    views.put(
        "p",
        "SELECT coalesce(cadastral_number, concat('fid ', fid)) AS ref, value_usd_per_ha, geom,"
            + " reclaim_project(geom) AS m,"
            + " ST_Centroid(ST_Envelope(geom)) AS centre FROM cadastre");
    views.put(
        "a",
        "SELECT area_id, code, probability, method, usd_per_m2, days_per_m2, unaccredited, geom,"
            + " reclaim_project(geom) AS m FROM priced_areas");
    // the spatial join: every parcel with every area it intersects
    views.put(
        "overlap",
        "SELECT * FROM (SELECT p.ref, a.area_id, a.code, a.probability, a.method, a.usd_per_m2,"
            + " a.days_per_m2, a.unaccredited, ST_Area(ST_Intersection(p.m, a.m)) AS m2"
            + " FROM p JOIN a ON ST_Intersects(p.geom, a.geom)) WHERE m2 > " + MIN_OVERLAP_M2);
    views.put(
        "hazard",
        "SELECT ref, sum(m2) AS hazard_m2, count(*) AS hazardous_areas,"
            + " max(probability) AS likelihood,"
            + " sum(CASE WHEN method IS NULL THEN 0 ELSE m2 * usd_per_m2 END) AS cost_usd,"
            + " sum(CASE WHEN method IS NULL THEN 0 ELSE m2 * days_per_m2 END) AS team_days,"
            + " sum(CASE WHEN method IS NULL THEN m2 ELSE 0 END) AS unpriced_m2,"
            + " max(unaccredited) AS unaccredited,"
            + " sort_array(collect_list(struct(-m2 AS neg_m2, area_id, code, method))) AS ranked"
            + " FROM overlap GROUP BY ref");
    // the units: the deepest one holding the centre of the parcel's bounding box
    views.put(
        "located",
        "SELECT ref, min_by(struct(oblast, raion, hromada), region_id) AS unit FROM"
            + " (SELECT p.ref, u.region_id, u.oblast, u.raion, u.hromada FROM p JOIN units u"
            + " ON ST_Intersects(u.geom, p.centre)) GROUP BY ref");
    views.forEach((name, sql) -> spark.sql(sql).createOrReplaceTempView(name));
    return spark.sql(
        "SELECT p.ref AS cadastral_number, l.unit.oblast AS oblast, l.unit.raion AS raion,"
            + " l.unit.hromada AS hromada, ST_Area(p.m) AS parcel_m2,"
            + " coalesce(h.hazard_m2, 0D) AS hazard_m2,"
            + " CASE WHEN ST_Area(p.m) <= 0 THEN 0D"
            + " ELSE least(1D, coalesce(h.hazard_m2, 0D) / ST_Area(p.m)) END AS hazard_share,"
            + " coalesce(h.hazardous_areas, 0L) AS hazardous_areas,"
            + " CASE WHEN h.ref IS NULL THEN NULL ELSE"
            + " concat_ws(';', slice(transform(h.ranked, x -> x.code), 1, 10)) END AS area_codes,"
            + " coalesce(h.likelihood, 0D) AS likelihood, h.ranked[0].method AS method,"
            + " coalesce(h.cost_usd, 0D) AS cost_usd, coalesce(h.team_days, 0D) AS team_days,"
            + " coalesce(h.hazard_m2, 0D) / 10000 * p.value_usd_per_ha AS value_locked_usd,"
            + " coalesce(h.unpriced_m2, 0D) AS unpriced_m2,"
            + " coalesce(h.unaccredited, 0L) AS unaccredited, p.geom AS geom"
            + " FROM p LEFT JOIN hazard h ON h.ref = p.ref LEFT JOIN located l ON l.ref = p.ref");
  }

  /** Totals for the country, then per oblast, raion and hromada (Reclaim's summary columns). */
  static Dataset<Row> summary(SparkSession spark, Dataset<Row> estimates) {
    estimates.createOrReplaceTempView("estimates");
    String totals =
        "count(*) AS parcels, sum(CASE WHEN hazard_m2 > 0 THEN 1 ELSE 0 END) AS affected_parcels,"
            + " sum(parcel_m2) / 10000 AS parcel_ha, sum(hazard_m2) / 10000 AS hazard_ha,"
            + " sum(cost_usd) AS cost_usd, sum(team_days) AS team_days,"
            + " sum(value_locked_usd) AS value_locked_usd, sum(unpriced_m2) / 10000 AS unpriced_ha";
    return spark.sql(
        "SELECT 'country' AS level, 'ALL' AS code, 'All parcels' AS name, "
            + totals
            + " FROM estimates"
            + unitTotals("oblast", totals)
            + unitTotals("raion", totals)
            + unitTotals("hromada", totals)
            + " ORDER BY CASE level WHEN 'country' THEN 0 WHEN 'oblast' THEN 1 WHEN 'raion' THEN 2"
            + " ELSE 3 END, code");
  }

  private static String unitTotals(String level, String totals) {
    return " UNION ALL SELECT '"
        + level
        + "' AS level, e."
        + level
        + " AS code, first(u."
        + level
        + "_name) AS name, "
        + totals
        + " FROM estimates e JOIN (SELECT DISTINCT "
        + level
        + ", "
        + level
        + "_name FROM units) u ON u."
        + level
        + " = e."
        + level
        + " GROUP BY e."
        + level;
  }

  private static Dataset<Row> read(SparkSession spark, String path, String table) {
    return spark.read().format("geopackage").option("tableName", table).load(path);
  }
}
