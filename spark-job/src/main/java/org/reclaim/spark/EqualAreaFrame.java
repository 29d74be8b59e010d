package org.reclaim.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.sedona_sql.UDT.GeometryUDT;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * The equal-area frame Reclaim measures in (a Lambert azimuthal equal-area projection given as a
 * PROJ string, {@code frame.proj4}), as the SQL function {@code reclaim_project(geom)}: the same
 * library (proj4j) and the same string as the single-machine engine, so both measure alike.
 *
 * <p>Sedona's {@code ST_Transform} would take the frame as CRS WKT, but parses that text again for
 * every row (a lock held the while): on a million parcels it did not finish in minutes. Here the
 * projection is built once per executor JVM and string.
 */
final class EqualAreaFrame {
  private static final CRSFactory CRS = new CRSFactory();
  private static final Map<String, Projection> PROJECTIONS = new ConcurrentHashMap<>();

  private EqualAreaFrame() {}

  /** Registers {@code reclaim_project} for {@code proj4}. */
  static void register(SparkSession spark, String proj4) {
    CRS.createFromParameters(null, proj4); // refuse a bad string on the driver, before any task
    spark
        .udf()
        .register(
            "reclaim_project",
            (UDF1<Geometry, Geometry>) g -> g == null ? null : project(proj4, g),
            new GeometryUDT());
  }

  /** A copy of lon/lat {@code g} in the frame's metres. */
  static Geometry project(String proj4, Geometry g) {
    Projection p =
        PROJECTIONS.computeIfAbsent(proj4, s -> CRS.createFromParameters(null, s).getProjection());
    Geometry out = g.copy();
    out.apply(
        new CoordinateSequenceFilter() {
          private final ProjCoordinate in = new ProjCoordinate();
          private final ProjCoordinate res = new ProjCoordinate();

          @Override
          public void filter(CoordinateSequence seq, int i) {
            in.x = seq.getX(i);
            in.y = seq.getY(i);
            p.project(in, res);
            seq.setOrdinate(i, 0, res.x);
            seq.setOrdinate(i, 1, res.y);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    out.setSRID(0);
    return out;
  }
}
