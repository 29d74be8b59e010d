package org.reclaim.domain.geometry;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The one coordinate reference system Reclaim stores geometry in: WGS84 (EPSG:4326), axis order
 * longitude, latitude. Measures in metres or square metres are never taken in this CRS; see {@link
 * AreaOp} and {@link DistanceOp}.
 *
 * <p>Thread safe: the factory is immutable.
 */
public final class Wgs84 {
  /** EPSG code of WGS84 geographic coordinates. */
  public static final int SRID = 4326;

  /** Mean Earth radius (IUGG), metres, for great-circle distances. */
  public static final double EARTH_RADIUS_M = 6_371_008.8;

  /** The factory every domain geometry is built with (floating precision, SRID 4326). */
  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

  /** Ukraine's extent with a margin, lon/lat: used to recognise swapped axes on import. */
  public static final Envelope UKRAINE_EXTENT = new Envelope(21.5, 41.0, 43.5, 53.0);

  private Wgs84() {}

  /** A point at {@code lon}, {@code lat} (degrees). */
  public static Point point(double lon, double lat) {
    return FACTORY.createPoint(new Coordinate(lon, lat));
  }

  /**
   * Great-circle (haversine) distance between two lon/lat coordinates on the mean sphere, metres.
   * Accurate to about 0.5 %, enough for plausibility checks such as vertex spacing; use {@link
   * DistanceOp} for analysis.
   */
  public static double haversineM(Coordinate a, Coordinate b) {
    double phi1 = Math.toRadians(a.y);
    double phi2 = Math.toRadians(b.y);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(b.x - a.x);
    double h =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
