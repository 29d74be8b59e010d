package org.reclaim.domain.geometry;

import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * A Lambert azimuthal equal-area projection (WGS84 ellipsoid) centred near the geometry being
 * measured. Equal-area everywhere, so areas are exact up to floating point; distances are true
 * within about 0.1 % up to 100 km from the centre, which is why the centre follows the data.
 *
 * <p>Centres are snapped to a 0.5° grid and the projections cached, so measuring many geometries in
 * one region builds the projection once. Thread safe: proj4j projections are immutable after
 * initialisation and the cache is concurrent.
 */
public final class LocalProjection {
  private static final CRSFactory CRS_FACTORY = new CRSFactory();
  private static final ConcurrentHashMap<Long, LocalProjection> CACHE = new ConcurrentHashMap<>();
  private static final GeometryFactory METRIC = new GeometryFactory(new PrecisionModel(), 0);
  private static final double GRID_DEG = 0.5;

  private final Projection projection;
  private final String proj4;

  private LocalProjection(double lon0, double lat0) {
    this.proj4 =
        "+proj=laea +lat_0=" + lat0 + " +lon_0=" + lon0 + " +ellps=WGS84 +units=m +no_defs";
    this.projection = CRS_FACTORY.createFromParameters(null, proj4).getProjection();
  }

  /**
   * This projection as a PROJ string, e.g. for a PostGIS {@code spatial_ref_sys} entry that must
   * measure exactly as Reclaim does.
   */
  public String proj4() {
    return proj4;
  }

  /** The cached projection whose centre is nearest to {@code lon}, {@code lat} on a 0.5° grid. */
  public static LocalProjection near(double lon, double lat) {
    double lon0 = Math.round(lon / GRID_DEG) * GRID_DEG;
    double lat0 = Math.round(lat / GRID_DEG) * GRID_DEG;
    long key = (Math.round(lon0 / GRID_DEG) << 32) ^ (Math.round(lat0 / GRID_DEG) & 0xffffffffL);
    return CACHE.computeIfAbsent(key, k -> new LocalProjection(lon0, lat0));
  }

  /** The projection centred near the middle of {@code geometry}'s envelope. */
  public static LocalProjection forGeometry(Geometry geometry) {
    Coordinate c = geometry.getEnvelopeInternal().centre();
    return near(c.x, c.y);
  }

  /** Projects one lon/lat coordinate (degrees) to metres east/north of the centre. */
  public Coordinate project(Coordinate lonLat) {
    ProjCoordinate out = new ProjCoordinate();
    projection.project(new ProjCoordinate(lonLat.x, lonLat.y), out);
    return new Coordinate(out.x, out.y);
  }

  /** Back from metres east/north of the centre to lon/lat (degrees). */
  public Coordinate unproject(Coordinate metres) {
    ProjCoordinate out = new ProjCoordinate();
    projection.inverseProject(new ProjCoordinate(metres.x, metres.y), out);
    return new Coordinate(out.x, out.y);
  }

  /**
   * Projects interleaved lon/lat pairs (degrees) to metres east/north of the centre, in place:
   * {@code xy[2i]}, {@code xy[2i + 1]}. For bulk work that should not allocate a coordinate per
   * point.
   */
  public void projectInPlace(double[] xy) {
    ProjCoordinate in = new ProjCoordinate();
    ProjCoordinate out = new ProjCoordinate();
    for (int i = 0; i + 1 < xy.length; i += 2) {
      in.x = xy[i];
      in.y = xy[i + 1];
      projection.project(in, out);
      xy[i] = out.x;
      xy[i + 1] = out.y;
    }
  }

  /** A copy of {@code geometry} in this projection's metres (SRID 0). */
  public Geometry project(Geometry geometry) {
    return ProjectOp.applyInPlace(METRIC.createGeometry(geometry), projection::project);
  }

  /** A copy of {@code metric}, in this projection's metres, back in WGS84 lon/lat. */
  public Geometry unproject(Geometry metric) {
    return ProjectOp.applyInPlace(Wgs84.FACTORY.createGeometry(metric), projection::inverseProject);
  }
}
