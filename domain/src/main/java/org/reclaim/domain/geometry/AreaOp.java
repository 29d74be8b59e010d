package org.reclaim.domain.geometry;

import org.locationtech.jts.geom.Geometry;

/**
 * Area of a WGS84 polygon in square metres, computed in a {@link LocalProjection} (Lambert
 * azimuthal equal-area), never in degrees. Points and lines have area 0.
 *
 * <p>Contract: result is finite and {@code >= 0}. Thread safe.
 */
public final class AreaOp {
  private AreaOp() {}

  /** Area of {@code geometry} in m². */
  public static double areaM2(Geometry geometry) {
    if (geometry.isEmpty() || geometry.getDimension() < 2) {
      return 0;
    }
    return LocalProjection.forGeometry(geometry).project(geometry).getArea();
  }
}
