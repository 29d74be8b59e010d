package org.reclaim.likelihood.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.reclaim.domain.DomainForTest.squareWkt;
import static org.reclaim.domain.DomainForTest.wkt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.context.OccupationSnapshot;
import org.reclaim.domain.context.RoadSegment;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.geometry.Wgs84;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.likelihood.table.Table;

/** Known geometry, known features: distances, days occupied, evidence counts, labels. */
class RegisterFeaturesTest {
  /** Metres per degree of latitude, and of longitude at 50° N. */
  private static final double LAT_M = 111_250;

  private static final double LON_M = 71_700;

  private static Table t;

  private static HazardousArea area(long id, double lon, HazardStatus status) {
    return HazardousArea.builder()
        .id(id)
        .code("HA-" + id)
        .name("Field " + id)
        .status(status)
        .contamination(EnumSet.of(ContaminationType.AP_MINE))
        .geometry(wkt(squareWkt(lon, 50.0, 0.001)))
        .reportedOn(LocalDate.of(2024, 3, 1))
        .build();
  }

  private static Evidence evidence(
      long id, EvidenceType type, double lon, double lat, int casualties) {
    return Evidence.of(
        id,
        type,
        LocalDate.of(2024, 9, 1),
        Wgs84.point(lon, lat),
        "test",
        0.8,
        null,
        null,
        casualties);
  }

  @BeforeAll
  static void compute() {
    // A at 36.000, B 0.02° (1.4 km) east, C far east; A and B released, C still open
    List<HazardousArea> areas =
        List.of(
            area(1, 36.00, HazardStatus.RELEASED),
            area(2, 36.02, HazardStatus.RELEASED),
            area(3, 36.50, HazardStatus.SUSPECTED));
    List<OccupationSnapshot> snapshots =
        List.of(
            // 2024-01-01: A and B occupied; 2024-07-01: the line has moved back to 35.95
            new OccupationSnapshot(
                1, LocalDate.of(2024, 1, 1), "test", wkt(box(35.0, 49.0, 36.03, 51.0))),
            new OccupationSnapshot(
                2, LocalDate.of(2024, 7, 1), "test", wkt(box(35.0, 49.0, 35.95, 51.0))));
    List<Evidence> evidence =
        List.of(
            // 100 m north of A's north edge (50.001): within 500 m
            evidence(1, EvidenceType.EO_SIGHTING, 36.0005, 50.001 + 100 / LAT_M, 0),
            // 800 m north: too far
            evidence(2, EvidenceType.EO_SIGHTING, 36.0005, 50.001 + 800 / LAT_M, 0),
            evidence(3, EvidenceType.ACCIDENT, 36.0005, 50.0005, 2));
    // a road 300 m south of A (A's south edge at 50.000)
    List<RoadSegment> roads =
        List.of(
            new RoadSegment(
                1,
                RoadSegment.Kind.ROAD,
                "primary",
                wkt(
                    "LINESTRING (35.99 "
                        + (50 - 300 / LAT_M)
                        + ", 36.01 "
                        + (50 - 300 / LAT_M)
                        + ")")));
    List<LandRelease> releases =
        List.of(
            new LandRelease(
                1, 1, null, ReleaseCategory.CLEARED, 7_000, LocalDate.of(2024, 10, 1), 3),
            new LandRelease(
                2, 2, null, ReleaseCategory.CANCELLED, 7_000, LocalDate.of(2024, 10, 1), 0));
    t =
        RegisterFeatures.compute(
            new RegisterFeatures.Inputs(
                areas,
                evidence,
                List.of(),
                roads,
                List.of(),
                List.of(),
                snapshots,
                releases,
                LocalDate.of(2025, 1, 1)));
  }

  private static String box(double x0, double y0, double x1, double y1) {
    return "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))"
        .formatted(x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
  }

  private static double value(String column, int row) {
    return ((Table.Numeric) t.get(column)).values()[row];
  }

  @Test
  void daysOccupiedCountTheSnapshotsThatCoverThePlace() {
    // A and B inside the 2024-01-01 snapshot until 2024-07-01: 182 days; C never
    assertThat(value("occupied_days", 0)).isEqualTo(182);
    assertThat(value("occupied_days", 1)).isEqualTo(182);
    assertThat(value("occupied_days", 2)).isZero();
  }

  @Test
  void distanceToTheLatestLineIsMeasuredInKilometres() {
    // A's centre 36.0005 E to the 2024-07 line at 35.95 E: 0.0505° of longitude at 50° N
    assertThat(value("front_distance_km", 0)).isCloseTo(0.0505 * LON_M / 1000, within(0.05));
    // nearest line of any date: the 2024-01 line at 36.03, 0.0295° east
    assertThat(value("front_distance_min_km", 0)).isCloseTo(0.0295 * LON_M / 1000, within(0.05));
  }

  @Test
  void evidenceCountsWithin500Metres() {
    assertThat(value("evidence_eo_sighting", 0)).isEqualTo(1);
    assertThat(value("evidence_accident", 0)).isEqualTo(1);
    assertThat(value("casualties", 0)).isEqualTo(2);
    assertThat(value("evidence_direct", 0)).isEqualTo(2);
    assertThat(value("days_since_direct_evidence", 0)).isEqualTo(122); // 2024-09-01 to 2025-01-01
    assertThat(value("evidence_eo_sighting", 2)).isZero();
  }

  @Test
  void roadsAreMeasuredInMetres() {
    assertThat(value("road_distance_m", 0)).isCloseTo(300, within(6.0));
  }

  @Test
  void labelsComeFromCompletedWorkAndNeighboursNeverFromTheAreaItself() {
    assertThat(value("found", 0)).isEqualTo(1); // 3 items found
    assertThat(value("found", 1)).isZero(); // released, nothing found
    assertThat(value("found", 2)).isNaN(); // not worked
    // B sees A's 3 items 1.4 km away; A sees B released clean; neither counts itself
    assertThat(value("items_found_nearby", 1)).isEqualTo(3);
    assertThat(value("items_found_nearby", 0)).isZero();
    assertThat(value("areas_released_clean_nearby", 0)).isEqualTo(1);
    assertThat(value("areas_released_clean_nearby", 1)).isZero();
  }

  @Test
  void aGridCoversTheOpenLandCellByCellEachMeasuredWhereItIs() {
    // an open area of 0.01° × 0.01° (≈ 717 m × 1,112 m = 0.80 km²) whose south edge is on the
    // road line's latitude + 300 m; a 100 m grid: about 80 cells, the released areas left out
    HazardousArea big =
        HazardousArea.builder()
            .id(9)
            .code("HA-9")
            .name("Field 9")
            .status(HazardStatus.SUSPECTED)
            .contamination(EnumSet.of(ContaminationType.AT_MINE))
            .geometry(wkt(box(36.0, 50.0, 36.01, 50.01)))
            .reportedOn(LocalDate.of(2024, 3, 1))
            .build();
    RoadSegment road =
        new RoadSegment(
            1,
            RoadSegment.Kind.ROAD,
            "primary",
            wkt("LINESTRING (35.99 " + (50 - 300 / LAT_M) + ", 36.02 " + (50 - 300 / LAT_M) + ")"));
    Table g =
        RegisterFeatures.grid(
            new RegisterFeatures.Inputs(
                List.of(area(1, 36.0, HazardStatus.RELEASED), big),
                List.of(),
                List.of(),
                List.of(road),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                LocalDate.of(2025, 1, 1)),
            100);
    assertThat(g.rows()).isBetween(70, 92);
    double[] area = ((Table.Numeric) g.get("area_id")).values();
    double[] lat = ((Table.Numeric) g.get("lat")).values();
    double[] lon = ((Table.Numeric) g.get("lon")).values();
    double[] roadM = ((Table.Numeric) g.get("road_distance_m")).values();
    double[] ids = ((Table.Numeric) g.get("cell_id")).values();
    assertThat(java.util.Arrays.stream(ids).distinct().count()).isEqualTo(g.rows());
    for (int i = 0; i < g.rows(); i++) {
      assertThat(area[i]).isEqualTo(9);
      assertThat(lon[i]).isBetween(36.0, 36.01);
      assertThat(lat[i]).isBetween(50.0, 50.01);
      // each cell is measured where it is: its south edge lies ≈ 300 m + its distance north of
      // the area's south edge from the road (cells are 100 m; the grid is not aligned to the area)
      double north = (lat[i] - 50.0) * LAT_M;
      assertThat(roadM[i]).isCloseTo(300 + north - 50, within(60.0));
      assertThat(((Table.Numeric) g.get("found")).values()[i]).isNaN();
    }
    assertThat(g.names()).contains("region_id", "hazard_class", "occupied_days");
  }
}
