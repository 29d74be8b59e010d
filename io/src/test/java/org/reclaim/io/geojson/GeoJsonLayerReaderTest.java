package org.reclaim.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.region.Region;
import org.reclaim.io.ImportForTest;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportIssue;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.Layer;

class GeoJsonLayerReaderTest {

  @Test
  void readsAFeatureCollection() {
    var result = ImportForTest.fixture(Layer.HAZARDOUS_AREAS, "hazardous-areas.geojson");
    List<HazardousArea> areas = result.as(HazardousArea.class).requireOk();

    assertThat(areas.get(0).status()).isEqualTo(HazardStatus.CONFIRMED);
    assertThat(areas.get(0).regionId()).isEqualTo(2L);
    assertThat(areas.get(0).contamination())
        .containsExactlyInAnyOrder(ContaminationType.AP_MINE, ContaminationType.UXO_ERW);
    assertThat(areas.get(1).geometry().getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(result.report().ignoredFields()).containsExactly("imsma_guid");
  }

  @Test
  void aLegacyCrsMemberIsReprojected() {
    HazardousArea area =
        ImportForTest.fixture(Layer.HAZARDOUS_AREAS, "hazardous-areas-3857.geojson")
            .as(HazardousArea.class)
            .requireOk()
            .get(0);

    // the fixture's first vertex is (36.20°, 49.90°) projected with x = R·λ, y = R·ln tan(π/4 +
    // φ/2)
    Coordinate first = area.geometry().getCoordinates()[0];
    assertThat(first.x).isCloseTo(36.20, within(1e-6));
    assertThat(first.y).isCloseTo(49.90, within(1e-6));
    assertThat(area.geometry().getSRID()).isEqualTo(4326);
  }

  @Test
  void anUnknownCrsRejectsTheFile() {
    ImportReport report =
        ImportForTest.fixture(Layer.HAZARDOUS_AREAS, "unknown-crs.geojson").report();

    assertThat(report.issues()).hasSize(1);
    ImportIssue issue = report.issues().get(0);
    assertThat(issue.record()).isZero();
    assertThat(issue.field()).isEqualTo("crs");
    assertThat(issue.reason())
        .contains("'urn:ogc:def:crs:EPSG::999999'")
        .contains("not in the EPSG database");
  }

  @Test
  void theBrokenFixtureListsEveryFault() {
    ImportReport report =
        ImportForTest.fixture(Layer.HAZARDOUS_AREAS, "broken-hazardous-areas.geojson").report();

    assertThat(report.recordsRead()).isEqualTo(10);
    assertThat(report.issues())
        .extracting(ImportIssue::record, ImportIssue::field)
        .containsExactly(
            tuple(2, "geometry"),
            tuple(3, "geometry"),
            tuple(4, "geometry"),
            tuple(5, "geometry"),
            tuple(6, "geometry"),
            tuple(7, "geometry"),
            tuple(8, "name"),
            tuple(8, "hazard_class"),
            tuple(8, "reported_on"),
            tuple(9, "geometry"),
            tuple(10, "contamination"),
            tuple(10, "code"));
    assertThat(report.toText())
        .contains("feature 2, field \"geometry\": invalid polygon: Self-intersection")
        .contains("feature 3, field \"geometry\": exterior ring has 2 distinct vertices")
        .contains("feature 4, field \"geometry\": coordinate looks like latitude, longitude")
        .contains("feature 5, field \"geometry\": coordinate outside longitude")
        .contains("feature 6, field \"geometry\": consecutive vertices 300 km apart")
        .contains("feature 7, field \"geometry\": duplicate geometry: same as feature 1")
        .contains("feature 9, field \"geometry\": exterior ring is not closed")
        .contains("feature 10, field \"code\": duplicate code 'BRK-01': same as feature 1");
  }

  @Test
  void regionsReferToParentsEarlierInTheFile() {
    List<Region> regions =
        ImportForTest.fixture(Layer.REGIONS, "regions.geojson").as(Region.class).requireOk();

    assertThat(regions.get(0).parentId()).isNull();
    assertThat(regions.get(1).parentId()).isEqualTo(regions.get(0).id());
  }

  @Test
  void malformedJsonIsOneFileIssue() {
    ImportReport report =
        ImportForTest.text(
                Layer.OPERATORS,
                ImportFormat.GEOJSON,
                "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\",")
            .report();

    assertThat(report.issues()).singleElement().extracting(ImportIssue::field).isEqualTo("(file)");
    assertThat(report.issues().get(0).reason()).startsWith("malformed JSON at line 1");
  }

  @Test
  void optionsCrsAppliesWhenTheFileDeclaresNone() {
    String json =
        """
        {"type": "FeatureCollection", "features": [{"type": "Feature",
          "properties": {"name": "A", "population": 10},
          "geometry": {"type": "Point", "coordinates": [4030322.16417, 6429839.740532]}}]}
        """;

    var settlement =
        ImportForTest.text(
                Layer.SETTLEMENTS,
                ImportFormat.GEOJSON,
                json,
                ImportOptions.sequentialIds(1).withCrs("EPSG:3857"))
            .requireOk()
            .get(0);

    assertThat(settlement).hasFieldOrPropertyWithValue("population", 10);
  }

  @Test
  void aSingleFeatureIsAccepted() {
    String json =
        """
        {"properties": {"name": "A", "kind": "NGO", "country": "UA"}, "type": "Feature",
         "geometry": null}
        """;

    assertThat(ImportForTest.text(Layer.OPERATORS, ImportFormat.GEOJSON, json).requireOk())
        .hasSize(1);
  }
}
