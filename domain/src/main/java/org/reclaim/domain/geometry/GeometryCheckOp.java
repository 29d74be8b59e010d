package org.reclaim.domain.geometry;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks a WGS84 geometry before it enters the register, after GICHD's geocheck rules for IMSMA
 * data: coordinates finite and within lon/lat ranges, axes not swapped, inside the expected extent,
 * every ring with at least 3 distinct vertices, topologically valid ({@link IsValidOp}), and no two
 * consecutive vertices absurdly far apart (a typing error in one coordinate usually shows as a
 * spike hundreds of kilometres long).
 *
 * <p>Duplicates across records are not a property of one geometry; importers check them.
 *
 * <p>Thread safe: instances are immutable.
 */
public final class GeometryCheckOp {
  /** Default largest distance between consecutive vertices, metres. */
  public static final double DEFAULT_MAX_VERTEX_SPACING_M = 50_000;

  private static final GeometryCheckOp DEFAULT =
      new GeometryCheckOp(Wgs84.UKRAINE_EXTENT, DEFAULT_MAX_VERTEX_SPACING_M);

  private final Envelope extent;
  private final double maxVertexSpacingM;

  /**
   * @param extent lon/lat box every coordinate must fall in (the country of operations)
   * @param maxVertexSpacingM largest plausible distance between consecutive vertices, metres
   */
  public GeometryCheckOp(Envelope extent, double maxVertexSpacingM) {
    this.extent = new Envelope(extent);
    this.maxVertexSpacingM = maxVertexSpacingM;
  }

  /** Checks with Ukraine's extent and a 50 km vertex spacing limit. */
  public static List<GeometryProblem> check(Geometry geometry) {
    return DEFAULT.problems(geometry);
  }

  /** Every problem found in {@code geometry}; empty when it may be stored. */
  public List<GeometryProblem> problems(Geometry geometry) {
    List<GeometryProblem> problems = new ArrayList<>();
    if (geometry == null || geometry.isEmpty()) {
      problems.add(new GeometryProblem(GeometryProblem.Kind.EMPTY, "geometry is empty", null));
      return problems;
    }
    if (!checkCoordinates(geometry, problems)) {
      return problems; // topology checks on out-of-range coordinates only repeat the same fault
    }
    if (geometry instanceof Polygonal) {
      checkRings(geometry, problems);
      if (problems.isEmpty()) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
          problems.add(
              new GeometryProblem(
                  GeometryProblem.Kind.INVALID,
                  "invalid polygon: " + error.getMessage(),
                  error.getCoordinate()));
        }
      }
    }
    checkSpacing(geometry, problems);
    return problems;
  }

  private boolean checkCoordinates(Geometry geometry, List<GeometryProblem> problems) {
    for (Coordinate c : geometry.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        problems.add(
            new GeometryProblem(GeometryProblem.Kind.NOT_FINITE, "coordinate is not a number", c));
        return false;
      }
      boolean lonOk = c.x >= -180 && c.x <= 180;
      boolean latOk = c.y >= -90 && c.y <= 90;
      if (!latOk && Math.abs(c.x) <= 90 && Math.abs(c.y) <= 180) {
        problems.add(swapped(c));
        return false;
      }
      if (!lonOk || !latOk) {
        problems.add(
            new GeometryProblem(
                GeometryProblem.Kind.OUT_OF_RANGE,
                "coordinate outside longitude [-180, 180] / latitude [-90, 90]",
                c));
        return false;
      }
      if (!extent.contains(c)) {
        problems.add(
            extent.contains(c.y, c.x)
                ? swapped(c)
                : new GeometryProblem(
                    GeometryProblem.Kind.OUTSIDE_EXTENT,
                    "coordinate outside the area of operations " + extent,
                    c));
        return false;
      }
    }
    return true;
  }

  private static GeometryProblem swapped(Coordinate c) {
    return new GeometryProblem(
        GeometryProblem.Kind.AXES_SWAPPED,
        "coordinate looks like latitude, longitude; expected longitude, latitude",
        c);
  }

  private static void checkRings(Geometry polygonal, List<GeometryProblem> problems) {
    for (int i = 0; i < polygonal.getNumGeometries(); i++) {
      Polygon polygon = (Polygon) polygonal.getGeometryN(i);
      checkRing(polygon.getExteriorRing(), "exterior ring", problems);
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        checkRing(polygon.getInteriorRingN(h), "hole " + (h + 1), problems);
      }
    }
  }

  private static void checkRing(LineString ring, String name, List<GeometryProblem> problems) {
    Coordinate[] distinct = CoordinateArrays.removeRepeatedPoints(ring.getCoordinates());
    // A closed ring repeats its first vertex at the end: 3 distinct vertices need 4 coordinates.
    int distinctCount =
        distinct.length > 1 && distinct[0].equals2D(distinct[distinct.length - 1])
            ? distinct.length - 1
            : distinct.length;
    if (distinctCount < 3) {
      problems.add(
          new GeometryProblem(
              GeometryProblem.Kind.TOO_FEW_VERTICES,
              name + " has " + distinctCount + " distinct vertices; a polygon needs at least 3",
              ring.isEmpty() ? null : ring.getCoordinateN(0)));
    }
  }

  private void checkSpacing(Geometry geometry, List<GeometryProblem> problems) {
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      List<LineString> lines = new ArrayList<>();
      if (part instanceof Polygon p) {
        lines.add(p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          lines.add(p.getInteriorRingN(h));
        }
      } else if (part instanceof LineString l) {
        lines.add(l);
      }
      for (LineString line : lines) {
        Coordinate[] cs = line.getCoordinates();
        for (int k = 1; k < cs.length; k++) {
          double d = Wgs84.haversineM(cs[k - 1], cs[k]);
          if (d > maxVertexSpacingM) {
            problems.add(
                new GeometryProblem(
                    GeometryProblem.Kind.VERTEX_SPACING,
                    String.format(
                        "consecutive vertices %.0f km apart (limit %.0f km)",
                        d / 1000, maxVertexSpacingM / 1000),
                    cs[k]));
            return;
          }
        }
      }
    }
  }
}
