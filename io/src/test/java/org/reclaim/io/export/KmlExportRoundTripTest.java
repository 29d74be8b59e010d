package org.reclaim.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;
import org.reclaim.io.LayerImporter;

/** KML and KMZ exports read back through the KML import into the same records. */
class KmlExportRoundTripTest {
  @TempDir Path dir;

  private static List<HazardousArea> areas() {
    HazardousArea plain = DomainForTest.area(1, 36.21, 50.0);
    HazardousArea withHole =
        HazardousArea.builder()
            .id(2)
            .code("UA-HA-0002")
            .name("Orchard, \"east\" <b>side</b> & ditch")
            .regionId(7L)
            .hazardClass(HazardClass.CHA)
            .status(HazardStatus.IN_PROGRESS)
            .contamination(EnumSet.of(ContaminationType.AP_MINE, ContaminationType.UXO_ERW))
            .landUse(LandUse.AGRICULTURE)
            .geometry(
                DomainForTest.wkt(
                    "POLYGON ((36.3 50, 36.31 50, 36.31 50.01, 36.3 50.01, 36.3 50),"
                        + " (36.304 50.004, 36.304 50.006, 36.306 50.006, 36.304 50.004))"))
            .reportedOn(LocalDate.of(2025, 11, 3))
            .build();
    HazardousArea twoParts =
        HazardousArea.builder()
            .id(3)
            .code("UA-HA-0003")
            .name("Two fields")
            .contamination(EnumSet.of(ContaminationType.AT_MINE))
            .geometry(
                DomainForTest.wkt(
                    "MULTIPOLYGON (((36.4 50, 36.402 50, 36.402 50.002, 36.4 50)),"
                        + " ((36.41 50, 36.411 50, 36.411 50.001, 36.41 50)))"))
            .build();
    return List.of(plain, withHole, twoParts);
  }

  private static ExportTable areaTable() {
    List<ExportTable.Row> rows =
        areas().stream()
            .map(
                a -> {
                  Map<String, Object> v = new LinkedHashMap<>();
                  v.put("id", a.id());
                  v.put("code", a.code());
                  v.put("name", a.name());
                  v.put("region_id", a.regionId());
                  v.put("hazard_class", a.hazardClass());
                  v.put("status", a.status());
                  v.put(
                      "contamination",
                      a.contamination().stream()
                          .map(Enum::name)
                          .sorted()
                          .collect(Collectors.joining(";")));
                  v.put("land_use", a.landUse());
                  v.put("terrain", a.terrain());
                  v.put("vegetation", a.vegetation());
                  v.put("area_m2", a.areaM2());
                  v.put("reported_on", a.reportedOn());
                  return new ExportTable.Row(v, a.geometry());
                })
            .toList();
    return new ExportTable(
        "hazardous-areas", List.copyOf(rows.get(0).values().keySet()), true, rows);
  }

  private Path write(ExportTable t, String ext) throws IOException {
    Path file = dir.resolve(t.layer() + "." + ext);
    try (OutputStream out = Files.newOutputStream(file)) {
      if (ext.equals("kmz")) {
        KmlExporter.writeKmz(t, out);
      } else {
        KmlExporter.write(t, out);
      }
    }
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"kml", "kmz"})
  void hazardousAreasComeBackAsTheSameRecords(String ext) throws IOException {
    Path file = write(areaTable(), ext);
    ImportResult<?> back =
        LayerImporter.read(Layer.HAZARDOUS_AREAS, file, ImportOptions.sequentialIds(1));

    assertThat(back.report().ok()).as(back.report().toText()).isTrue();
    // Ids are assigned by the importer from 1, in file order: the same ids as exported.
    assertThat(back.records()).isEqualTo(areas());
    assertThat(back.report().ignoredFields()).containsExactly("area_m2", "id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"kml", "kmz"})
  void evidencePointsComeBackAsTheSameRecords(String ext) throws IOException {
    // 36.123456789012345: every digit of a double must survive the text
    List<Evidence> evidence =
        List.of(
            DomainForTest.evidence(1, EvidenceType.EO_SIGHTING, 36.25, 49.95),
            DomainForTest.evidence(2, EvidenceType.ACCIDENT, 36.123456789012345, 49.000001));
    List<ExportTable.Row> rows =
        evidence.stream()
            .map(
                e -> {
                  Map<String, Object> v = new LinkedHashMap<>();
                  v.put("type", e.type());
                  v.put("evidence_class", e.evidenceClass());
                  v.put("observed_on", e.observedOn());
                  v.put("source", e.source());
                  v.put("reliability", e.reliability());
                  v.put("detector_type", e.detectorType());
                  v.put("confidence", e.confidence());
                  v.put("casualties", e.casualties());
                  return new ExportTable.Row(v, e.location());
                })
            .toList();
    Path file =
        write(
            new ExportTable("evidence", List.copyOf(rows.get(0).values().keySet()), true, rows),
            ext);
    ImportResult<?> back = LayerImporter.read(Layer.EVIDENCE, file, ImportOptions.sequentialIds(1));

    assertThat(back.report().ok()).as(back.report().toText()).isTrue();
    assertThat(back.records()).isEqualTo(evidence);
  }

  @Test
  void placemarksAreLabelledWithTheNameElseTheCode() {
    ExportTable regions =
        new ExportTable(
            "regions",
            List.of("code", "level"),
            true,
            List.of(
                new ExportTable.Row(
                    Map.of("code", "UA-63", "level", "OBLAST"),
                    DomainForTest.wkt("POINT (36.25 49.95)"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KmlExporter.write(regions, out);
    String kml = out.toString(StandardCharsets.UTF_8);

    assertThat(kml)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>regions</name>")
        .contains(
            "<Placemark><name>UA-63</name><ExtendedData>"
                + "<Data name=\"code\"><value>UA-63</value></Data>"
                + "<Data name=\"level\"><value>OBLAST</value></Data></ExtendedData>"
                + "<Point><coordinates>36.25,49.95</coordinates></Point></Placemark>");
  }

  @Test
  void textIsEscapedAndEmptyFieldsAreLeftOut() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KmlExporter.write(areaTable(), out);
    String kml = out.toString(StandardCharsets.UTF_8);

    assertThat(kml).contains("<name>Orchard, \"east\" &lt;b&gt;side&lt;/b&gt; &amp; ditch</name>");
    // the first area has no region: no empty <Data name="region_id"> for it
    String first = kml.substring(kml.indexOf("<Placemark>"), kml.indexOf("</Placemark>"));
    assertThat(first).doesNotContain("region_id").contains("<coordinates>36.21,50 36.211,50 ");
  }
}
