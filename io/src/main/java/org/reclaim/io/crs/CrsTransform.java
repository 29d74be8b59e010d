package org.reclaim.io.crs;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.reclaim.domain.geometry.ProjectOp;

/**
 * Brings coordinates from a declared CRS into WGS84 lon/lat, the only CRS Reclaim stores, with
 * proj4j and its EPSG database. Recognised names: {@code EPSG:3857}, bare {@code 3857}, {@code
 * urn:ogc:def:crs:EPSG::3857} (with or without a version), {@code
 * http://www.opengis.net/def/crs/EPSG/0/3857}; {@code CRS84}, {@code
 * urn:ogc:def:crs:OGC:1.3:CRS84}, {@code WGS84} and {@code EPSG:4326} mean WGS84 (read as lon/lat,
 * the GeoJSON axis order).
 *
 * <p>Not thread safe (reuses coordinate buffers): one per import.
 */
public final class CrsTransform {
  private static final CRSFactory CRS_FACTORY = new CRSFactory();
  private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();

  private final String name;
  private final @Nullable CoordinateTransform transform;
  private final ProjCoordinate in = new ProjCoordinate();
  private final ProjCoordinate out = new ProjCoordinate();

  private CrsTransform(String name, @Nullable CoordinateTransform transform) {
    this.name = name;
    this.transform = transform;
  }

  /** The identity: coordinates are WGS84 lon/lat already. */
  public static CrsTransform wgs84() {
    return new CrsTransform("EPSG:4326", null);
  }

  /**
   * The transform from the CRS named {@code declared} to WGS84, or {@link #wgs84()} when it is
   * WGS84 already.
   *
   * @throws UnknownCrsException when the name is not recognised or the EPSG code is not in the
   *     database
   */
  public static CrsTransform from(String declared) throws UnknownCrsException {
    String code = epsgCode(declared);
    if (code == null) {
      throw new UnknownCrsException(
          "unknown coordinate reference system '"
              + declared
              + "'; give an EPSG code such as EPSG:3857 or EPSG:32636, or use WGS84 (EPSG:4326)");
    }
    if (code.equals("4326")) {
      return wgs84();
    }
    try {
      CoordinateReferenceSystem source = CRS_FACTORY.createFromName("EPSG:" + code);
      CoordinateReferenceSystem target = CRS_FACTORY.createFromName("EPSG:4326");
      return new CrsTransform("EPSG:" + code, TRANSFORMS.createTransform(source, target));
    } catch (RuntimeException e) { // proj4j's UnknownAuthorityCodeException, UnsupportedParameter
      throw new UnknownCrsException(
          "unknown coordinate reference system '"
              + declared
              + "': EPSG:"
              + code
              + " is not in the EPSG database or cannot be transformed to WGS84 ("
              + e.getMessage()
              + ")");
    }
  }

  /**
   * The EPSG code named by {@code declared} ({@code "4326"} for every WGS84 name), or {@code null}
   * when the name is not one of the recognised forms.
   */
  static @Nullable String epsgCode(String declared) {
    String s = declared.strip().toUpperCase(Locale.ROOT);
    if (s.equals("CRS84")
        || s.equals("WGS84")
        || s.equals("OGC:CRS84")
        || (s.startsWith("URN:OGC:DEF:CRS:OGC:") && s.endsWith(":CRS84"))
        || (s.contains("OPENGIS.NET/DEF/CRS/OGC/") && s.endsWith("/CRS84"))) {
      return "4326";
    }
    String digits = null;
    if (s.startsWith("EPSG:") && !s.startsWith("EPSG::")) {
      digits = s.substring(5);
    } else if (s.startsWith("URN:OGC:DEF:CRS:EPSG:")) {
      digits = s.substring(s.lastIndexOf(':') + 1);
    } else if (s.contains("OPENGIS.NET/DEF/CRS/EPSG/")) {
      digits = s.substring(s.lastIndexOf('/') + 1);
    } else {
      digits = s;
    }
    return !digits.isEmpty() && digits.length() <= 6 && digits.chars().allMatch(Character::isDigit)
        ? digits
        : null;
  }

  /** The declared CRS, normalised, e.g. {@code EPSG:3857}. */
  public String name() {
    return name;
  }

  /** True when coordinates pass unchanged. */
  public boolean isIdentity() {
    return transform == null;
  }

  /** {@code x, y} in the declared CRS as a WGS84 lon/lat coordinate. */
  public Coordinate toWgs84(double x, double y) {
    if (transform == null) {
      return new Coordinate(x, y);
    }
    in.x = x;
    in.y = y;
    transform.transform(in, out);
    return new Coordinate(out.x, out.y);
  }

  /** Transforms {@code geometry} to WGS84 lon/lat in place and returns it. */
  public Geometry toWgs84(Geometry geometry) {
    if (transform == null) {
      return geometry;
    }
    ProjectOp.applyInPlace(geometry, transform::transform);
    return geometry;
  }
}
