package org.reclaim.io.odk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceClass;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.io.ImportForTest;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportIssue;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;
import org.reclaim.io.LayerImporter;

/**
 * Submissions of the sample NTS form (docs/examples/nts-form.xlsx), as ODK and Kobo export them.
 */
class OdkImporterTest {
  static final String FIRST = "uuid:6b1f0c2e-3c55-4c8e-9a51-2f0c7d1e9a01";
  static final String THIRD = "uuid:c3a9e1f4-7d2b-4e6a-b5c8-9f1e0a3d4b03";

  @TempDir Path dir;

  static ImportResult<?> fixture(Layer layer, String name, ImportFormat format) {
    return fixture(layer, name, format, OdkFormMapping.defaults());
  }

  static ImportResult<?> fixture(
      Layer layer, String name, ImportFormat format, OdkFormMapping mapping) {
    try (InputStream in = Files.newInputStream(ImportForTest.path("odk/" + name))) {
      return OdkImporter.read(layer, format, in, name, ImportOptions.sequentialIds(1), mapping);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportResult<?> text(Layer layer, ImportFormat format, String content) {
    return LayerImporter.read(
        layer,
        format,
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        "test",
        ImportOptions.sequentialIds(1));
  }

  @Test
  void anOdkCentralCsvExportGivesOneEvidenceRecordPerSubmission() {
    ImportResult<?> result = fixture(Layer.EVIDENCE, "nts-central.csv", ImportFormat.ODK_CSV);
    List<Evidence> evidence = result.as(Evidence.class).requireOk();

    assertThat(evidence)
        .extracting(
            Evidence::type,
            Evidence::evidenceClass,
            Evidence::observedOn,
            Evidence::source,
            Evidence::reliability,
            Evidence::casualties)
        .containsExactly(
            tuple(
                EvidenceType.EO_SIGHTING,
                EvidenceClass.DIRECT,
                LocalDate.of(2024, 5, 14),
                "NTS team 2",
                0.9,
                0),
            tuple(
                EvidenceType.ACCIDENT,
                EvidenceClass.DIRECT,
                LocalDate.of(2024, 5, 15),
                "NTS team 2",
                0.6,
                2),
            tuple(
                EvidenceType.NTS_INTERVIEW,
                EvidenceClass.INDIRECT,
                LocalDate.of(2024, 5, 16),
                "NTS team 2",
                0.3,
                0));
    // observation_point-Latitude 49.95, -Longitude 36.25: x is the longitude
    Point p = (Point) evidence.get(0).location();
    assertThat(p.getX()).isEqualTo(36.25);
    assertThat(p.getY()).isEqualTo(49.95);
  }

  @Test
  void koboJsonAndOdkCentralCsvOfTheSameSubmissionsGiveTheSameRecords() {
    Object csv = fixture(Layer.EVIDENCE, "nts-central.csv", ImportFormat.ODK_CSV).records();
    ImportResult<?> kobo = fixture(Layer.EVIDENCE, "nts-kobo.json", ImportFormat.ODK_JSON);

    assertThat(kobo.report().ok()).as(kobo.report().toText()).isTrue();
    // Kobo's geopoint "49.95 36.25 142.5 4.8" is latitude first, as the split CSV columns say
    assertThat(kobo.records()).isEqualTo(csv);
  }

  @Test
  void odkCentralODataGivesGeoJsonPointsLongitudeFirst() {
    ImportResult<?> odata =
        fixture(Layer.EVIDENCE, "nts-central-odata.json", ImportFormat.ODK_JSON);
    Evidence first = odata.as(Evidence.class).requireOk().get(0);

    assertThat(first.location().getCoordinate()).isEqualTo(new Coordinate(36.25, 49.95));
    assertThat(first.type()).isEqualTo(EvidenceType.EO_SIGHTING);
  }

  @Test
  void aGeoshapeBecomesTheSuspectedAreasPolygon() {
    ImportResult<?> result =
        fixture(Layer.HAZARDOUS_AREAS, "nts-central.csv", ImportFormat.ODK_CSV);
    List<HazardousArea> areas = result.as(HazardousArea.class).requireOk();

    // the accident (line 3) outlines no area: two areas from three submissions
    assertThat(result.report().recordsRead()).isEqualTo(2);
    assertThat(areas).extracting(HazardousArea::code).containsExactly(FIRST, THIRD);
    HazardousArea orchard = areas.get(0);
    assertThat(orchard.name()).isEqualTo("Orchard behind the school");
    assertThat(orchard.hazardClass()).isEqualTo(HazardClass.SHA);
    assertThat(orchard.reportedOn()).isEqualTo(LocalDate.of(2024, 5, 14));
    assertThat(orchard.contamination())
        .containsExactlyInAnyOrder(ContaminationType.AP_MINE, ContaminationType.UXO_ERW);
    Polygon shape = (Polygon) orchard.geometry();
    // "49.95 36.25 0 5;49.95 36.26 0 5;49.956 36.26 0 5;...": latitude first in each point
    assertThat(shape.getExteriorRing().getCoordinates())
        .startsWith(
            new Coordinate(36.25, 49.95),
            new Coordinate(36.26, 49.95),
            new Coordinate(36.26, 49.956));
    // 0.01° of longitude x 0.006° of latitude at 49.95°N: 717 m x 667 m, about 48 ha
    assertThat(orchard.areaM2()).isBetween(470_000.0, 490_000.0);
    // no sha_name: the settlement names the area
    assertThat(areas.get(1).name()).isEqualTo("Ruski Tyshky");
    assertThat(areas.get(1).contamination()).containsExactly(ContaminationType.AT_MINE);
  }

  @Test
  void repeatItemsGiveNoExtraRecordButTheAreasContaminationWhenItIsNotAnswered() {
    // Kobo's first submission lists 3 UXO and 1 AP mine in eo_items and no contamination
    ImportResult<?> evidence = fixture(Layer.EVIDENCE, "nts-kobo.json", ImportFormat.ODK_JSON);
    ImportResult<?> areas = fixture(Layer.HAZARDOUS_AREAS, "nts-kobo.json", ImportFormat.ODK_JSON);

    assertThat(evidence.records()).hasSize(3);
    assertThat(areas.as(HazardousArea.class).requireOk().get(0).contamination())
        .containsExactlyInAnyOrder(ContaminationType.AP_MINE, ContaminationType.UXO_ERW);
    assertThat(areas.records())
        .isEqualTo(
            fixture(Layer.HAZARDOUS_AREAS, "nts-central.csv", ImportFormat.ODK_CSV).records());
  }

  @Test
  void aBadGeopointNamesTheSubmissionAndTheFieldAndNothingIsImported() {
    String csv =
        "interview-survey_date,interview-surveyor,observation-evidence_type,observation-reliability,"
            + "observation-observation_point,meta-instanceID\n"
            + "2024-05-14,NTS team 2,eo_sighting,high,49.95 36.25 142 5,uuid:a\n"
            + "2024-05-15,NTS team 2,eo_sighting,high,49.95,uuid:b\n";
    ImportReport report = text(Layer.EVIDENCE, ImportFormat.ODK_CSV, csv).report();

    assertThat(report.ok()).isFalse();
    assertThat(report.issues())
        .extracting(ImportIssue::record, ImportIssue::field)
        .containsExactly(tuple(3, "observation_point"));
    assertThat(report.toText())
        .contains(
            "line 3, field \"observation_point\": submission uuid:b: '49.95' is not an ODK geopoint"
                + " 'latitude longitude [altitude accuracy]' in decimal degrees")
        .contains("nothing imported");
  }

  @Test
  void aGeopointWrittenLongitudeFirstIsCaughtByTheAxisCheck() {
    String json =
        "[{\"survey_date\": \"2024-05-14\", \"surveyor\": \"NTS team 2\", \"evidence_type\":"
            + " \"eo_sighting\", \"reliability\": \"high\", \"observation_point\": \"36.25 49.95\","
            + " \"_uuid\": \"u-1\"}]";
    ImportReport report = text(Layer.EVIDENCE, ImportFormat.ODK_JSON, json).report();

    assertThat(report.issues())
        .extracting(ImportIssue::record, ImportIssue::field)
        .containsExactly(tuple(1, "observation_point"));
    assertThat(report.issues().get(0).reason())
        .startsWith("submission u-1: ")
        .contains("latitude, longitude");
    assertThat(report.toText()).contains("submission 1, field \"observation_point\"");
  }

  @Test
  void aBadRepeatItemNamesItsPlaceInTheGroup() {
    String json =
        "{\"results\": [{\"survey_date\": \"2024-05-14\", \"surveyor\": \"NTS team 2\","
            + " \"evidence_type\": \"eo_sighting\", \"reliability\": \"high\","
            + " \"observation_point\": \"49.95 36.25\", \"meta/instanceID\": \"uuid:x\","
            + " \"eo_items\": [{\"eo_items/eo_type\": \"ap_mine\", \"eo_items/eo_count\": \"1\"},"
            + " {\"eo_items/eo_type\": \"mortar\", \"eo_items/eo_count\": \"two\"}]}]}";
    ImportResult<?> result = text(Layer.EVIDENCE, ImportFormat.ODK_JSON, json);

    assertThat(result.records()).isEmpty();
    assertThat(result.report().issues())
        .extracting(ImportIssue::record, ImportIssue::field, ImportIssue::reason)
        .containsExactly(
            tuple(
                1,
                "eo_items[2]/eo_type",
                "submission uuid:x: unknown item type 'mortar'; expected one of AP_MINE, AT_MINE,"
                    + " CLUSTER_MUNITION, UXO_ERW, IED"),
            tuple(
                1,
                "eo_items[2]/eo_count",
                "submission uuid:x: must be a whole number of at least 1, was 'two'"));
  }

  @Test
  void fieldProblemsAreReportedOnTheFormFieldsName() {
    String csv =
        "survey_date,surveyor,evidence_type,reliability,observation_point,_uuid\n"
            + "14.05.2024,NTS team 2,rumour,high,49.95 36.25,u-1\n";
    ImportReport report = text(Layer.EVIDENCE, ImportFormat.ODK_CSV, csv).report();

    assertThat(report.issues())
        .extracting(ImportIssue::field)
        .containsExactly("evidence_type", "survey_date");
    assertThat(report.issues().get(0).reason())
        .isEqualTo(
            "submission u-1: unknown value 'rumour'; expected one of EO_SIGHTING, PUBLIC_REPORT,"
                + " DRONE_DETECTION, SENSOR_DETECTION, NTS_INTERVIEW, ACCIDENT, COMBAT_EVENT,"
                + " FRONTLINE_HISTORY, EO_FOUND");
  }

  @Test
  void aKoboCsvWithSemicolonsAndSplitColumnsIsRead() {
    String csv =
        "start;end;survey_date;surveyor;evidence_type;reliability;observation_point;"
            + "_observation_point_latitude;_observation_point_longitude;_observation_point_altitude;"
            + "_observation_point_precision;informant_type;_id;_uuid;_submission_time\n"
            + "2024-05-14T09:31:02;2024-05-14T09:51:47;2024-05-14;NTS team 2;combat;medium;;"
            + "49.95;36.25;142;5;resident;401;6b1f;2024-05-14T09:52:31\n";
    ImportResult<?> result = text(Layer.EVIDENCE, ImportFormat.ODK_CSV, csv);
    Evidence e = result.as(Evidence.class).requireOk().get(0);

    assertThat(e.type()).isEqualTo(EvidenceType.COMBAT_EVENT);
    assertThat(e.location().getCoordinate()).isEqualTo(new Coordinate(36.25, 49.95));
    // the informant is not evidence: noted; Kobo's own columns are not
    assertThat(result.report().ignoredFields()).containsExactly("informant_type");
  }

  @Test
  void columnsTheMappingDoesNotReadAreNotedButMetadataIsNot() {
    ImportReport report = fixture(Layer.EVIDENCE, "nts-central.csv", ImportFormat.ODK_CSV).report();

    assertThat(report.ignoredFields())
        .containsExactly(
            "interview-informant_type",
            "interview-settlement",
            "notes",
            "suspected_area_group-contamination",
            "suspected_area_group-sha_name",
            "suspected_area_group-suspected_area");
  }

  @Test
  void theMappingCanBeOverriddenByAMapOrAFile() throws IOException {
    OdkFormMapping byMap =
        OdkFormMapping.defaults()
            .with(
                Map.of("evidence.source", "const:HALO Trust", "evidence.reliability.high", "0.95"));
    Evidence first =
        fixture(Layer.EVIDENCE, "nts-central.csv", ImportFormat.ODK_CSV, byMap)
            .as(Evidence.class)
            .requireOk()
            .get(0);
    assertThat(first.source()).isEqualTo("HALO Trust");
    assertThat(first.reliability()).isEqualTo(0.95);

    Path file = dir.resolve("mapping.properties");
    Files.writeString(file, "# our form calls it the team\nevidence.source = settlement\n");
    Evidence fromFile =
        fixture(Layer.EVIDENCE, "nts-central.csv", ImportFormat.ODK_CSV, OdkFormMapping.load(file))
            .as(Evidence.class)
            .requireOk()
            .get(0);
    assertThat(fromFile.source()).isEqualTo("Tsyrkuny");
    assertThat(fromFile.reliability()).isEqualTo(0.9);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "evidence.observed_date | survey_date | evidence has no field 'observed_date'",
        "settlements.name | settlement | unknown mapping key 'settlements.name'",
        "evidence.source | @surveyor | unknown source '@surveyor'"
      })
  void aMappingWithAnUnknownKeyOrSourceIsRefused(String key, String value, String message) {
    assertThatThrownBy(() -> OdkFormMapping.defaults().with(Map.of(key, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void otherLayersAreRefused() {
    ImportReport report = text(Layer.SETTLEMENTS, ImportFormat.ODK_JSON, "[]").report();

    assertThat(report.issues())
        .extracting(ImportIssue::reason)
        .containsExactly(
            "form submissions import into evidence or hazardous-areas, not settlements");
  }

  @Test
  void oneKoboPageOfALongerExportIsRefused() {
    String json =
        "{\"count\": 2500, \"next\": \"https://kf.example.org/api/v2/assets/x/data/?start=1000\","
            + " \"results\": []}";
    ImportReport report = text(Layer.EVIDENCE, ImportFormat.ODK_JSON, json).report();

    assertThat(report.issues())
        .extracting(ImportIssue::field, ImportIssue::reason)
        .singleElement()
        .satisfies(t -> assertThat(t.toList().get(1).toString()).startsWith("this is one page"));
  }

  @Test
  void formatNames() {
    assertThat(ImportFormat.fromName("odk-csv")).isEqualTo(ImportFormat.ODK_CSV);
    assertThat(ImportFormat.fromName("Kobo-JSON")).isEqualTo(ImportFormat.ODK_JSON);
    assertThat(ImportFormat.ODK_JSON.recordWord()).isEqualTo("submission");
  }
}
