package org.reclaim.planner.problem;

/**
 * A point in WGS84, longitude then latitude, in degrees.
 *
 * <p>Distances between points use the haversine formula on a sphere of mean Earth radius; for the
 * tens to hundreds of kilometres between mine action sites this is within about 0.5 % of the
 * ellipsoidal distance, which is well inside the uncertainty of road travel it stands in for.
 *
 * @param lon longitude, degrees in [-180, 180]
 * @param lat latitude, degrees in [-90, 90]
 */
public record GeoPoint(double lon, double lat) {
  /** Mean Earth radius (IUGG), km. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("GeoPoint.lon: " + lon + " is not in [-180, 180]");
    }
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("GeoPoint.lat: " + lat + " is not in [-90, 90]");
    }
  }

  /** Great-circle distance to {@code other}, km; finite and {@code >= 0}. */
  public double distanceKm(GeoPoint other) {
    return distanceKm(lon, lat, other.lon, other.lat);
  }

  /** Great-circle distance between two lon/lat pairs in degrees, km. */
  public static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
