package org.reclaim.app.prioritise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.app.likelihood.LikelihoodService;
import org.reclaim.domain.DomainForTest;
import org.reclaim.io.export.GeoPackageFeatureReader;
import org.reclaim.io.export.GeoPackageFeatureWriter;
import org.reclaim.io.export.GeoPackageFeatureWriter.Column;
import org.reclaim.io.export.GeoPackageFeatureWriter.Type;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;

/** {@code reclaim estimate parcels} over a register: outputs, and refusals that leave nothing. */
class ParcelEstimationIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-01T08:00:00Z"), ZoneOffset.UTC);
  private static final List<Column> CADASTRE =
      List.of(new Column("cadastral_number", Type.TEXT), new Column("value_usd_per_ha", Type.REAL));

  @TempDir Path dir;

  private static ParcelEstimation service(ReclaimStore s) {
    return new ParcelEstimation(s, new ProfileCatalog(s), new LikelihoodService(s, CLOCK), CLOCK);
  }

  private static double column(
      GeoPackageFeatureReader.Row row, GeoPackageFeatureReader r, String f) {
    return ((Number) row.values()[r.fields().indexOf(f)]).doubleValue();
  }

  @Test
  void theRegistersParcelsGetOneRowEachAndTheSummaryAddsThemUp() throws Exception {
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.inMemory("parcel-estimation-it"))) {
      TenAreasForTest.fill(store);
      Path out = dir.resolve("estimates.gpkg");
      Path summary = dir.resolve("summary.csv");

      ParcelEstimateJob.Result result =
          service(store).run(null, out, summary, "agricultural-recovery", null, (d, t) -> {});

      assertThat(result.parcels()).isEqualTo(10);
      assertThat(result.hazardousAreas()).isEqualTo(10);
      double cost = 0;
      long affected = 0;
      try (GeoPackageFeatureReader r = GeoPackageFeatureReader.open(out, ParcelEstimateJob.TABLE)) {
        assertThat(r.count()).isEqualTo(10);
        for (GeoPackageFeatureReader.Row row; (row = r.next()) != null; ) {
          assertThat(row.geometry()).isNotNull();
          cost += column(row, r, "cost_usd");
          if (column(row, r, "hazard_m2") > 0) {
            affected++;
            assertThat(column(row, r, "likelihood")).isGreaterThan(0);
            assertThat(row.values()[r.fields().indexOf("method")]).isNotNull();
          }
        }
      }
      assertThat(affected).isEqualTo(result.affected()).isPositive();
      List<String> lines = Files.readAllLines(summary);
      assertThat(lines.get(0))
          .isEqualTo(
              "level,code,name,parcels,affected_parcels,parcel_ha,hazard_ha,cost_usd,team_days,"
                  + "value_locked_usd,unpriced_ha");
      String[] country = lines.get(1).split(",");
      assertThat(country[0]).isEqualTo("country");
      assertThat(Long.parseLong(country[3])).isEqualTo(10);
      assertThat(Long.parseLong(country[4])).isEqualTo(affected);
      assertThat(Double.parseDouble(country[7])).isCloseTo(cost, within(0.01));
    }
  }

  @Test
  void aCadastreRowWithoutAValueStopsTheRunByNameAndLeavesTheEarlierOutputAlone() throws Exception {
    Path cadastre = dir.resolve("cadastre.gpkg");
    try (GeoPackageFeatureWriter w =
        GeoPackageFeatureWriter.create(cadastre, "parcels", CADASTRE)) {
      w.write(DomainForTest.wkt(DomainForTest.squareWkt(36.2, 50.0, 0.002)), "A:1", 700.0);
      w.write(DomainForTest.wkt(DomainForTest.squareWkt(36.3, 50.0, 0.002)), "A:2", null);
      w.finish();
    }
    Path out = dir.resolve("estimates.gpkg");
    Files.writeString(out, "last month's estimates");
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.inMemory("parcel-estimation-bad"))) {
      TenAreasForTest.fill(store);

      assertThatThrownBy(
              () ->
                  service(store)
                      .run(cadastre, out, dir.resolve("s.csv"), "balanced", null, (d, t) -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "cadastre.gpkg: parcels fid 2: value_usd_per_ha: must be a number ≥ 0, was null");
    }
    assertThat(Files.readString(out)).isEqualTo("last month's estimates");
    assertThat(dir.resolve("s.csv")).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("cadastre.gpkg", "estimates.gpkg");
    }
  }

  @Test
  void aCadastreOfPointsIsRefusedNamingTheGeometry() throws Exception {
    Path cadastre = dir.resolve("points.gpkg");
    try (GeoPackageFeatureWriter w =
        GeoPackageFeatureWriter.create(cadastre, "parcels", CADASTRE)) {
      w.write(DomainForTest.wkt("POINT (36.2 50.0)"), "B:1", 700.0);
      w.finish();
    }
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.inMemory("parcel-estimation-points"))) {
      assertThatThrownBy(
              () ->
                  service(store)
                      .run(
                          cadastre,
                          dir.resolve("o.gpkg"),
                          dir.resolve("o.csv"),
                          "balanced",
                          null,
                          (d, t) -> {}))
          .hasMessage(
              "points.gpkg: parcels fid 1: geometry: must be a polygon or multipolygon, was point");
    }
  }
}
