package org.reclaim.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.operator.Operator;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;
import org.reclaim.io.LayerImporter;

/** Every export format reads back through Reclaim's own import into the same records. */
class ExportRoundTripTest {
  @TempDir Path dir;

  private static List<HazardousArea> areas() {
    // 36.2 + 0.01 is 36.21000000000001 in binary floating point: every digit must survive.
    HazardousArea plain = DomainForTest.area(1, 36.2 + 0.01, 50.0);
    HazardousArea rich =
        HazardousArea.builder()
            .id(2)
            .code("UA-HA-0002")
            .name("Orchard, \"east\" <b>side</b>")
            .regionId(7L)
            .hazardClass(HazardClass.CHA)
            .status(HazardStatus.IN_PROGRESS)
            .contamination(EnumSet.of(ContaminationType.AP_MINE, ContaminationType.UXO_ERW))
            .landUse(LandUse.AGRICULTURE)
            .geometry(
                DomainForTest.wkt(
                    "MULTIPOLYGON (((36.3 50, 36.302 50, 36.302 50.002, 36.3 50, 36.3 50)),"
                        + " ((36.31 50, 36.311 50, 36.311 50.001, 36.31 50)))"))
            .reportedOn(LocalDate.of(2025, 11, 3))
            .build();
    return List.of(plain, rich);
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
    switch (ext) {
      case "csv", "geojson" -> {
        try (OutputStream out = Files.newOutputStream(file)) {
          if (ext.equals("csv")) {
            CsvExporter.write(t, out);
          } else {
            GeoJsonExporter.write(t, out);
          }
        }
      }
      case "gpkg" -> GeoPackageExporter.write(t, file);
      default -> throw new IllegalArgumentException(ext);
    }
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "geojson", "gpkg"})
  void hazardousAreasComeBackAsTheSameRecords(String ext) throws IOException {
    Path file = write(areaTable(), ext);
    ImportResult<?> back =
        LayerImporter.read(Layer.HAZARDOUS_AREAS, file, ImportOptions.sequentialIds(1));
    assertThat(back.report().ok()).as(back.report().toText()).isTrue();
    // Ids are assigned by the importer from 1, in file order: the same ids as exported.
    assertThat(back.records()).isEqualTo(areas());
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "geojson", "gpkg"})
  void aLayerWithoutGeometryComesBackToo(String ext) throws IOException {
    List<Operator> ops =
        List.of(
            new Operator(1, "HALO, \"Ukraine\"", Operator.Kind.NGO, "UA"),
            new Operator(2, "State Emergency Service", Operator.Kind.STATE, "UA"));
    List<ExportTable.Row> rows =
        ops.stream()
            .map(
                o -> {
                  Map<String, Object> v = new LinkedHashMap<>();
                  v.put("name", o.name());
                  v.put("kind", o.kind());
                  v.put("country", o.country());
                  return new ExportTable.Row(v, null);
                })
            .toList();
    Path file =
        write(new ExportTable("operators", List.of("name", "kind", "country"), false, rows), ext);
    ImportResult<?> back =
        LayerImporter.read(Layer.OPERATORS, file, ImportOptions.sequentialIds(1));
    assertThat(back.report().ok()).as(back.report().toText()).isTrue();
    assertThat(back.records()).isEqualTo(ops);
  }

  @org.junit.jupiter.api.Test
  void theGeoPackageOpensWithAFeatureTableInWgs84() throws IOException {
    Path file = write(areaTable(), "gpkg");
    GeoPackage gpkg = GeoPackageManager.open(file.toFile(), false);
    try {
      assertThat(gpkg.getFeatureTables()).containsExactly("hazardous_areas");
      assertThat(gpkg.getFeatureDao("hazardous_areas").getSrs().getOrganizationCoordsysId())
          .isEqualTo(4326);
      assertThat(gpkg.getFeatureDao("hazardous_areas").count()).isEqualTo(2);
    } finally {
      gpkg.close();
    }
  }
}
