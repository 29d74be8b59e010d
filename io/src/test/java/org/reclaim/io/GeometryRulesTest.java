package org.reclaim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each geometry rule (GICHD geocheck) on a one-row hazardous-areas or evidence CSV, with WKT
 * literals. The row is line 2 (the header is line 1).
 */
class GeometryRulesTest {
  private static final String AREAS = "code,name,contamination,wkt\n";
  private static final String EVIDENCE = "type,observed_on,source,reliability,wkt\n";

  static Stream<Arguments> badGeometries() {
    return Stream.of(
        Arguments.of(
            "bow-tie self-intersection",
            AREAS
                + "A,a,UXO_ERW,\"POLYGON ((36.3 49.9, 36.31 49.91, 36.31 49.9, 36.3 49.91, 36.3 49.9))\"",
            Layer.HAZARDOUS_AREAS,
            // the diagonals cross half-way: (36.305, 49.905)
            "invalid polygon: Self-intersection at (36.305, 49.905)"),
        Arguments.of(
            "ring with 2 distinct vertices",
            AREAS + "A,a,UXO_ERW,\"POLYGON ((36.4 49.9, 36.41 49.9, 36.4 49.9, 36.4 49.9))\"",
            Layer.HAZARDOUS_AREAS,
            "exterior ring has 2 distinct vertices; a polygon needs at least 3"),
        Arguments.of(
            "ring of 3 positions (too short for the WKT parser)",
            AREAS + "A,a,UXO_ERW,\"POLYGON ((36.4 49.9, 36.41 49.9, 36.4 49.9))\"",
            Layer.HAZARDOUS_AREAS,
            "exterior ring has 2 distinct vertices"),
        Arguments.of(
            "swapped lat/lon",
            EVIDENCE + "EO_SIGHTING,2024-01-01,SESU,0.9,POINT(48.5 35.0)",
            Layer.EVIDENCE,
            "coordinate looks like latitude, longitude; expected longitude, latitude"),
        Arguments.of(
            "longitude out of range",
            EVIDENCE + "EO_SIGHTING,2024-01-01,SESU,0.9,POINT(200 10)",
            Layer.EVIDENCE,
            "coordinate outside longitude [-180, 180] / latitude [-90, 90] at (200.0, 10.0)"),
        Arguments.of(
            "outside the area of operations",
            EVIDENCE + "EO_SIGHTING,2024-01-01,SESU,0.9,POINT(2.35 48.85)",
            Layer.EVIDENCE,
            "coordinate outside the area of operations"),
        Arguments.of(
            "300 km spike vertex",
            // 49.9°N to 52.6°N is 2.7° of latitude, about 300 km
            AREAS
                + "A,a,UXO_ERW,\"POLYGON ((36.7 49.9, 36.71 49.9, 36.71 52.6, 36.7 49.91, 36.7 49.9))\"",
            Layer.HAZARDOUS_AREAS,
            "consecutive vertices 300 km apart (limit 50 km)"),
        Arguments.of(
            "unclosed ring",
            AREAS + "A,a,UXO_ERW,\"POLYGON ((36.4 49.9, 36.41 49.9, 36.41 49.91, 36.4 49.91))\"",
            Layer.HAZARDOUS_AREAS,
            "polygon ring is not closed"),
        Arguments.of(
            "malformed WKT",
            AREAS + "A,a,UXO_ERW,\"POLYGON ((36.4 49.9, 36.41\"",
            Layer.HAZARDOUS_AREAS,
            "malformed WKT"),
        Arguments.of(
            "wrong geometry type for the layer",
            AREAS + "A,a,UXO_ERW,POINT (36.4 49.9)",
            Layer.HAZARDOUS_AREAS,
            "must be a Polygon or MultiPolygon, was Point"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badGeometries")
  void eachRuleIsOneIssueOnTheGeometryField(
      String name, String csv, Layer layer, String expectedReason) {
    ImportReport report = ImportForTest.text(layer, ImportFormat.CSV, csv).report();

    assertThat(report.ok()).isFalse();
    assertThat(report.issues()).hasSize(1);
    ImportIssue issue = report.issues().get(0);
    assertThat(issue.record()).isEqualTo(2);
    assertThat(issue.field()).isEqualTo("geometry");
    assertThat(issue.reason()).contains(expectedReason);
  }

  @org.junit.jupiter.api.Test
  void duplicatePolygonsAreFoundWhateverTheStartVertexOrDirection() {
    String csv =
        AREAS
            + "A,a,UXO_ERW,\"POLYGON ((36.2 49.9, 36.21 49.9, 36.21 49.91, 36.2 49.91, 36.2 49.9))\"\n"
            + "B,b,UXO_ERW,\"POLYGON ((36.3 49.9, 36.31 49.9, 36.31 49.91, 36.3 49.9))\"\n"
            // the first polygon again, starting at another vertex and running the other way
            + "C,c,UXO_ERW,\"POLYGON ((36.21 49.91, 36.21 49.9, 36.2 49.9, 36.2 49.91, 36.21 49.91))\"";

    ImportResult<?> result = ImportForTest.text(Layer.HAZARDOUS_AREAS, ImportFormat.CSV, csv);

    assertThat(result.records()).isEmpty();
    assertThat(result.report().issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.record()).isEqualTo(4);
              assertThat(i.field()).isEqualTo("geometry");
              assertThat(i.reason()).isEqualTo("duplicate geometry: same as line 2");
              assertThat(i.geometryWkt()).startsWith("POINT (");
            });
  }

  @org.junit.jupiter.api.Test
  void evidenceAtOnePlaceIsADuplicateOnlyWithTheSameTypeAndDate() {
    String csv =
        EVIDENCE
            + "EO_SIGHTING,2024-01-01,SESU,0.9,POINT (36.2 49.9)\n"
            + "EO_FOUND,2024-01-01,SESU,0.9,POINT (36.2 49.9)\n"
            + "EO_SIGHTING,2024-01-02,SESU,0.9,POINT (36.2 49.9)\n"
            + "EO_SIGHTING,2024-01-01,Police,0.5,POINT (36.2 49.9)";

    ImportReport report = ImportForTest.text(Layer.EVIDENCE, ImportFormat.CSV, csv).report();

    assertThat(report.issues())
        .extracting(ImportIssue::record, ImportIssue::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                5, "duplicate evidence: same type, date and location as line 2"));
  }
}
