package org.reclaim.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.reclaim.domain.context.OccupationSnapshot;
import org.reclaim.domain.geometry.Wgs84;

/**
 * The demo world's war: a synthetic line of contact and the territory occupied on four dates, drawn
 * by hand from public knowledge of where the front ran (north of Kyiv, Chernihiv, Sumy and Kharkiv
 * in March 2022; after the autumn 2022 counter-offensives, from the Russian border past Kupiansk,
 * Bakhmut and Avdiivka to Vuhledar, Robotyne and down the Dnipro to Kherson; a little further west
 * by 2024 and 2026). Coarse on purpose: it is not a map of the war (the real snapshots,
 * DeepStateMap's, are GPL-3.0 data read only by tests), only a plausible geography for the hidden
 * contamination the demo's evidence and history are drawn from.
 *
 * <p>Distances are computed in degrees with longitude scaled by {@code cos 48.5°} and converted at
 * 111.2 km per degree: within a few per cent over Ukraine, enough for a synthetic world. Thread
 * safe once built.
 */
final class FrontLine {
  private static final double KM_PER_DEGREE = 111.195;
  private static final double COS_LAT = Math.cos(Math.toRadians(48.5));

  /** The contact line from 2022-11 on (lon, lat), north-east to south-west. */
  private static final double[][] LINE_2022 = {
    {37.60, 50.35}, {37.80, 49.80}, {38.05, 49.30}, {38.20, 48.95}, {38.00, 48.60},
    {37.90, 48.30}, {37.70, 48.10}, {37.35, 47.85}, {36.80, 47.82}, {36.30, 47.62},
    {35.85, 47.45}, {35.40, 47.50}, {34.80, 47.30}, {34.00, 46.95}, {33.30, 46.75},
    {32.60, 46.55}, {31.60, 46.45}
  };

  /** How far west the Donbas part of the line had moved by 2024-07 and by 2026-08, degrees. */
  private static final double SHIFT_2024 = 0.25;

  private static final double SHIFT_2026 = 0.45;

  /** The far side of the line: the points that close the occupied polygon outside Ukraine. */
  private static final double[][] BEYOND = {{40.6, 50.4}, {40.6, 44.0}, {31.0, 44.0}};

  /** The occupied north of March 2022 (lon/lat boxes): Kyiv, Chernihiv, Sumy, Kharkiv oblasts. */
  private static final double[][] NORTH_2022 = {
    {29.4, 50.35, 30.9, 51.5},
    {30.9, 50.75, 33.2, 52.1},
    {33.2, 50.55, 35.6, 52.4},
    {35.6, 49.35, 38.3, 50.45}
  };

  /** The Kherson right bank, occupied until November 2022. */
  private static final double[] KHERSON_RIGHT_BANK = {32.0, 46.45, 34.4, 47.35};

  /** The snapshot dates. */
  static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2022, 3, 25),
          LocalDate.of(2022, 11, 15),
          LocalDate.of(2024, 7, 8),
          LocalDate.of(2026, 8, 1));

  private final List<Geometry> occupied = new ArrayList<>();
  private final List<IndexedPointInAreaLocator> locators = new ArrayList<>();
  private final IndexedFacetDistance line;

  FrontLine(Geometry country) {
    Geometry line2022 = polygonBehind(0);
    Geometry north = line2022;
    for (double[] box : NORTH_2022) {
      north = north.union(box(box));
    }
    north = north.union(box(KHERSON_RIGHT_BANK));
    occupied.add(north.intersection(country));
    occupied.add(line2022.intersection(country));
    occupied.add(polygonBehind(SHIFT_2024).intersection(country));
    occupied.add(polygonBehind(SHIFT_2026).intersection(country));
    for (Geometry g : occupied) {
      locators.add(new IndexedPointInAreaLocator(g));
    }
    this.line = new IndexedFacetDistance(scaled(contactLine(SHIFT_2026)));
  }

  /** The snapshots as register records, ids from 1. */
  List<OccupationSnapshot> snapshots() {
    List<OccupationSnapshot> out = new ArrayList<>();
    for (int i = 0; i < DATES.size(); i++) {
      Geometry g = occupied.get(i).copy();
      g.setSRID(Wgs84.SRID);
      out.add(
          new OccupationSnapshot(
              i + 1L, DATES.get(i), "synthetic demo front line (not a map of the war)", g));
    }
    return out;
  }

  /** Days {@code c} was occupied between the first snapshot and {@code today}. */
  int occupiedDays(Coordinate c, LocalDate today) {
    int days = 0;
    for (int i = 0; i < DATES.size(); i++) {
      LocalDate from = DATES.get(i);
      if (!from.isBefore(today)) {
        break;
      }
      LocalDate to =
          i + 1 < DATES.size() && DATES.get(i + 1).isBefore(today) ? DATES.get(i + 1) : today;
      if (locators.get(i).locate(c) != Location.EXTERIOR) {
        days += (int) ChronoUnit.DAYS.between(from, to);
      }
    }
    return days;
  }

  /** Distance from {@code c} to the latest line of contact, km. */
  double distanceKm(Coordinate c) {
    return line.distance(Wgs84.FACTORY.createPoint(new Coordinate(c.x * COS_LAT, c.y)))
        * KM_PER_DEGREE;
  }

  private static LineString contactLine(double shift) {
    Coordinate[] cs = new Coordinate[LINE_2022.length];
    for (int i = 0; i < cs.length; i++) {
      // the Donbas and Zaporizhzhia part (east of 35.3°) moves west; the Dnipro stays
      double dx = LINE_2022[i][0] > 35.3 ? -shift : 0;
      cs[i] = new Coordinate(LINE_2022[i][0] + dx, LINE_2022[i][1]);
    }
    return Wgs84.FACTORY.createLineString(cs);
  }

  private static Polygon polygonBehind(double shift) {
    Coordinate[] line = contactLine(shift).getCoordinates();
    Coordinate[] ring = new Coordinate[line.length + BEYOND.length + 1];
    System.arraycopy(line, 0, ring, 0, line.length);
    for (int i = 0; i < BEYOND.length; i++) {
      // closing the ring round the far side: south-west corner first
      double[] p = BEYOND[BEYOND.length - 1 - i];
      ring[line.length + i] = new Coordinate(p[0], p[1]);
    }
    ring[ring.length - 1] = line[0];
    Polygon p = Wgs84.FACTORY.createPolygon(ring);
    return p.isValid() ? p : (Polygon) p.buffer(0);
  }

  private static Polygon box(double[] b) {
    return Wgs84.FACTORY.createPolygon(
        new Coordinate[] {
          new Coordinate(b[0], b[1]),
          new Coordinate(b[2], b[1]),
          new Coordinate(b[2], b[3]),
          new Coordinate(b[0], b[3]),
          new Coordinate(b[0], b[1])
        });
  }

  private static Geometry scaled(LineString l) {
    Coordinate[] cs = l.getCoordinates();
    Coordinate[] out = new Coordinate[cs.length];
    for (int i = 0; i < cs.length; i++) {
      out[i] = new Coordinate(cs[i].x * COS_LAT, cs[i].y);
    }
    return Wgs84.FACTORY.createLineString(out);
  }
}
