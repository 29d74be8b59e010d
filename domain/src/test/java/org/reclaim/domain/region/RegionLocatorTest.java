package org.reclaim.domain.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.reclaim.domain.DomainForTest;

class RegionLocatorTest {
  private static Region region(long id, String code, Region.Level level, Long parent, String wkt) {
    return new Region(id, code, code, level, parent, DomainForTest.wkt(wkt));
  }

  private static final Region COUNTRY =
      region(1, "UA", Region.Level.COUNTRY, null, "POLYGON ((30 48, 34 48, 34 50, 30 50, 30 48))");
  private static final Region WEST =
      region(2, "UA-W", Region.Level.OBLAST, 1L, "POLYGON ((30 48, 32 48, 32 50, 30 50, 30 48))");
  private static final Region EAST =
      region(3, "UA-E", Region.Level.OBLAST, 1L, "POLYGON ((32 48, 34 48, 34 50, 32 50, 32 48))");
  private static final Region EAST_NORTH =
      region(4, "UA-E-N", Region.Level.RAION, 3L, "POLYGON ((32 49, 34 49, 34 50, 32 50, 32 49))");
  private static final Region EAST_SOUTH =
      region(5, "UA-E-S", Region.Level.RAION, 3L, "POLYGON ((32 48, 34 48, 34 49, 32 49, 32 48))");
  private static final Region HROMADA =
      region(
          6,
          "UA-E-N-1",
          Region.Level.HROMADA,
          4L,
          "POLYGON ((33 49.5, 34 49.5, 34 50, 33 50, 33 49.5))");

  private final RegionLocator locator =
      new RegionLocator(List.of(HROMADA, EAST_SOUTH, COUNTRY, WEST, EAST, EAST_NORTH));

  @Test
  void aPointGetsItsDeepestUnitAndEveryUnitAboveIt() {
    Map<Region.Level, Region> at = locator.locate(new Coordinate(33.5, 49.7));

    assertThat(at)
        .containsEntry(Region.Level.HROMADA, HROMADA)
        .containsEntry(Region.Level.RAION, EAST_NORTH)
        .containsEntry(Region.Level.OBLAST, EAST)
        .doesNotContainKey(Region.Level.COUNTRY);
  }

  @Test
  void anOblastWithoutRaionsIsItsOwnDeepestUnit() {
    assertThat(locator.locate(new Coordinate(31, 49))).containsOnlyKeys(Region.Level.OBLAST);
    assertThat(locator.locate(new Coordinate(33.5, 48.5)))
        .containsEntry(Region.Level.RAION, EAST_SOUTH)
        .doesNotContainKey(Region.Level.HROMADA);
  }

  @Test
  void aPointOutsideEveryUnitHasNone() {
    assertThat(locator.locate(new Coordinate(40, 49))).isEmpty();
    assertThat(new RegionLocator(List.of()).locate(new Coordinate(31, 49))).isEmpty();
  }
}
