package org.reclaim.demo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.reclaim.domain.geometry.Wgs84;

/**
 * Small shapes built in metres around a lon/lat centre and returned in WGS84.
 *
 * <p>Offsets use a local equirectangular approximation (111,320 m per degree of longitude at the
 * equator times cos(latitude), 110,574 m per degree of latitude). Over the few kilometres of a
 * field or a road segment the error is well below the noise these shapes carry anyway; areas are
 * always measured afterwards with {@link org.reclaim.domain.geometry.AreaOp}.
 */
final class Shapes {
  static final double M_PER_DEG_LAT = 110_574;
  static final double M_PER_DEG_LON_EQUATOR = 111_320;

  private Shapes() {}

  /** Metres per degree of longitude at latitude {@code lat}. */
  static double mPerDegLon(double lat) {
    return M_PER_DEG_LON_EQUATOR * Math.cos(Math.toRadians(lat));
  }

  /** The point {@code dx} metres east and {@code dy} metres north of {@code lon, lat}. */
  static Coordinate offset(double lon, double lat, double dx, double dy) {
    return new Coordinate(lon + dx / mPerDegLon(lat), lat + dy / M_PER_DEG_LAT);
  }

  /** A WGS84 point {@code dx}, {@code dy} metres from {@code lon, lat}. */
  static Point pointAt(double lon, double lat, double dx, double dy) {
    return Wgs84.FACTORY.createPoint(offset(lon, lat, dx, dy));
  }

  /**
   * An irregular polygon of about {@code areaM2}: an ellipse with random axis ratio (1–2.5) and
   * orientation, sampled at {@code vertices} angles jittered by up to 30 % of their spacing, each
   * radius scaled by 0.75–1.25. The angles increase monotonically around the centre, so the ring is
   * star-shaped about it and therefore simple and valid.
   */
  static Polygon irregularPolygon(Draw d, double lon, double lat, double areaM2, int vertices) {
    double elongation = d.uniform(1, 2.5);
    double rotation = d.uniform(0, Math.PI);
    // E[scale²] of a uniform 0.75..1.25 scale is 1.0208; the jittered polygon of n vertices has
    // n/(2π)·sin(2π/n) of the circle's area.
    double shrink = vertices / (2 * Math.PI) * Math.sin(2 * Math.PI / vertices) * 1.0208;
    double r = Math.sqrt(areaM2 / (Math.PI * shrink));
    double a = r * Math.sqrt(elongation);
    double b = r / Math.sqrt(elongation);
    double step = 2 * Math.PI / vertices;
    Coordinate[] ring = new Coordinate[vertices + 1];
    for (int i = 0; i < vertices; i++) {
      double t = i * step + d.uniform(-0.3, 0.3) * step;
      double scale = d.uniform(0.75, 1.25);
      double ex = a * Math.cos(t) * scale;
      double ey = b * Math.sin(t) * scale;
      double x = ex * Math.cos(rotation) - ey * Math.sin(rotation);
      double y = ex * Math.sin(rotation) + ey * Math.cos(rotation);
      ring[i] = offset(lon, lat, x, y);
    }
    ring[vertices] = ring[0].copy();
    return Wgs84.FACTORY.createPolygon(ring);
  }

  /** Largest distance in metres from the centre to a vertex of {@link #irregularPolygon}. */
  static double maxRadiusM(double areaM2) {
    // elongation 2.5 and scale 1.25 at worst, area inflated by the 6-vertex shrink factor.
    return Math.sqrt(areaM2 / (Math.PI * 0.84)) * Math.sqrt(2.5) * 1.25;
  }

  /**
   * A field: a rectangle of {@code areaM2} with aspect ratio 1–4, rotated, each corner moved by up
   * to 3 % of the short side (a convex quadrilateral stays convex and valid under such a small
   * move).
   */
  static Polygon field(Draw d, double lon, double lat, double areaM2) {
    double aspect = d.uniform(1, 4);
    double w = Math.sqrt(areaM2 * aspect);
    double h = areaM2 / w;
    double rotation = d.uniform(0, Math.PI);
    double[][] corners = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
    Coordinate[] ring = new Coordinate[5];
    for (int i = 0; i < 4; i++) {
      double x = corners[i][0] + d.uniform(-0.03, 0.03) * h;
      double y = corners[i][1] + d.uniform(-0.03, 0.03) * h;
      ring[i] =
          offset(
              lon,
              lat,
              x * Math.cos(rotation) - y * Math.sin(rotation),
              x * Math.sin(rotation) + y * Math.cos(rotation));
    }
    ring[4] = ring[0].copy();
    return Wgs84.FACTORY.createPolygon(ring);
  }

  /**
   * A line from {@code from} to {@code to} with {@code inner} intermediate vertices, each pushed
   * sideways by up to {@code wiggle} of the segment length: roads do not run straight.
   */
  static LineString wigglyLine(Draw d, Coordinate from, Coordinate to, int inner, double wiggle) {
    Coordinate[] cs = new Coordinate[inner + 2];
    cs[0] = from.copy();
    cs[inner + 1] = to.copy();
    double dx = to.x - from.x;
    double dy = to.y - from.y;
    for (int i = 1; i <= inner; i++) {
      double t = (double) i / (inner + 1);
      double side = d.uniform(-wiggle, wiggle) / (inner + 1);
      cs[i] = new Coordinate(from.x + t * dx - side * dy, from.y + t * dy + side * dx);
    }
    return Wgs84.FACTORY.createLineString(cs);
  }
}
