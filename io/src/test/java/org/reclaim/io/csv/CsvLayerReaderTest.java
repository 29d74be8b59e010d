package org.reclaim.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceClass;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.team.Team;
import org.reclaim.io.ImportForTest;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportIssue;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;

class CsvLayerReaderTest {

  @Test
  void readsPolygonsFromAWktColumn() {
    List<HazardousArea> areas =
        ImportForTest.fixture(Layer.HAZARDOUS_AREAS, "hazardous-areas.csv")
            .as(HazardousArea.class)
            .requireOk();

    HazardousArea orchard = areas.get(0);
    assertThat(orchard.id()).isEqualTo(1);
    assertThat(orchard.code()).isEqualTo("UA63-HA-0101");
    assertThat(orchard.name()).isEqualTo("Orchard, east of the school");
    assertThat(orchard.contamination())
        .containsExactlyInAnyOrder(ContaminationType.CLUSTER_MUNITION, ContaminationType.UXO_ERW);
    assertThat(orchard.vegetation()).isEqualTo(Vegetation.DENSE);
    assertThat(orchard.reportedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(orchard.geometry().getGeometryType()).isEqualTo("Polygon");
    // 0.01° x 0.01° at 49.8°N: 1113 m x 720 m, about 80 ha
    assertThat(orchard.areaM2()).isBetween(790_000.0, 810_000.0);
    HazardousArea verge = areas.get(1);
    assertThat(verge.regionId()).isNull();
    assertThat(verge.hazardClass()).isEqualTo(HazardClass.CHA);
    assertThat(verge.contamination()).containsExactly(ContaminationType.AP_MINE);
  }

  @Test
  void readsPointsFromLonLatColumns() {
    List<Evidence> evidence =
        ImportForTest.fixture(Layer.EVIDENCE, "evidence.csv").as(Evidence.class).requireOk();

    assertThat(evidence).hasSize(4);
    Point p = (Point) evidence.get(0).location();
    assertThat(p.getX()).isEqualTo(36.205);
    assertThat(p.getY()).isEqualTo(49.905);
    assertThat(p.getSRID()).isEqualTo(4326);
    assertThat(evidence.get(0).evidenceClass()).isEqualTo(EvidenceClass.DIRECT);
    // a drone detection with confidence 0.85 >= 0.8 counts as direct
    assertThat(evidence.get(1).evidenceClass()).isEqualTo(EvidenceClass.DIRECT);
    assertThat(evidence.get(1).detectorType()).isEqualTo("DJI M300 + YOLOv8");
    assertThat(evidence.get(2).type()).isEqualTo(EvidenceType.ACCIDENT);
    assertThat(evidence.get(2).casualties()).isEqualTo(2);
    assertThat(evidence.get(3).confidence()).isNull();
  }

  @Test
  void severalBadRowsGiveOneIssueEachWithLineAndField() {
    ImportResult<?> result = ImportForTest.fixture(Layer.EVIDENCE, "broken-evidence.csv");

    assertThat(result.records()).isEmpty();
    assertThat(result.report().recordsRead()).isEqualTo(9);
    assertThat(result.report().issues())
        .extracting(ImportIssue::record, ImportIssue::field)
        .containsExactly(
            tuple(3, "type"),
            tuple(4, "reliability"),
            tuple(5, "geometry"),
            tuple(6, "geometry"),
            tuple(7, "observed_on"),
            tuple(8, "casualties"),
            tuple(9, "geometry"),
            tuple(10, "lat"));
    assertThat(result.report().issues().get(0).reason())
        .startsWith("unknown value 'MINE_SIGHTING'; expected one of EO_SIGHTING, PUBLIC_REPORT");
    assertThat(result.report().issues().get(1).reason()).contains("between 0 and 1, was 1.5");
    assertThat(result.report().issues().get(5).reason())
        .isEqualTo("only accidents record casualties");
    assertThat(result.report().issues().get(6).reason()).endsWith("as line 2");
  }

  @Test
  void lineNumbersCountPhysicalLinesOfQuotedValues() {
    String csv =
        "name,kind,country\n" + "\"Operator with a\nline break\",NGO,UA\n" + "Bad,UNKNOWN,UA\n";

    ImportReport report = ImportForTest.text(Layer.OPERATORS, ImportFormat.CSV, csv).report();

    assertThat(report.issues()).extracting(ImportIssue::record).containsExactly(4);
  }

  @Test
  void aMissingRequiredColumnStopsAtTheHeader() {
    String csv = "name,country\nA,UA\nB,UA\n";

    ImportReport report = ImportForTest.text(Layer.OPERATORS, ImportFormat.CSV, csv).report();

    assertThat(report.issues())
        .containsExactly(new ImportIssue(1, "kind", "required column is missing from the header"));
    assertThat(report.recordsRead()).isZero();
  }

  @Test
  void aLayerWithGeometryNeedsGeometryColumns() {
    String csv = "name,population\nA,10\n";

    ImportReport report = ImportForTest.text(Layer.SETTLEMENTS, ImportFormat.CSV, csv).report();

    assertThat(report.issues()).extracting(ImportIssue::field).containsExactly("geometry");
  }

  @Test
  void unknownColumnsAreNotedNotRejected() {
    String csv = "\uFEFFName,Kind,Country,Remarks\nA,NGO,UA,x\n";

    ImportResult<?> result = ImportForTest.text(Layer.OPERATORS, ImportFormat.CSV, csv);

    assertThat(result.ok()).isTrue();
    assertThat(result.report().ignoredFields()).containsExactly("remarks");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsAnIssue() {
    String csv = "name,kind,country\nA,NGO\n";

    ImportReport report = ImportForTest.text(Layer.OPERATORS, ImportFormat.CSV, csv).report();

    assertThat(report.issues())
        .containsExactly(new ImportIssue(2, "(row)", "has 2 fields, the header has 3"));
  }

  @Test
  void aDeclaredCrsIsReprojectedToWgs84() {
    ImportOptions web = ImportOptions.sequentialIds(1).withCrs("EPSG:3857");

    Evidence e =
        ImportForTest.fixture(Layer.EVIDENCE, "evidence-3857.csv", web)
            .as(Evidence.class)
            .requireOk()
            .get(0);

    // x = R·λ and y = R·ln tan(π/4 + φ/2) with R = 6 378 137 m were computed for (36.205, 49.905)
    assertThat(e.location().getCoordinate().x).isCloseTo(36.205, within(1e-6));
    assertThat(e.location().getCoordinate().y).isCloseTo(49.905, within(1e-6));
  }

  @Test
  void anEwktSridIsReprojectedRowByRow() {
    String csv =
        "type,observed_on,source,reliability,wkt\n"
            + "EO_SIGHTING,2024-01-01,SESU,0.9,SRID=3857;POINT (4030322.16417 6429839.740532)\n";

    Evidence e =
        ImportForTest.text(Layer.EVIDENCE, ImportFormat.CSV, csv)
            .as(Evidence.class)
            .requireOk()
            .get(0);

    assertThat(e.location().getCoordinate().x).isCloseTo(36.205, within(1e-6));
  }

  @Test
  void anUnknownCrsRejectsTheFileWithOneClearIssue() {
    ImportOptions bad = ImportOptions.sequentialIds(1).withCrs("EPSG:999999");

    ImportReport report = ImportForTest.fixture(Layer.EVIDENCE, "evidence.csv", bad).report();

    assertThat(report.issues()).hasSize(1);
    assertThat(report.issues().get(0).record()).isZero();
    assertThat(report.issues().get(0).field()).isEqualTo("crs");
    assertThat(report.issues().get(0).reason())
        .contains("unknown coordinate reference system 'EPSG:999999'");
  }

  @Test
  void teamsReadProductivityAndAvailability() {
    Team alpha = ImportForTest.fixture(Layer.TEAMS, "teams.csv").as(Team.class).requireOk().get(0);

    assertThat(alpha.productivity().cells()).hasSize(1 + 5 + 1); // MANUAL/*/DENSE covers 5 terrains
    assertThat(alpha.availability()).hasSize(1);
    assertThat(alpha.isAvailable(LocalDate.of(2025, 12, 1))).isFalse();
    assertThat(alpha.base().getX()).isEqualTo(36.23);
  }

  @Test
  void missingAndBadValuesNameTheirFields() {
    String csv =
        "operator_id,activity,region_ids,valid_from,valid_to\n"
            + "0,DEMINING,1;x,2024-01-01,2023-01-01\n"
            + "1,NTS,1,2025-01-01,2024-01-01\n";

    ImportReport report = ImportForTest.text(Layer.ACCREDITATIONS, ImportFormat.CSV, csv).report();

    assertThat(report.issues())
        .extracting(ImportIssue::record, ImportIssue::field)
        .containsExactly(
            tuple(2, "operator_id"),
            tuple(2, "activity"),
            tuple(2, "region_ids"),
            tuple(3, "valid_to"));
    assertThat(Set.copyOf(report.issues()).size()).isEqualTo(4);
  }
}
