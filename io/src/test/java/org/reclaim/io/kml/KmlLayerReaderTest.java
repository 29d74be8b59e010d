package org.reclaim.io.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.io.ImportForTest;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportIssue;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportReport;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;

class KmlLayerReaderTest {
  @TempDir Path dir;

  private static String kml(String placemarks) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
        + placemarks
        + "</Document></kml>\n";
  }

  /** An evidence placemark at {@code coordinates}. */
  static String evidencePlacemark(String name, String coordinates) {
    return "<Placemark><name>"
        + name
        + "</name><ExtendedData>"
        + "<Data name=\"type\"><value>EO_SIGHTING</value></Data>"
        + "<Data name=\"observed_on\"><value>2024-05-14</value></Data>"
        + "<Data name=\"source\"><value>NTS team 2</value></Data>"
        + "<Data name=\"reliability\"><value>0.8</value></Data>"
        + "</ExtendedData><Point><coordinates>"
        + coordinates
        + "</coordinates></Point></Placemark>\n";
  }

  @Test
  void readsPlacemarksInNestedFoldersWithHolesAndMultiGeometry() {
    ImportResult<?> result = ImportForTest.fixture(Layer.HAZARDOUS_AREAS, "hazardous-areas.kml");
    List<HazardousArea> areas = result.as(HazardousArea.class).requireOk();

    assertThat(result.report().format()).isEqualTo(ImportFormat.KML);
    assertThat(areas)
        .extracting(HazardousArea::code)
        .containsExactly("UA63-HA-0001", "UA63-HA-0002", "UA63-HA-0003");
    HazardousArea field = areas.get(0); // <Data name="Code">: names are case-insensitive
    assertThat(field.name()).isEqualTo("Field north of Tsyrkuny");
    assertThat(field.hazardClass()).isEqualTo(HazardClass.CHA);
    assertThat(field.landUse()).isEqualTo(LandUse.AGRICULTURE);
    assertThat(field.contamination())
        .containsExactlyInAnyOrder(ContaminationType.AP_MINE, ContaminationType.UXO_ERW);
    Polygon withHole = (Polygon) field.geometry();
    assertThat(withHole.getNumInteriorRing()).isEqualTo(1);
    // shell 0.01° x 0.01° less a 0.002° x 0.002° hole: 4 % smaller than the shell alone
    assertThat(withHole.getArea()).isCloseTo(0.0001 - 0.000004, within(1e-12));
    HazardousArea treeLine = areas.get(1); // SchemaData/SimpleData
    assertThat(treeLine.contamination()).containsExactly(ContaminationType.AT_MINE);
    assertThat(treeLine.geometry().getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(treeLine.geometry().getNumGeometries()).isEqualTo(2);
  }

  @Test
  void theNameStandsForTheCodeWhenExtendedDataHasNone() {
    ImportResult<?> result = ImportForTest.fixture(Layer.HAZARDOUS_AREAS, "hazardous-areas.kml");
    HazardousArea third = result.as(HazardousArea.class).requireOk().get(2);

    assertThat(third.code()).isEqualTo("UA63-HA-0003");
    assertThat(third.name()).isEqualTo("UA63-HA-0003");
    // the third placemark's ring is written "36.40, 49.95 36.41, 49.95 ...": blanks after commas
    assertThat(third.geometry().getCoordinates()[1].x).isEqualTo(36.41);
    // no layer has a description field yet: a description is noted, not lost silently
    assertThat(result.report().ignoredFields()).containsExactly("description");
  }

  @Test
  void coordinatesAreLongitudeLatitudeAndTheAltitudeIsIgnored() {
    ImportResult<?> result = ImportForTest.fixture(Layer.EVIDENCE, "evidence.kml");
    List<Evidence> evidence = result.as(Evidence.class).requireOk();

    Point p = (Point) evidence.get(0).location(); // written 36.25,49.95,142.5
    assertThat(p.getX()).isEqualTo(36.25);
    assertThat(p.getY()).isEqualTo(49.95);
    assertThat(Double.isNaN(p.getCoordinate().getZ())).isTrue();
    assertThat(evidence.get(1).type()).isEqualTo(EvidenceType.COMBAT_EVENT);
    assertThat(evidence.get(1).location().getGeometryType()).isEqualTo("MultiPoint");
    // evidence has no name field: the placemark name is noted as ignored
    assertThat(result.report().ignoredFields()).containsExactly("name");
  }

  @Test
  void aBadCoordinateNamesThePlacemarkAndTheFieldAndNothingIsImported() {
    String file =
        kml(
            evidencePlacemark("Tail fin", "36.25,49.95")
                + evidencePlacemark("Shell casing", "36.26,49.96 36.27,abc"));
    ImportResult<?> result = ImportForTest.text(Layer.EVIDENCE, ImportFormat.KML, file);

    assertThat(result.records()).isEmpty();
    assertThat(result.report().recordsRead()).isEqualTo(2);
    assertThat(result.report().issues())
        .extracting(ImportIssue::record, ImportIssue::field)
        .containsExactly(tuple(2, "geometry"));
    assertThat(result.report().toText())
        .contains(
            "placemark 2, field \"geometry\": Point, coordinate 2: '36.27,abc' is not"
                + " longitude,latitude[,altitude] in decimal degrees (placemark 'Shell casing')");
  }

  @Test
  void aPointWithSeveralCoordinatesIsRefused() {
    String file = kml(evidencePlacemark("Two", "36.26,49.96 36.27,49.97"));
    ImportReport report = ImportForTest.text(Layer.EVIDENCE, ImportFormat.KML, file).report();

    assertThat(report.issues())
        .extracting(ImportIssue::reason)
        .containsExactly("Point has 2 coordinates; expected 1 (placemark 'Two')");
  }

  @Test
  void anOpenRingIsRefused() {
    String file =
        kml(
            "<Placemark><name>HA</name><ExtendedData>"
                + "<Data name=\"contamination\"><value>AP_MINE</value></Data></ExtendedData>"
                + "<Polygon><outerBoundaryIs><LinearRing><coordinates>"
                + "36.2,49.9 36.21,49.9 36.21,49.91</coordinates></LinearRing></outerBoundaryIs>"
                + "</Polygon></Placemark>");
    ImportReport report =
        ImportForTest.text(Layer.HAZARDOUS_AREAS, ImportFormat.KML, file).report();

    assertThat(report.issues())
        .extracting(ImportIssue::record, ImportIssue::field, ImportIssue::reason)
        .containsExactly(
            tuple(
                1,
                "geometry",
                "Polygon outer boundary is not closed: its first and last coordinates differ"
                    + " (placemark 'HA')"));
  }

  @Test
  void aPlacemarkWithoutGeometryIsReportedByThePipeline() {
    String file =
        kml(
            "<Placemark><name>HA</name><ExtendedData>"
                + "<Data name=\"contamination\"><value>AP_MINE</value></Data>"
                + "</ExtendedData></Placemark>");
    ImportReport report =
        ImportForTest.text(Layer.HAZARDOUS_AREAS, ImportFormat.KML, file).report();

    assertThat(report.issues())
        .extracting(ImportIssue::field, ImportIssue::reason)
        .containsExactly(tuple("geometry", "is required: a Polygon or MultiPolygon"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the classic XXE: an external entity naming a local file
        "<!DOCTYPE kml [<!ENTITY secret SYSTEM \"FILE\">]>",
        // an external DTD that would be fetched, declaring the entity
        "<!DOCTYPE kml SYSTEM \"FILE\">",
        // billion laughs: entities expanding into entities
        "<!DOCTYPE kml [<!ENTITY a \"do-not-leak\"><!ENTITY secret \"&a;&a;&a;&a;\">]>"
      })
  void aDoctypeIsRefusedAndNoEntityIsRead(String doctype) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "do-not-leak");
    Path dtd = dir.resolve("kml.dtd");
    Files.writeString(dtd, "<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">");
    // the entity stands for the reliability, so an expanded value would show in the report
    String placemark =
        evidencePlacemark("Tail fin", "36.25,49.95").replace("<value>0.8<", "<value>&secret;<");
    String file =
        "<?xml version=\"1.0\"?>\n"
            + doctype.replace(
                "FILE", (doctype.contains("ENTITY") ? secret : dtd).toUri().toString())
            + "\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
            + placemark
            + "</Document></kml>";
    ImportReport report = ImportForTest.text(Layer.EVIDENCE, ImportFormat.KML, file).report();

    assertThat(report.ok()).isFalse();
    assertThat(report.recordsRead()).isZero();
    assertThat(report.issues())
        .extracting(ImportIssue::record, ImportIssue::field)
        .containsExactly(tuple(0, "(file)"));
    assertThat(report.issues().get(0).reason()).contains("DOCTYPE").contains("XXE");
    assertThat(report.toText()).doesNotContain("do-not-leak");
  }

  @Test
  void malformedXmlIsOneFileIssueWithItsLine() {
    String file = kml(evidencePlacemark("Tail fin", "36.25,49.95")).replace("</Document>", "");
    ImportReport report = ImportForTest.text(Layer.EVIDENCE, ImportFormat.KML, file).report();

    assertThat(report.issues()).hasSize(1);
    assertThat(report.issues().get(0).field()).isEqualTo("(file)");
    assertThat(report.issues().get(0).reason()).startsWith("malformed XML at line 4");
  }

  @Test
  void anotherXmlDocumentIsNotKml() {
    String gpx =
        "<?xml version=\"1.0\"?><gpx version=\"1.1\"><wpt lat=\"49.9\" lon=\"36.2\"/></gpx>";
    ImportReport report = ImportForTest.text(Layer.EVIDENCE, ImportFormat.KML, gpx).report();

    assertThat(report.issues())
        .extracting(ImportIssue::reason)
        .containsExactly("expected a KML document (root <kml>), found <gpx>");
  }

  @Test
  void theFormatComesFromTheExtensionAndNamesRecordsPlacemarks() {
    assertThat(ImportFormat.fromFileName("Areas.KML")).isEqualTo(ImportFormat.KML);
    assertThat(ImportFormat.fromFileName("areas.kmz")).isEqualTo(ImportFormat.KMZ);
    assertThat(ImportFormat.fromName("application/vnd.google-earth.kml+xml"))
        .isEqualTo(ImportFormat.KML);
    assertThat(ImportFormat.fromName("KMZ")).isEqualTo(ImportFormat.KMZ);
    assertThat(ImportFormat.KMZ.recordWord()).isEqualTo("placemark");
  }

  @Test
  void aGeometryIsKeptInWgs84WhateverCrsTheOptionsName() {
    String file = kml(evidencePlacemark("Tail fin", "36.25,49.95"));
    Geometry g =
        ImportForTest.text(
                Layer.EVIDENCE,
                ImportFormat.KML,
                file,
                ImportOptions.sequentialIds(1).withCrs("EPSG:3857"))
            .as(Evidence.class)
            .requireOk()
            .get(0)
            .location();

    assertThat(g.getCoordinate().x).isEqualTo(36.25);
  }
}
