package org.reclaim.io.geojson;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.reclaim.domain.geometry.Wgs84;
import tools.jackson.databind.JsonNode;

/**
 * Builds JTS geometries from RFC 7946 GeoJSON geometry objects (Point, MultiPoint, LineString,
 * MultiLineString, Polygon, MultiPolygon, GeometryCollection) with {@link Wgs84#FACTORY}. A third
 * ordinate (height) is ignored.
 *
 * <p>A polygon ring must be closed (RFC 7946 §3.1.6); a closed ring with too few positions is
 * padded so that the geometry rules report it as "fewer than 3 distinct vertices" rather than
 * failing here.
 *
 * <p>Thread safe: stateless.
 */
final class GeoJsonGeometryBuilder {
  private static final GeometryFactory FACTORY = Wgs84.FACTORY;

  private GeoJsonGeometryBuilder() {}

  /** A malformed geometry object; the message says what is wrong. */
  static final class MalformedGeometryException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedGeometryException(String message) {
      super(message);
    }
  }

  /** The geometry of {@code node}, a GeoJSON geometry object. */
  static Geometry build(JsonNode node) throws MalformedGeometryException {
    if (!node.isObject()) {
      throw new MalformedGeometryException("geometry must be an object or null");
    }
    String type = node.path("type").asString("");
    if (type.equals("GeometryCollection")) {
      JsonNode members = array(node.path("geometries"), "geometries");
      Geometry[] parts = new Geometry[members.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = build(members.get(i));
      }
      return FACTORY.createGeometryCollection(parts);
    }
    JsonNode c = node.path("coordinates");
    return switch (type) {
      case "Point" -> FACTORY.createPoint(position(c));
      case "MultiPoint" -> FACTORY.createMultiPointFromCoords(positions(c));
      case "LineString" -> lineString(c);
      case "MultiLineString" -> {
        JsonNode lines = array(c, "coordinates");
        LineString[] parts = new LineString[lines.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = lineString(lines.get(i));
        }
        yield FACTORY.createMultiLineString(parts);
      }
      case "Polygon" -> polygon(c);
      case "MultiPolygon" -> {
        JsonNode polygons = array(c, "coordinates");
        Polygon[] parts = new Polygon[polygons.size()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = polygon(polygons.get(i));
        }
        yield FACTORY.createMultiPolygon(parts);
      }
      default ->
          throw new MalformedGeometryException(
              "unknown geometry type '"
                  + type
                  + "'; expected Point, MultiPoint, LineString, MultiLineString, Polygon,"
                  + " MultiPolygon or GeometryCollection");
    };
  }

  private static LineString lineString(JsonNode c) throws MalformedGeometryException {
    Coordinate[] cs = positions(c);
    if (cs.length == 1) {
      throw new MalformedGeometryException("a LineString needs at least 2 positions, has 1");
    }
    return FACTORY.createLineString(cs);
  }

  private static Polygon polygon(JsonNode c) throws MalformedGeometryException {
    JsonNode rings = array(c, "coordinates");
    if (rings.isEmpty()) {
      return FACTORY.createPolygon();
    }
    LinearRing shell = ring(rings.get(0), "exterior ring");
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 0; i < holes.length; i++) {
      holes[i] = ring(rings.get(i + 1), "hole " + (i + 1));
    }
    return FACTORY.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode c, String name) throws MalformedGeometryException {
    Coordinate[] cs = positions(c);
    if (cs.length < 2 || !cs[0].equals2D(cs[cs.length - 1])) {
      throw new MalformedGeometryException(
          name + " is not closed: its first and last positions differ");
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

  private static Coordinate[] positions(JsonNode c) throws MalformedGeometryException {
    JsonNode list = array(c, "coordinates");
    Coordinate[] cs = new Coordinate[list.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = position(list.get(i));
    }
    return cs;
  }

  private static Coordinate position(JsonNode p) throws MalformedGeometryException {
    if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
      throw new MalformedGeometryException(
          "a position must be an array of numbers [longitude, latitude], was " + abbreviate(p));
    }
    return new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue());
  }

  private static JsonNode array(JsonNode node, String member) throws MalformedGeometryException {
    if (!node.isArray()) {
      throw new MalformedGeometryException(
          "'" + member + "' must be an array, was " + abbreviate(node));
    }
    return node;
  }

  private static String abbreviate(JsonNode node) {
    String text = node.isMissingNode() ? "missing" : node.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
