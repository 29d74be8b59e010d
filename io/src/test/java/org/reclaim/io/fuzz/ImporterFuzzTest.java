package org.reclaim.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.reclaim.io.ImportFormat;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;
import org.reclaim.io.LayerImporter;

/**
 * Coverage-guided fuzzing of the importers (Jazzer): whatever bytes arrive as a GeoJSON, CSV/WKT or
 * KML file, the importer answers with a result and its report — it never throws, and a file with
 * any issue yields no records (all or nothing). In the build (regression mode) each test runs its
 * seed corpus ({@code ImporterFuzzTestInputs/<test>/} under test resources: the fixtures and every
 * crash found so far); {@code JAZZER_FUZZ=1 ./mvnw -pl io test -Dtest=ImporterFuzzTest
 * -Djazzer.max_duration=10m} fuzzes for real (docs/reliability.md).
 */
class ImporterFuzzTest {

  private static void importOrReport(Layer layer, ImportFormat format, byte[] data) {
    ImportResult<?> r =
        LayerImporter.read(
            layer, format, new ByteArrayInputStream(data), "fuzz", ImportOptions.sequentialIds(1));
    assertThat(r.report()).isNotNull();
    if (!r.report().ok()) {
      assertThat(r.records()).isEmpty();
    }
  }

  @FuzzTest(maxDuration = "10s")
  void geoJsonHazardousAreas(byte[] data) {
    importOrReport(Layer.HAZARDOUS_AREAS, ImportFormat.GEOJSON, data);
  }

  @FuzzTest(maxDuration = "10s")
  void csvEvidence(byte[] data) {
    importOrReport(Layer.EVIDENCE, ImportFormat.CSV, data);
  }

  @FuzzTest(maxDuration = "10s")
  void csvHazardousAreasWithWkt(byte[] data) {
    importOrReport(Layer.HAZARDOUS_AREAS, ImportFormat.CSV, data);
  }

  @FuzzTest(maxDuration = "10s")
  void csvCasualties(byte[] data) {
    importOrReport(Layer.CASUALTIES, ImportFormat.CSV, data);
  }

  @FuzzTest(maxDuration = "10s")
  void kmlHazardousAreas(byte[] data) {
    importOrReport(Layer.HAZARDOUS_AREAS, ImportFormat.KML, data);
  }
}
