package org.reclaim.io.csv;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.reclaim.domain.geometry.Wgs84;

/**
 * Parses OGC WKT (and EWKT's {@code SRID=n;} prefix) into geometries built by {@link
 * Wgs84#FACTORY}. {@code POINT (x y)}, by far the most common value in large files, is parsed by
 * hand without the tokenizer; everything else goes through JTS's {@link WKTReader}.
 *
 * <p>A polygon ring with too few coordinates is read with structure fixing so that the geometry
 * rules report it as "fewer than 3 distinct vertices" instead of a parser message; a ring that is
 * not closed is refused.
 *
 * <p>Not thread safe (holds its readers): one per import.
 */
final class WktGeometryParser {
  private final WKTReader strict = new WKTReader(Wgs84.FACTORY);
  private final WKTReader lenient = new WKTReader(Wgs84.FACTORY);

  /** The outcome: a geometry with its EWKT SRID (0 when none), or an error for people. */
  record Parsed(@Nullable Geometry geometry, int srid, @Nullable String error) {}

  WktGeometryParser() {
    lenient.setFixStructure(true);
  }

  Parsed parse(String text) {
    String wkt = text;
    int srid = 0;
    if (wkt.regionMatches(true, 0, "SRID=", 0, 5)) {
      int semicolon = wkt.indexOf(';');
      try {
        srid = Integer.parseInt(wkt.substring(5, semicolon < 0 ? 5 : semicolon).strip());
      } catch (NumberFormatException e) {
        return new Parsed(null, 0, "malformed EWKT SRID prefix in '" + abbreviate(text) + "'");
      }
      wkt = wkt.substring(semicolon + 1).strip();
    }
    Geometry point = fastPoint(wkt);
    if (point != null) {
      return new Parsed(point, srid, null);
    }
    try {
      return new Parsed(strict.read(wkt), srid, null);
    } catch (ParseException e) {
      return new Parsed(null, srid, "malformed WKT: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return structureProblem(wkt, srid, e);
    }
  }

  private Parsed structureProblem(String wkt, int srid, IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("closed")) {
      return new Parsed(null, srid, "polygon ring is not closed: first and last vertex differ");
    }
    try {
      return new Parsed(lenient.read(wkt), srid, null); // short rings: the checks name them
    } catch (ParseException | IllegalArgumentException again) {
      return new Parsed(null, srid, "malformed geometry: " + message);
    }
  }

  /** {@code POINT (x y)} / {@code POINT(x y)}, or {@code null} for anything else. */
  private static @Nullable Geometry fastPoint(String wkt) {
    int n = wkt.length();
    if (n < 10 || !wkt.regionMatches(true, 0, "POINT", 0, 5)) {
      return null;
    }
    int i = skipSpaces(wkt, 5);
    if (i >= n || wkt.charAt(i) != '(' || wkt.charAt(n - 1) != ')') {
      return null;
    }
    int xStart = skipSpaces(wkt, i + 1);
    int xEnd = xStart;
    while (xEnd < n && wkt.charAt(xEnd) != ' ' && wkt.charAt(xEnd) != ')') {
      xEnd++;
    }
    int yStart = skipSpaces(wkt, xEnd);
    int yEnd = yStart;
    while (yEnd < n && wkt.charAt(yEnd) != ' ' && wkt.charAt(yEnd) != ')') {
      yEnd++;
    }
    if (xEnd == xStart || yEnd == yStart || skipSpaces(wkt, yEnd) != n - 1) {
      return null; // empty, Z/M ordinates or anything unusual: the full reader decides
    }
    try {
      double x = Double.parseDouble(wkt.substring(xStart, xEnd));
      double y = Double.parseDouble(wkt.substring(yStart, yEnd));
      return Wgs84.FACTORY.createPoint(new Coordinate(x, y));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
