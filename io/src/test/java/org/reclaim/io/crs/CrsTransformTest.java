package org.reclaim.io.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

class CrsTransformTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "EPSG:3857, 3857",
    "epsg:32636, 32636",
    "3857, 3857",
    "urn:ogc:def:crs:EPSG::3857, 3857",
    "urn:ogc:def:crs:EPSG:6.6:32636, 32636",
    "http://www.opengis.net/def/crs/EPSG/0/4284, 4284",
    "urn:ogc:def:crs:OGC:1.3:CRS84, 4326",
    "CRS84, 4326",
    "WGS84, 4326",
    "EPSG:4326, 4326"
  })
  void recognisesTheUsualNames(String name, String code) {
    assertThat(CrsTransform.epsgCode(name)).isEqualTo(code);
  }

  @Test
  void wgs84NamesNeedNoTransform() throws UnknownCrsException {
    assertThat(CrsTransform.from("urn:ogc:def:crs:OGC:1.3:CRS84").isIdentity()).isTrue();
    assertThat(CrsTransform.from("EPSG:4326").isIdentity()).isTrue();
  }

  @Test
  void utmZone36NorthToWgs84() throws UnknownCrsException {
    // UTM zone 36N has its central meridian at 33°E: easting 500 000 m lies on it
    Coordinate c = CrsTransform.from("EPSG:32636").toWgs84(500_000, 5_530_000);

    assertThat(c.x).isCloseTo(33.0, within(1e-9));
    assertThat(c.y).isBetween(49.9, 50.0);
  }

  @Test
  void unknownNamesAndCodesAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> CrsTransform.from("Pulkovo-ish"))
        .isInstanceOf(UnknownCrsException.class)
        .hasMessageContaining("unknown coordinate reference system 'Pulkovo-ish'")
        .hasMessageContaining("EPSG:3857");
    assertThatThrownBy(() -> CrsTransform.from("EPSG:999999"))
        .isInstanceOf(UnknownCrsException.class)
        .hasMessageContaining("not in the EPSG database");
  }
}
