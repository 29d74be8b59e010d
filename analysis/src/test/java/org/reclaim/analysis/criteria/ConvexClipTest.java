package org.reclaim.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** {@link ConvexClip} against JTS OverlayNG, in projected metres. */
class ConvexClipTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final double REL = 1e-9;

  private static Geometry wkt(String wkt) {
    try {
      return new WKTReader(GF).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  static Stream<Arguments> cases() {
    String square = "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))";
    return Stream.of(
        Arguments.of("parcel inside area", square, "POLYGON ((10 10, 40 10, 40 30, 10 30, 10 10))"),
        Arguments.of(
            "area inside parcel",
            square,
            "POLYGON ((-50 -50, 200 -50, 200 200, -50 200, -50 -50))"),
        Arguments.of("partial", square, "POLYGON ((50 -20, 150 -20, 150 60, 50 60, 50 -20))"),
        Arguments.of("disjoint", square, "POLYGON ((200 0, 300 0, 300 100, 200 100, 200 0))"),
        Arguments.of("touching edge", square, "POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))"),
        Arguments.of(
            "area with a hole",
            "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 20 60, 60 60, 60 20, 20 20))",
            "POLYGON ((10 10, 50 10, 50 90, 10 90, 10 10))"),
        Arguments.of(
            "parcel inside the hole",
            "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 20 60, 60 60, 60 20, 20 20))",
            "POLYGON ((30 30, 50 30, 50 50, 30 50, 30 30))"),
        Arguments.of(
            "concave area (U shape)",
            "POLYGON ((0 0, 100 0, 100 100, 70 100, 70 30, 30 30, 30 100, 0 100, 0 0))",
            "POLYGON ((-10 50, 110 50, 110 80, -10 80, -10 50))"),
        Arguments.of(
            "clockwise area, counter-clockwise parcel",
            "POLYGON ((0 0, 0 100, 100 100, 100 0, 0 0))",
            "POLYGON ((50 50, 150 50, 150 150, 50 150, 50 50))"),
        Arguments.of(
            "counter-clockwise area, clockwise parcel",
            square,
            "POLYGON ((50 50, 50 150, 150 150, 150 50, 50 50))"),
        Arguments.of(
            "clockwise both",
            "POLYGON ((0 0, 0 100, 100 100, 100 0, 0 0))",
            "POLYGON ((50 50, 50 150, 150 150, 150 50, 50 50))"),
        Arguments.of(
            "triangle parcel over a corner", square, "POLYGON ((80 80, 140 90, 90 140, 80 80))"),
        Arguments.of(
            "multipolygon area",
            "MULTIPOLYGON (((0 0, 40 0, 40 40, 0 40, 0 0)), ((60 0, 100 0, 100 40, 60 40, 60 0)))",
            "POLYGON ((20 10, 80 10, 80 30, 20 30, 20 10))"),
        Arguments.of(
            "projected metres far from the origin",
            "POLYGON ((350000 5420000, 350100 5420000, 350100 5420100, 350000 5420100, 350000 5420000))",
            "POLYGON ((350050 5419950, 350150 5420050, 350050 5420150, 349950 5420050, 350050 5419950))"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void equalsOverlayNg(String name, String areaWkt, String parcelWkt) {
    Geometry area = wkt(areaWkt);
    Polygon parcel = (Polygon) wkt(parcelWkt);

    assertThat(ConvexClip.isConvex(parcel)).isTrue();
    assertThat(ConvexClip.intersectionArea(area, parcel))
        .isCloseTo(overlay(area, parcel), within(REL * scale(area, parcel)));
  }

  @Test
  void randomRotatedRectanglesAgainstRandomStarPolygons() {
    SplittableRandom random = new SplittableRandom(20260101L);
    for (int trial = 0; trial < 500; trial++) {
      Geometry star = star(random, random.nextInt(3, 40));
      Polygon rect = rotatedRectangle(random);
      double expected = overlay(star, rect);
      assertThat(ConvexClip.intersectionArea(star, rect))
          .as("trial %d: %s vs %s", trial, star, rect)
          .isCloseTo(expected, within(REL * scale(star, rect)));
    }
  }

  @Test
  void isConvex() {
    assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"))).isTrue();
    assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))"))).isTrue(); // cw
    assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 1 0, 0 1, 0 0))"))).isTrue();
    // a pentagram turns the same way at every vertex but winds twice: not convex
    assertThat(
            ConvexClip.isConvex(
                wkt("POLYGON ((0 10, 5.88 -8.09, -9.51 3.09, 9.51 3.09, -5.88 -8.09, 0 10))")))
        .isFalse();
    // a collinear vertex does not break convexity
    assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 1 0, 2 0, 2 1, 0 1, 0 0))"))).isTrue();
    assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 2 0, 2 2, 1 1, 0 2, 0 0))"))).isFalse();
    assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 3 0, 3 1, 1 1, 1 3, 0 3, 0 0))"))).isFalse();
    assertThat(
            ConvexClip.isConvex(
                wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))")))
        .isFalse();
    assertThat(
            ConvexClip.isConvex(
                wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))")))
        .isFalse();
    assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 1 0, 2 0, 0 0))"))).isFalse(); // degenerate
    assertThat(ConvexClip.isConvex(wkt("LINESTRING (0 0, 1 1)"))).isFalse();
  }

  private static double overlay(Geometry a, Geometry b) {
    return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
  }

  private static double scale(Geometry a, Geometry b) {
    return Math.max(1.0, Math.max(a.getArea(), b.getArea()));
  }

  /** A star-shaped (hence simple) polygon: n vertices at sorted random angles and radii. */
  private static Geometry star(SplittableRandom r, int n) {
    double cx = r.nextDouble(-50, 50);
    double cy = r.nextDouble(-50, 50);
    double[] angles = new double[n];
    for (int i = 0; i < n; i++) {
      angles[i] = r.nextDouble(0, 2 * Math.PI);
    }
    java.util.Arrays.sort(angles);
    Coordinate[] ring = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      double rad = r.nextDouble(10, 200);
      ring[i] = new Coordinate(cx + rad * Math.cos(angles[i]), cy + rad * Math.sin(angles[i]));
    }
    ring[n] = ring[0].copy();
    Polygon p = GF.createPolygon(ring);
    if (!p.isValid() || p.getArea() == 0) {
      return star(r, Math.max(3, n));
    }
    return r.nextBoolean() ? p : p.reverse();
  }

  private static Polygon rotatedRectangle(SplittableRandom r) {
    double cx = r.nextDouble(-150, 150);
    double cy = r.nextDouble(-150, 150);
    double hw = r.nextDouble(1, 150);
    double hh = r.nextDouble(1, 150);
    double t = r.nextDouble(0, Math.PI);
    double c = Math.cos(t);
    double s = Math.sin(t);
    double[][] corners = {{-hw, -hh}, {hw, -hh}, {hw, hh}, {-hw, hh}};
    Coordinate[] ring = new Coordinate[5];
    for (int i = 0; i < 4; i++) {
      double x = corners[i][0];
      double y = corners[i][1];
      ring[i] = new Coordinate(cx + c * x - s * y, cy + s * x + c * y);
    }
    ring[4] = ring[0].copy();
    Polygon p = GF.createPolygon(ring);
    return r.nextBoolean() ? p : p.reverse();
  }
}
