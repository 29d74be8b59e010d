package org.reclaim.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reclaim.io.ImportOptions;
import org.reclaim.io.ImportResult;
import org.reclaim.io.Layer;
import org.reclaim.io.LayerImporter;

/**
 * Coverage-guided fuzzing of the GeoPackage import (Jazzer): whatever bytes arrive as a {@code
 * .gpkg} file, the import answers with a result and its report (no records when it has an issue) or
 * refuses the file as unreadable ({@code IllegalArgumentException} naming the file) — never another
 * exception. Seed corpus: {@code GeoPackageFuzzTestInputs/geoPackageHazardousAreas/} (a GeoPackage
 * written by Reclaim's exporter, an empty file, a truncated one). {@code JAZZER_FUZZ=1 ./mvnw -pl
 * io test -Dtest=GeoPackageFuzzTest -Djazzer.max_duration=10m} fuzzes for real
 * (docs/reliability.md).
 */
class GeoPackageFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void geoPackageHazardousAreas(byte[] data) throws IOException {
    Path file = Files.createTempFile("fuzz-", ".gpkg");
    try {
      Files.write(file, data);
      ImportResult<?> r;
      try {
        r = LayerImporter.read(Layer.HAZARDOUS_AREAS, file, ImportOptions.sequentialIds(1));
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).isNotBlank();
        return;
      }
      assertThat(r.report()).isNotNull();
      if (!r.report().ok()) {
        assertThat(r.records()).isEmpty();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
