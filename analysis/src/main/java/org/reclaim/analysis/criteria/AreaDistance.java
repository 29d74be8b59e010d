package org.reclaim.analysis.criteria;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Distance in metres from points to one polygonal area (projected): 0 inside or on the boundary,
 * else the distance to the nearest boundary segment. The same value as JTS {@code
 * Geometry.distance(point)}, without building a {@code DistanceOp} per point, which matters when
 * one area is tested against hundreds of evidence points and settlements. Not thread safe (the
 * locator builds its index lazily); use one per area and thread.
 */
final class AreaDistance {
  private final IndexedPointInAreaLocator locator;
  private final double[] segments;

  AreaDistance(Geometry area) {
    this.locator = new IndexedPointInAreaLocator(area);
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
}
