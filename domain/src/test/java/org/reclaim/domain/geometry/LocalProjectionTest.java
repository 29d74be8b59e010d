package org.reclaim.domain.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.DomainForTest;

/** Projecting to metres and back lands where it started; the centre is at the origin. */
class LocalProjectionTest {
  @Test
  void aPointProjectedAndBackIsThePoint() {
    LocalProjection p = LocalProjection.near(36.2, 49.9);
    for (Coordinate lonLat :
        new Coordinate[] {
          new Coordinate(36.0, 50.0), new Coordinate(37.61, 47.1), new Coordinate(33.5, 48.6)
        }) {
      Coordinate back = p.unproject(p.project(lonLat));
      // within 1e-7° (about a centimetre) even 300 km from the centre
      assertThat(back.x).isCloseTo(lonLat.x, within(1e-7));
      assertThat(back.y).isCloseTo(lonLat.y, within(1e-7));
    }
    Coordinate centre = p.project(new Coordinate(36.0, 50.0));
    assertThat(Math.hypot(centre.x, centre.y)).isLessThan(1e-6);
  }

  @Test
  void aPolygonGrownInMetresAndBroughtBackIsThatMuchWider() {
    Geometry square = DomainForTest.wkt(DomainForTest.squareWkt(36.2, 49.9, 0.001));
    LocalProjection p = LocalProjection.forGeometry(square);
    Geometry grown = p.unproject(p.project(square).buffer(100));
    assertThat(grown.getSRID()).isEqualTo(Wgs84.SRID);
    assertThat(grown.contains(square)).isTrue();
    // every vertex of the grown polygon lies 100 m from the square, north-south as east-west
    for (Coordinate c : grown.getCoordinates()) {
      assertThat(DistanceOp.distanceM(Wgs84.point(c.x, c.y), square)).isCloseTo(100, within(1.0));
    }
  }
}
