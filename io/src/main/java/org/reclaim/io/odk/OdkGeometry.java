package org.reclaim.io.odk;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.reclaim.domain.geometry.Wgs84;
import tools.jackson.databind.JsonNode;

/**
 * ODK geo answers as JTS geometries in WGS84 lon/lat.
 *
 * <ul>
 *   <li>Text, as ODK Collect stores it and CSV and KoboToolbox JSON exports give it: {@code
 *       geopoint} is {@code "latitude longitude altitude accuracy"} — <b>latitude first</b>, the
 *       altitude (m) and accuracy (m) optional and ignored; {@code geotrace} and {@code geoshape}
 *       are such points separated by {@code ;}. One point is a Point; a closed list of at least 4
 *       points (first = last, as ODK closes a geoshape) is a Polygon; other lists are LineStrings.
 *       When a polygon is wanted an open list is an error, not a line.
 *   <li>Split columns ({@code field-Latitude}, {@code field-Longitude}; {@code _field_latitude},
 *       {@code _field_longitude}): read by the caller and handed over as one point.
 *   <li>GeoJSON objects ({@code {"type": "Point", "coordinates": [lon, lat, alt]}}), as ODK
 *       Central's OData JSON gives them: RFC 7946 order, <b>longitude first</b>; Point, LineString
 *       and Polygon.
 * </ul>
 *
 * <p>Thread safe: stateless.
 */
final class OdkGeometry {
  private static final GeometryFactory FACTORY = Wgs84.FACTORY;

  private OdkGeometry() {}

  /** An answer that is not a geo answer; the message says why. */
  static final class BadGeometryException extends Exception {
    private static final long serialVersionUID = 1L;

    BadGeometryException(String message) {
      super(message);
    }
  }

  /**
   * The geometry of an ODK geo answer in text.
   *
   * @param polygon whether the answer must be a polygon (a geoshape)
   */
  static Geometry parse(String text, boolean polygon) throws BadGeometryException {
    String[] points = text.strip().split("\\s*;\\s*");
    Coordinate[] cs = new Coordinate[points.length];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = point(points[i], i + 1, cs.length);
    }
    boolean closed = cs.length >= 4 && cs[0].equals2D(cs[cs.length - 1]);
    if (polygon) {
      return FACTORY.createPolygon(ring(cs));
    }
    if (cs.length == 1) {
      return FACTORY.createPoint(cs[0]);
    }
    return closed ? FACTORY.createPolygon(cs) : FACTORY.createLineString(cs);
  }

  /** A point from split latitude and longitude answers. */
  static Geometry point(String latitude, String longitude) throws BadGeometryException {
    return FACTORY.createPoint(point(latitude + " " + longitude, 1, 1));
  }

  private static Coordinate point(String text, int number, int count) throws BadGeometryException {
    String[] parts = text.strip().split("\\s+");
    double lat = parts.length >= 2 && parts.length <= 4 ? number(parts[0]) : Double.NaN;
    double lon = parts.length >= 2 && parts.length <= 4 ? number(parts[1]) : Double.NaN;
    boolean rest = true;
    for (int i = 2; i < parts.length; i++) {
      rest &= !Double.isNaN(number(parts[i]));
    }
    if (Double.isNaN(lat) || Double.isNaN(lon) || !rest) {
      String which = count == 1 ? "" : "point " + number + " of " + count + ": ";
      throw new BadGeometryException(
          which
              + "'"
              + abbreviate(text.strip())
              + "' is not an ODK geopoint 'latitude longitude [altitude accuracy]' in decimal"
              + " degrees");
    }
    if (Math.abs(lat) > 90) {
      throw new BadGeometryException(
          "latitude " + parts[0] + " is beyond ±90°: an ODK geopoint gives the latitude first");
    }
    return new Coordinate(lon, lat);
  }

  private static LinearRing ring(Coordinate[] cs) throws BadGeometryException {
    if (cs.length < 2 || !cs[0].equals2D(cs[cs.length - 1])) {
      throw new BadGeometryException(
          "the geoshape is not closed: its first and last points differ");
    }
    if (cs.length < 4) {
      Coordinate[] padded = new Coordinate[4];
      for (int i = 0; i < 4; i++) {
        padded[i] = cs[Math.min(i, cs.length - 1)].copy();
      }
      cs = padded; // the geometry rules then report "fewer than 3 distinct vertices"
    }
    return FACTORY.createLinearRing(cs);
  }

  /** The geometry of a GeoJSON object (longitude first), as ODK Central's OData gives it. */
  static Geometry fromGeoJson(JsonNode node, boolean polygon) throws BadGeometryException {
    String type = node.path("type").asString("");
    JsonNode c = node.path("coordinates");
    Geometry g =
        switch (type) {
          case "Point" -> FACTORY.createPoint(position(c));
          case "LineString" -> FACTORY.createLineString(positions(c));
          case "Polygon" -> {
            if (!c.isArray() || c.isEmpty()) {
              throw new BadGeometryException("a GeoJSON Polygon needs its rings");
            }
            LinearRing shell = ring(positions(c.get(0)));
            LinearRing[] holes = new LinearRing[c.size() - 1];
            for (int i = 0; i < holes.length; i++) {
              holes[i] = ring(positions(c.get(i + 1)));
            }
            yield FACTORY.createPolygon(shell, holes);
          }
          default ->
              throw new BadGeometryException(
                  "unknown GeoJSON geometry type '"
                      + type
                      + "'; expected Point, LineString or"
                      + " Polygon");
        };
    if (polygon && !type.equals("Polygon")) {
      throw new BadGeometryException("expected a geoshape (GeoJSON Polygon), was a " + type);
    }
    return g;
  }

  private static Coordinate[] positions(JsonNode list) throws BadGeometryException {
    if (!list.isArray()) {
      throw new BadGeometryException(
          "GeoJSON coordinates must be arrays, was " + abbreviate(list.toString()));
    }
    Coordinate[] cs = new Coordinate[list.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = position(list.get(i));
    }
    return cs;
  }

  private static Coordinate position(JsonNode p) throws BadGeometryException {
    if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
      throw new BadGeometryException(
          "a GeoJSON position must be [longitude, latitude], was " + abbreviate(p.toString()));
    }
    return new Coordinate(p.get(0).doubleValue(), p.get(1).doubleValue());
  }

  private static double number(String text) {
    try {
      double d = Double.parseDouble(text);
      return Double.isFinite(d) ? d : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
