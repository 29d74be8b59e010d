package org.reclaim.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class MapGeneralisationTest {
  private static Geometry wkt(String text) throws ParseException {
    return new WKTReader().read(text);
  }

  @Test
  void aPixelIsThreeHundredSixtyDegreesOverTheWorldsWidthInPixels() {
    // zoom 0: the world is one 256-pixel tile; each zoom level halves the pixel
    assertThat(MapGeneralisation.pixelDegrees(0)).isEqualTo(360.0 / 256);
    assertThat(MapGeneralisation.pixelDegrees(8)).isEqualTo(360.0 / 65_536);
  }

  @Test
  void anAreaSmallerThanThreePixelsIsSentAsAPointInsideIt() throws ParseException {
    // 0.01° ≈ 700 m wide; at zoom 6 a pixel is 360 / 16384 ≈ 0.022°
    Geometry square = wkt("POLYGON ((36 49, 36.01 49, 36.01 49.01, 36 49.01, 36 49))");
    Geometry drawn = MapGeneralisation.forZoom(6).apply(square);
    assertThat(drawn.getGeometryType()).isEqualTo("Point");
    assertThat(square.contains(drawn)).isTrue();
    // at zoom 14 (a pixel ≈ 0.00009°) it is drawn as the polygon
    assertThat(MapGeneralisation.forZoom(14).apply(square).getGeometryType()).isEqualTo("Polygon");
  }

  @Test
  void verticesCloserThanAPixelAreDropped() throws ParseException {
    // a 1° square whose edges carry 0.001° wiggles: invisible at zoom 8 (a pixel ≈ 0.0055°)
    StringBuilder ring = new StringBuilder("POLYGON ((36 49");
    for (int i = 1; i < 100; i++) {
      ring.append(", ").append(36 + i / 100.0).append(' ').append(49 + (i % 2) * 0.001);
    }
    ring.append(", 37 49, 37 50, 36 50, 36 49))");
    Geometry wiggly = wkt(ring.toString());
    Geometry drawn = MapGeneralisation.forZoom(8).apply(wiggly);
    assertThat(wiggly.getNumPoints()).isEqualTo(104);
    assertThat(drawn.getNumPoints()).isEqualTo(5);
    assertThat(drawn.getArea())
        .isCloseTo(wiggly.getArea(), org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void pointsAndHighZoomsPassUnchanged() throws ParseException {
    Geometry point = wkt("POINT (36 49)");
    assertThat(MapGeneralisation.forZoom(3).apply(point)).isSameAs(point);
    Geometry square = wkt("POLYGON ((36 49, 36.0001 49, 36.0001 49.0001, 36 49.0001, 36 49))");
    assertThat(MapGeneralisation.forZoom(MapGeneralisation.EXACT_ZOOM).apply(square))
        .isSameAs(square);
  }

  @Test
  void aZoomOutsideTheWebMapRangeNamesTheParameter() {
    assertThatThrownBy(() -> MapGeneralisation.forZoom(23))
        .isInstanceOf(RequestFieldException.class)
        .hasMessageContaining("zoom");
  }
}
