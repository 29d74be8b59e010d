package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.store.ReclaimStore;

/**
 * The formats a field team has, through {@code reclaim import} and {@code reclaim report export}:
 * hazard polygons drawn in Google Earth (KML) that export and import back, and a KoboToolbox export
 * of the sample NTS form into evidence; a broken file imports nothing.
 */
class FieldFormatsIT {
  @TempDir Path dir;

  private static Path fixture(String name) throws Exception {
    return Path.of(FieldFormatsIT.class.getResource("/fieldformats/" + name).toURI());
  }

  @Test
  void kmlPolygonsImportExportAndImportBack() throws Exception {
    String db = "field-formats-kml";
    CliForTest.ok(
        "import",
        "hazardous-areas",
        fixture("hazardous-areas.kml").toString(),
        "--db-url",
        CliForTest.url(db));
    Path kmz = dir.resolve("areas.kmz");
    CliForTest.ok(
        "report",
        "export",
        "hazardous-areas",
        "--format",
        "kmz",
        "--out",
        kmz.toString(),
        "--db-url",
        CliForTest.url(db));
    assertThat(kmz).exists();
    String other = "field-formats-kml-back";
    String out =
        CliForTest.ok(
            "import", "hazardous-areas", kmz.toString(), "--db-url", CliForTest.url(other));
    assertThat(out).contains("stored 3 hazardous-areas records");
    try (ReclaimStore a = CliForTest.open(db);
        ReclaimStore b = CliForTest.open(other)) {
      assertThat(b.hazardousAreas().count()).isEqualTo(a.hazardousAreas().count()).isEqualTo(3);
      double areaA = a.hazardousAreas().listAll().stream().mapToDouble(x -> x.areaM2()).sum();
      double areaB = b.hazardousAreas().listAll().stream().mapToDouble(x -> x.areaM2()).sum();
      assertThat(areaB).isCloseTo(areaA, org.assertj.core.data.Offset.offset(0.01));
    }
  }

  @Test
  void aKoboExportOfTheNtsFormBecomesEvidence() throws Exception {
    String db = "field-formats-kobo";
    String out =
        CliForTest.ok(
            "import",
            "evidence",
            fixture("nts-kobo.json").toString(),
            "--format",
            "odk-json",
            "--db-url",
            CliForTest.url(db));
    assertThat(out).contains("stored 3 evidence records");
    try (ReclaimStore s = CliForTest.open(db)) {
      var first = s.evidence().listAll().getFirst();
      // the form's geopoint is latitude first: 49.95 N, 36.25 E
      assertThat(first.location().getCoordinate().x).isEqualTo(36.25);
      assertThat(first.location().getCoordinate().y).isEqualTo(49.95);
    }
  }

  @Test
  void aBrokenGeopointImportsNothingAndNamesTheSubmissionAndField() throws Exception {
    String broken =
        Files.readString(fixture("nts-kobo.json"))
            .replace("\"49.95 36.25 142.5 4.8\"", "\"not a point\"");
    Path file = dir.resolve("broken.json");
    Files.writeString(file, broken);
    String db = "field-formats-broken";
    CliForTest.Run run =
        CliForTest.exec(
            "import",
            "evidence",
            file.toString(),
            "--format",
            "odk-json",
            "--db-url",
            CliForTest.url(db));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("observation_point").contains("nothing");
    try (ReclaimStore s = CliForTest.open(db)) {
      assertThat(s.evidence().count()).isZero();
    }
  }
}
