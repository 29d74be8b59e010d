package org.reclaim.analysis.criteria;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Area of the intersection of a polygonal geometry with a convex polygon, by Sutherland–Hodgman
 * clipping of each ring against the convex polygon's edges (Sutherland &amp; Hodgman 1974): the
 * clipped ring may contain degenerate edges along the clip boundary, but its shoelace area is
 * exact. Holes are clipped the same way and subtracted. Agricultural parcels are mostly convex
 * fields, and this is several times faster than a general overlay; non-convex parcels go to JTS
 * {@code OverlayNG} (the caller checks {@link #isConvex}).
 */
final class ConvexClip {
  private ConvexClip() {}

  /** True when {@code g} is a polygon without holes whose shell is convex. */
  static boolean isConvex(Geometry g) {
    return g instanceof Polygon p && p.getNumInteriorRing() == 0 && isConvex(openRing(p));
  }

  /**
   * True when the ring (x, y pairs, closing point omitted) turns the same way at every vertex and
   * runs back and forth at most once in x and once in y (which a star polygon does not).
   */
  static boolean isConvex(double[] ring) {
    int n = ring.length / 2;
    if (n < 3) {
      return false;
    }
    int sign = 0;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      int k = (i + 2) % n;
      double cross =
          (ring[2 * j] - ring[2 * i]) * (ring[2 * k + 1] - ring[2 * j + 1])
              - (ring[2 * j + 1] - ring[2 * i + 1]) * (ring[2 * k] - ring[2 * j]);
      int c = cross > 0 ? 1 : cross < 0 ? -1 : 0;
      if (c != 0) {
        if (sign != 0 && c != sign) {
          return false;
        }
        sign = c;
      }
    }
    return sign != 0 && reversals(ring, n, 0) <= 2 && reversals(ring, n, 1) <= 2;
  }

  private static int reversals(double[] ring, int n, int axis) {
    int count = 0;
    int last = 0;
    int first = 0;
    for (int i = 0; i < n; i++) {
      double d = ring[2 * ((i + 1) % n) + axis] - ring[2 * i + axis];
      int dir = d > 0 ? 1 : d < 0 ? -1 : 0;
      if (dir == 0) {
        continue;
      }
      if (last == 0) {
        first = dir;
      } else if (dir != last) {
        count++;
      }
      last = dir;
    }
    return count + (last != 0 && last != first ? 1 : 0);
  }

  /** Area of {@code subject ∩ convex}; {@code convex} must satisfy {@link #isConvex}. */
  static double intersectionArea(Geometry subject, Polygon convex) {
    return intersectionArea(subject, counterClockwise(openRing(convex)));
  }

  /**
   * Area of {@code subject ∩ ring}, the ring convex and counter-clockwise ({@link
   * #counterClockwise}), as x, y pairs without the closing point.
   */
  static double intersectionArea(Geometry subject, double[] ccwConvexRing) {
    double total = 0;
    for (int i = 0; i < subject.getNumGeometries(); i++) {
      Polygon p = (Polygon) subject.getGeometryN(i);
      total += clippedArea(p.getExteriorRing().getCoordinateSequence(), ccwConvexRing);
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        total -= clippedArea(p.getInteriorRingN(h).getCoordinateSequence(), ccwConvexRing);
      }
    }
    return Math.max(0, total);
  }

  /** The shell of {@code p} as x, y pairs without the closing point. */
  static double[] openRing(Polygon p) {
    CoordinateSequence s = p.getExteriorRing().getCoordinateSequence();
    int n = s.size() - 1;
    double[] xy = new double[2 * Math.max(n, 0)];
    for (int i = 0; i < n; i++) {
      xy[2 * i] = s.getX(i);
      xy[2 * i + 1] = s.getY(i);
    }
    return xy;
  }

  /** The ring itself if counter-clockwise, else reversed (a new array). */
  static double[] counterClockwise(double[] xy) {
    int n = xy.length / 2;
    double signed = 0;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      signed += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
    }
    if (signed >= 0) {
      return xy;
    }
    double[] rev = new double[xy.length];
    for (int i = 0; i < n; i++) {
      rev[2 * i] = xy[2 * (n - 1 - i)];
      rev[2 * i + 1] = xy[2 * (n - 1 - i) + 1];
    }
    return rev;
  }

  /** Shoelace area of a ring given as x, y pairs without the closing point. */
  static double area(double[] xy) {
    return area(xy, xy.length / 2);
  }

  private static double area(double[] xy, int n) {
    double twice = 0;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      twice += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
    }
    return Math.abs(twice) / 2;
  }

  private static double clippedArea(CoordinateSequence ring, double[] clip) {
    int n = ring.size() - 1;
    double[] poly = new double[2 * n];
    for (int i = 0; i < n; i++) {
      poly[2 * i] = ring.getX(i);
      poly[2 * i + 1] = ring.getY(i);
    }
    int len = n;
    int m = clip.length / 2;
    for (int e = 0; e < m && len > 0; e++) {
      double ax = clip[2 * e];
      double ay = clip[2 * e + 1];
      double bx = clip[2 * ((e + 1) % m)];
      double by = clip[2 * ((e + 1) % m) + 1];
      double[] out = new double[4 * len + 4];
      int outLen = 0;
      for (int i = 0; i < len; i++) {
        double px = poly[2 * i];
        double py = poly[2 * i + 1];
        double qx = poly[2 * ((i + 1) % len)];
        double qy = poly[2 * ((i + 1) % len) + 1];
        double sp = side(ax, ay, bx, by, px, py);
        double sq = side(ax, ay, bx, by, qx, qy);
        if (sp >= 0) {
          out[2 * outLen] = px;
          out[2 * outLen + 1] = py;
          outLen++;
        }
        if ((sp >= 0) != (sq >= 0)) {
          double t = sp / (sp - sq);
          out[2 * outLen] = px + t * (qx - px);
          out[2 * outLen + 1] = py + t * (qy - py);
          outLen++;
        }
      }
      poly = out;
      len = outLen;
    }
    return area(poly, len);
  }

  /** &gt; 0 when (px, py) lies left of the directed edge a→b (inside a counter-clockwise ring). */
  private static double side(double ax, double ay, double bx, double by, double px, double py) {
    return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  }
}
