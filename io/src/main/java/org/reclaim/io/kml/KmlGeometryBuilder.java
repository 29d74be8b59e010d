package org.reclaim.io.kml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.reclaim.domain.geometry.Wgs84;

/**
 * Builds JTS geometries from KML geometry elements (OGC KML 2.2 §10): {@code Point}, {@code
 * LineString}, {@code LinearRing} (as a line), {@code Polygon} with its {@code outerBoundaryIs} and
 * any {@code innerBoundaryIs} rings, and {@code MultiGeometry} — a MultiPoint, MultiLineString or
 * MultiPolygon when its parts are all of one kind, a GeometryCollection otherwise; nested
 * MultiGeometry is flattened.
 *
 * <p>Coordinates are {@code longitude,latitude[,altitude]} tuples separated by white space (KML 2.2
 * §16.9); KML is always WGS84, and the altitude is ignored. Blanks next to a comma ({@code "36.2,
 * 49.9"}, written by some tools) are tolerated. A ring must be closed (§10.8.3.2); a closed ring
 * with too few positions is padded, so that the geometry rules report "fewer than 3 distinct
 * vertices" rather than failing here.
 *
 * <p>Thread safe: stateless.
 */
final class KmlGeometryBuilder {
  /** Element names that are a placemark's geometry (Model and gx tracks are not read). */
  static final Set<String> GEOMETRY_ELEMENTS =
      Set.of(
          "Point",
          "LineString",
          "LinearRing",
          "Polygon",
          "MultiGeometry",
          "Model",
          "Track",
          "MultiTrack");

  private static final GeometryFactory FACTORY = Wgs84.FACTORY;

  private KmlGeometryBuilder() {}

  /** A geometry element that cannot be read; the message says where and why. */
  static final class MalformedGeometryException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedGeometryException(String message) {
      super(message);
    }
  }

  /** The geometry of {@code e}, one of {@link #GEOMETRY_ELEMENTS}. */
  static Geometry build(KmlElement e) throws MalformedGeometryException {
    return switch (e.name()) {
      case "Point" -> point(e);
      case "LineString", "LinearRing" -> line(e);
      case "Polygon" -> polygon(e);
      case "MultiGeometry" -> multi(e);
      default ->
          throw new MalformedGeometryException(
              "<"
                  + e.name()
                  + "> is not read; draw the placemark as a Point, LineString, Polygon or"
                  + " MultiGeometry");
    };
  }

  private static Point point(KmlElement e) throws MalformedGeometryException {
    Coordinate[] cs = coordinates(e, "Point");
    if (cs.length != 1) {
      throw new MalformedGeometryException("Point has " + cs.length + " coordinates; expected 1");
    }
    return FACTORY.createPoint(cs[0]);
  }

  private static LineString line(KmlElement e) throws MalformedGeometryException {
    Coordinate[] cs = coordinates(e, e.name());
    if (cs.length < 2) {
      throw new MalformedGeometryException(
          e.name() + " has " + cs.length + " coordinate(s); a line needs at least 2");
    }
    return FACTORY.createLineString(cs);
  }

  private static Polygon polygon(KmlElement e) throws MalformedGeometryException {
    KmlElement outer = e.child("outerBoundaryIs");
    KmlElement shellRing = outer == null ? null : outer.child("LinearRing");
    if (shellRing == null) {
      throw new MalformedGeometryException(
          "Polygon has no <outerBoundaryIs><LinearRing>: its outer boundary is missing");
    }
    LinearRing shell = ring(shellRing, "Polygon outer boundary");
    List<LinearRing> holes = new ArrayList<>();
    for (KmlElement inner : e.children("innerBoundaryIs")) {
      for (KmlElement r : inner.children("LinearRing")) {
        holes.add(ring(r, "Polygon inner boundary " + (holes.size() + 1)));
      }
    }
    return FACTORY.createPolygon(shell, holes.toArray(new LinearRing[0]));
  }

  private static LinearRing ring(KmlElement e, String where) throws MalformedGeometryException {
    Coordinate[] cs = coordinates(e, where);
    if (cs.length < 2 || !cs[0].equals2D(cs[cs.length - 1])) {
      throw new MalformedGeometryException(
          where + " is not closed: its first and last coordinates differ");
    }
    if (cs.length < 4) {
      Coordinate[] padded = new Coordinate[4];
      for (int i = 0; i < 4; i++) {
        padded[i] = cs[Math.min(i, cs.length - 1)].copy();
      }
      cs = padded;
    }
    return FACTORY.createLinearRing(cs);
  }

  private static Geometry multi(KmlElement e) throws MalformedGeometryException {
    List<Geometry> parts = new ArrayList<>();
    collect(e, parts);
    if (!parts.isEmpty() && parts.stream().allMatch(Point.class::isInstance)) {
      return FACTORY.createMultiPoint(parts.toArray(new Point[0]));
    }
    if (!parts.isEmpty() && parts.stream().allMatch(p -> p.getClass() == LineString.class)) {
      return FACTORY.createMultiLineString(parts.toArray(new LineString[0]));
    }
    if (!parts.isEmpty() && parts.stream().allMatch(Polygon.class::isInstance)) {
      return FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
    }
    return FACTORY.createGeometryCollection(parts.toArray(new Geometry[0]));
  }

  private static void collect(KmlElement multi, List<Geometry> parts)
      throws MalformedGeometryException {
    for (KmlElement c : multi.children()) {
      if (c.name().equals("MultiGeometry")) {
        collect(c, parts);
      } else if (GEOMETRY_ELEMENTS.contains(c.name())) {
        parts.add(build(c));
      }
    }
  }

  private static Coordinate[] coordinates(KmlElement e, String where)
      throws MalformedGeometryException {
    KmlElement c = e.child("coordinates");
    String text = c == null ? null : c.text();
    if (text == null) {
      throw new MalformedGeometryException(where + " has no <coordinates>");
    }
    List<String> tuples = tuples(text);
    Coordinate[] cs = new Coordinate[tuples.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = coordinate(tuples.get(i), where, i + 1);
    }
    return cs;
  }

  private static Coordinate coordinate(String tuple, String where, int number)
      throws MalformedGeometryException {
    String[] parts = tuple.split(",", -1);
    double lon = parts.length == 2 || parts.length == 3 ? number(parts[0]) : Double.NaN;
    double lat = parts.length == 2 || parts.length == 3 ? number(parts[1]) : Double.NaN;
    double alt = parts.length == 3 ? number(parts[2]) : 0;
    if (Double.isNaN(lon) || Double.isNaN(lat) || Double.isNaN(alt)) {
      throw new MalformedGeometryException(
          where
              + ", coordinate "
              + number
              + ": '"
              + abbreviate(tuple)
              + "' is not longitude,latitude[,altitude] in decimal degrees");
    }
    return new Coordinate(lon, lat);
  }

  /** A finite number, or NaN for anything else (including the text "NaN" and "Infinity"). */
  private static double number(String text) {
    try {
      double d = Double.parseDouble(text);
      return Double.isFinite(d) ? d : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Splits coordinates into tuples at white space, except white space next to a comma. */
  static List<String> tuples(String text) {
    List<String> tuples = new ArrayList<>();
    StringBuilder tuple = new StringBuilder();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      if (!Character.isWhitespace(ch)) {
        tuple.append(ch);
        continue;
      }
      int next = i;
      while (next < n && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      boolean joins =
          (!tuple.isEmpty() && tuple.charAt(tuple.length() - 1) == ',')
              || (next < n && text.charAt(next) == ',');
      if (!joins && !tuple.isEmpty()) {
        tuples.add(tuple.toString());
        tuple.setLength(0);
      }
      i = next - 1;
    }
    if (!tuple.isEmpty()) {
      tuples.add(tuple.toString());
    }
    return tuples;
  }

  private static String abbreviate(@Nullable String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
