package org.reclaim.domain.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.geometry.AreaOp;

class PartialReleaseOpTest {
  private static final Geometry SQUARE =
      DomainForTest.wkt(DomainForTest.squareWkt(36.2, 50.0, 0.002));

  @Test
  void releasedPlusRemainingEqualsTheAreaBefore() {
    // A 0.001° square in the south-west corner: a quarter of the area.
    Geometry corner = DomainForTest.wkt(DomainForTest.squareWkt(36.2, 50.0, 0.001));
    PartialReleaseOp.Split s = PartialReleaseOp.split(SQUARE, corner);
    assertThat(s.beforeM2()).isCloseTo(AreaOp.areaM2(SQUARE), within(1e-6));
    assertThat(s.releasedM2() + s.remainingM2()).isCloseTo(s.beforeM2(), within(0.01));
    // The quarter is about 1/4 of the whole (latitude changes the width by < 0.01 %).
    assertThat(s.releasedM2() / s.beforeM2()).isCloseTo(0.25, within(0.001));
    // An L-shaped remainder: three quarters, one polygon with 6 corners (7 ring points).
    assertThat(s.remaining().getNumPoints()).isEqualTo(7);
  }

  @Test
  void aHoleInTheMiddleLeavesAPolygonWithAHole() {
    Geometry middle = DomainForTest.wkt(DomainForTest.squareWkt(36.2005, 50.0005, 0.001));
    PartialReleaseOp.Split s = PartialReleaseOp.split(SQUARE, middle);
    assertThat(((org.locationtech.jts.geom.Polygon) s.remaining()).getNumInteriorRing())
        .isEqualTo(1);
    assertThat(s.releasedM2() + s.remainingM2()).isCloseTo(s.beforeM2(), within(0.01));
  }

  @Test
  void releasingEverythingLeavesNothing() {
    PartialReleaseOp.Split s = PartialReleaseOp.split(SQUARE, SQUARE);
    assertThat(s.remaining()).isNull();
    assertThat(s.remainingM2()).isZero();
    assertThat(s.releasedM2()).isCloseTo(s.beforeM2(), within(0.01));
  }

  @Test
  void aPolygonReachingOutsideIsRefused() {
    // Shifted half a side east: half of it lies outside the area.
    Geometry shifted = DomainForTest.wkt(DomainForTest.squareWkt(36.2015, 50.0, 0.001));
    assertThatThrownBy(() -> PartialReleaseOp.split(SQUARE, shifted))
        .hasMessageContaining("releasedGeometry")
        .hasMessageContaining("outside the part of the hazardous area");
  }

  @Test
  void aPolygonElsewhereIsRefused() {
    Geometry far = DomainForTest.wkt(DomainForTest.squareWkt(37.0, 50.0, 0.001));
    assertThatThrownBy(() -> PartialReleaseOp.split(SQUARE, far))
        .hasMessageContaining("does not overlap");
  }

  @Test
  void aSecondReleaseCannotTakeLandReleasedByTheFirst() {
    Geometry west =
        DomainForTest.wkt(
            "POLYGON ((36.2 50.0, 36.201 50.0, 36.201 50.002, 36.2 50.002, 36.2 50.0))");
    Geometry rest = PartialReleaseOp.split(SQUARE, west).remaining();
    assertThatThrownBy(() -> PartialReleaseOp.split(rest, west))
        .hasMessageContaining("does not overlap");
  }
}
