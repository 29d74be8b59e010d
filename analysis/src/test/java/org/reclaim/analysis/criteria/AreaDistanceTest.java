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
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** {@link AreaDistance} gives JTS {@code Geometry.distance(point)}, in projected metres. */
class AreaDistanceTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final String SQUARE_WITH_HOLE =
      "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 20 60, 60 60, 60 20, 20 20))";
  private static final String MULTI =
      "MULTIPOLYGON (((0 0, 40 0, 40 40, 0 40, 0 0)), ((100 0, 140 0, 140 40, 100 40, 100 0)))";
  private static final String CONCAVE =
      "POLYGON ((0 0, 100 0, 100 100, 70 100, 70 30, 30 30, 30 100, 0 100, 0 0))";

  private static Geometry wkt(String wkt) {
    try {
      return new WKTReader(GF).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(wkt, e);
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("inside", SQUARE_WITH_HOLE, 10, 10, 0.0),
        Arguments.of("on the shell", SQUARE_WITH_HOLE, 100, 50, 0.0),
        Arguments.of("on a vertex", SQUARE_WITH_HOLE, 0, 0, 0.0),
        Arguments.of("on the hole's ring", SQUARE_WITH_HOLE, 20, 40, 0.0),
        Arguments.of("outside, nearest an edge", SQUARE_WITH_HOLE, 130, 50, 30.0),
        Arguments.of("outside, nearest a corner (3-4-5)", SQUARE_WITH_HOLE, 130, 140, 50.0),
        Arguments.of("in the hole", SQUARE_WITH_HOLE, 30, 40, 10.0),
        Arguments.of("in the middle of the hole", SQUARE_WITH_HOLE, 40, 40, 20.0),
        Arguments.of("between the parts of a multipolygon", MULTI, 70, 20, 30.0),
        Arguments.of("inside the second part", MULTI, 120, 20, 0.0),
        Arguments.of("in the notch of a concave area", CONCAVE, 50, 90, 20.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void equalsGeometryDistance(String name, String areaWkt, double x, double y, double expected) {
    Geometry area = wkt(areaWkt);
    double jts = area.distance(GF.createPoint(new Coordinate(x, y)));

    double d = new AreaDistance(area).distance(x, y);

    assertThat(jts).isCloseTo(expected, within(1e-12));
    assertThat(d).isCloseTo(jts, within(1e-9));
  }

  @Test
  void randomPointsAgreeWithJts() {
    SplittableRandom random = new SplittableRandom(7);
    for (String w : new String[] {SQUARE_WITH_HOLE, MULTI, CONCAVE}) {
      Geometry area = wkt(w);
      AreaDistance distance = new AreaDistance(area);
      for (int i = 0; i < 2000; i++) {
        double x = random.nextDouble(-100, 250);
        double y = random.nextDouble(-100, 200);
        assertThat(distance.distance(x, y))
            .as("(%s, %s) to %s", x, y, w)
            .isCloseTo(area.distance(GF.createPoint(new Coordinate(x, y))), within(1e-9));
      }
    }
  }

  @Test
  void lengthInsideEqualsTheOverlayOfTheLineWithTheArea() {
    SplittableRandom r = new SplittableRandom(17);
    for (String wkt :
        new String[] {
          SQUARE_WITH_HOLE,
          MULTI,
          // concave: a notch from the top
          "POLYGON ((0 0, 100 0, 100 100, 60 100, 50 30, 40 100, 0 100, 0 0))",
          // the area buffered as the roads criterion does
          "POLYGON ((0 0, 100 0, 100 100, 60 100, 50 30, 40 100, 0 100, 0 0))"
        }) {
      Geometry area = wkt(wkt);
      if (wkt.contains("60 100, 50 30") && r.nextBoolean()) {
        area = area.buffer(10);
      }
      AreaDistance measure = new AreaDistance(area);
      for (int k = 0; k < 400; k++) {
        int points = r.nextInt(2, 6);
        Coordinate[] cs = new Coordinate[points];
        for (int i = 0; i < points; i++) {
          cs[i] = new Coordinate(r.nextDouble(-40, 180), r.nextDouble(-40, 140));
        }
        Geometry line = GF.createLineString(cs);
        double expected =
            org.locationtech.jts.operation.overlayng.OverlayNGRobust.overlay(
                    area, line, org.locationtech.jts.operation.overlayng.OverlayNG.INTERSECTION)
                .getLength();
        assertThat(measure.lengthInside(line))
            .as("%s vs %s", wkt, line)
            .isCloseTo(expected, within(1e-7));
      }
    }
  }

  @Test
  void lengthInsideCountsALineAlongTheBoundary() {
    // the line runs 100 m along the bottom edge, then 50 m outside: JTS counts the boundary part
    Geometry square = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
    Geometry line = wkt("LINESTRING (0 0, 100 0, 150 0)");
    assertThat(new AreaDistance(square).lengthInside(line)).isCloseTo(100, within(1e-9));
  }
}
