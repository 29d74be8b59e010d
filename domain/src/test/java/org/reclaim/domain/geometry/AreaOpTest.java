package org.reclaim.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reclaim.domain.DomainForTest.wkt;

import org.junit.jupiter.api.Test;

class AreaOpTest {

  /**
   * Area of a lon/lat cell on the WGS84 ellipsoid, from the authalic-latitude formula: A = (a² (1 −
   * e²) / 2) · Δλ · [q(φ2) − q(φ1)] with q(φ) = sinφ/(1 − e² sin²φ) − (1/2e) ln((1 − e sinφ)/(1 + e
   * sinφ)). Independent of any projection code.
   */
  private static double ellipsoidCellM2(double lon1, double lat1, double lon2, double lat2) {
    double a = 6_378_137.0;
    double f = 1 / 298.257223563;
    double e2 = f * (2 - f);
    double e = Math.sqrt(e2);
    java.util.function.DoubleUnaryOperator q =
        phi -> {
          double s = Math.sin(Math.toRadians(phi));
          return s / (1 - e2 * s * s) - (1 / (2 * e)) * Math.log((1 - e * s) / (1 + e * s));
        };
    return a
        * a
        * (1 - e2)
        / 2
        * Math.toRadians(lon2 - lon1)
        * (q.applyAsDouble(lat2) - q.applyAsDouble(lat1));
  }

  @Test
  void oneDegreeCellAt49NorthMatchesEllipsoid() {
    // 1° × 1° cell between 49° and 50° N: about 8,050 km² on the ellipsoid.
    double expected = ellipsoidCellM2(30, 49, 31, 50);
    double actual = AreaOp.areaM2(wkt("POLYGON ((30 49, 31 49, 31 50, 30 50, 30 49))"));
    assertThat(actual).isCloseTo(expected, within(expected * 1e-4));
    assertThat(actual / 1e6).isBetween(8_000.0, 8_100.0);
  }

  @Test
  void smallFieldIsMeasuredInSquareMetres() {
    // 0.001° × 0.001° at 48.5° N: ≈ 111.2 m × 73.8 m ≈ 8,210 m²; check against the ellipsoid.
    double expected = ellipsoidCellM2(37.5, 48.5, 37.501, 48.501);
    double actual =
        AreaOp.areaM2(
            wkt("POLYGON ((37.5 48.5, 37.501 48.5, 37.501 48.501," + " 37.5 48.501, 37.5 48.5))"));
    assertThat(actual).isCloseTo(expected, within(expected * 1e-4));
  }

  @Test
  void holesAreSubtracted() {
    double outer = AreaOp.areaM2(wkt("POLYGON ((30 49, 30.01 49, 30.01 49.01, 30 49.01, 30 49))"));
    double withHole =
        AreaOp.areaM2(
            wkt(
                "POLYGON ((30 49, 30.01 49, 30.01 49.01, 30 49.01, 30 49),"
                    + " (30.002 49.002, 30.004 49.002, 30.004 49.004, 30.002 49.004, 30.002 49.002))"));
    assertThat(withHole).isCloseTo(outer * (1 - 0.04), within(outer * 1e-3));
  }

  @Test
  void pointsAndLinesHaveNoArea() {
    assertThat(AreaOp.areaM2(wkt("POINT (30 49)"))).isZero();
    assertThat(AreaOp.areaM2(wkt("LINESTRING (30 49, 31 50)"))).isZero();
  }

  @Test
  void distanceBetweenPointsMatchesGreatCircle() {
    // Kyiv (30.5234, 50.4501) to Bila Tserkva (30.1167, 49.8000): about 79 km.
    var a = Wgs84.point(30.5234, 50.4501);
    var b = Wgs84.point(30.1167, 49.8000);
    double haversine = Wgs84.haversineM(a.getCoordinate(), b.getCoordinate());
    assertThat(DistanceOp.distanceM(a, b)).isCloseTo(haversine, within(haversine * 0.005));
    assertThat(haversine / 1000).isBetween(77.0, 81.0);
  }
}
