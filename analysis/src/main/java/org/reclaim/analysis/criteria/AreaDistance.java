package org.reclaim.analysis.criteria;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Measures against one polygonal area (projected, metres): the distance from a point (0 inside or
 * on the boundary, else to the nearest boundary segment — JTS {@code Geometry.distance(point)}),
 * and the length of a line inside or on the area (JTS {@code OverlayNG} intersection length). Both
 * without building a JTS operation per feature, which matters when one area is tested against
 * hundreds of evidence points, settlements and road segments. Not thread safe (the locator builds
 * its index lazily); use one per area and thread.
 */
final class AreaDistance {
  /** Vertices from which an indexed point-in-area test pays for building its index. */
  private static final int INDEX_FROM_VERTICES = 128;

  private final PointOnGeometryLocator locator;
  private final double[] segments;
  private final Envelope envelope;

  AreaDistance(Geometry area) {
    this.locator =
        area.getNumPoints() >= INDEX_FROM_VERTICES
            ? new IndexedPointInAreaLocator(area)
            : new SimplePointInAreaLocator(area);
    this.envelope = area.getEnvelopeInternal();
    int count = 0;
    for (int i = 0; i < area.getNumGeometries(); i++) {
      Polygon p = (Polygon) area.getGeometryN(i);
      count += p.getExteriorRing().getNumPoints() - 1;
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        count += p.getInteriorRingN(h).getNumPoints() - 1;
      }
    }
    this.segments = new double[4 * count];
    int at = 0;
    for (int i = 0; i < area.getNumGeometries(); i++) {
      Polygon p = (Polygon) area.getGeometryN(i);
      at = add(p.getExteriorRing(), at);
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        at = add(p.getInteriorRingN(h), at);
      }
    }
  }

  private int add(LineString ring, int at) {
    CoordinateSequence seq = ring.getCoordinateSequence();
    for (int i = 0; i + 1 < seq.size(); i++) {
      segments[at++] = seq.getX(i);
      segments[at++] = seq.getY(i);
      segments[at++] = seq.getX(i + 1);
      segments[at++] = seq.getY(i + 1);
    }
    return at;
  }

  /** The area's envelope (JTS hands out a copy per call, so it is taken once here). */
  Envelope envelope() {
    return envelope;
  }

  /**
   * True when ({@code x}, {@code y}) is farther than {@code radiusM} from the area's envelope, and
   * so from the area: a cheap test before {@link #distance}.
   */
  boolean beyond(double x, double y, double radiusM) {
    double dx = Math.max(0, Math.max(envelope.getMinX() - x, x - envelope.getMaxX()));
    double dy = Math.max(0, Math.max(envelope.getMinY() - y, y - envelope.getMaxY()));
    return dx * dx + dy * dy > radiusM * radiusM;
  }

  /** Distance in metres from ({@code x}, {@code y}) to the area; 0 inside or on the boundary. */
  double distance(double x, double y) {
    if (locator.locate(new Coordinate(x, y)) != Location.EXTERIOR) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < segments.length; i += 4) {
      best =
          Math.min(
              best,
              squaredToSegment(
                  x, y, segments[i], segments[i + 1], segments[i + 2], segments[i + 3]));
    }
    return Math.sqrt(best);
  }

  private static double squaredToSegment(
      double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
    t = Math.max(0, Math.min(1, t));
    double ex = ax + t * dx - px;
    double ey = ay + t * dy - py;
    return ex * ex + ey * ey;
  }

  /** Length in metres of the part of {@code lines} (lineal) inside or on the area. */
  double lengthInside(Geometry lines) {
    double total = 0;
    for (int g = 0; g < lines.getNumGeometries(); g++) {
      CoordinateSequence seq = ((LineString) lines.getGeometryN(g)).getCoordinateSequence();
      for (int i = 0; i + 1 < seq.size(); i++) {
        total += segmentInside(seq.getX(i), seq.getY(i), seq.getX(i + 1), seq.getY(i + 1));
      }
    }
    return total;
  }

  /**
   * Splits segment p→q where it crosses the boundary and adds up the pieces whose midpoint is not
   * outside the area.
   */
  private double segmentInside(double px, double py, double qx, double qy) {
    double dx = qx - px;
    double dy = qy - py;
    double length = Math.sqrt(dx * dx + dy * dy);
    if (length == 0) {
      return 0;
    }
    double[] cuts = new double[8];
    int n = 0;
    cuts[n++] = 0;
    cuts[n++] = 1;
    for (int i = 0; i < segments.length; i += 4) {
      double ax = segments[i];
      double ay = segments[i + 1];
      double ex = segments[i + 2] - ax;
      double ey = segments[i + 3] - ay;
      double denom = dx * ey - dy * ex;
      if (denom == 0) {
        // parallel: the collinear case is settled by the midpoints of the other pieces
        continue;
      }
      double t = ((ax - px) * ey - (ay - py) * ex) / denom;
      double u = ((ax - px) * dy - (ay - py) * dx) / denom;
      if (t > 0 && t < 1 && u >= 0 && u <= 1) {
        if (n == cuts.length) {
          cuts = java.util.Arrays.copyOf(cuts, 2 * n);
        }
        cuts[n++] = t;
      }
    }
    java.util.Arrays.sort(cuts, 0, n);
    double inside = 0;
    for (int k = 0; k + 1 < n; k++) {
      double t0 = cuts[k];
      double t1 = cuts[k + 1];
      if (t1 > t0) {
        double tm = (t0 + t1) / 2;
        if (locator.locate(new Coordinate(px + tm * dx, py + tm * dy)) != Location.EXTERIOR) {
          inside += (t1 - t0) * length;
        }
      }
    }
    return inside;
  }
}
