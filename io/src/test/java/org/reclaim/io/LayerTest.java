package org.reclaim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LayerTest {

  @Test
  void findsLayersByCliNameCaseInsensitively() {
    assertThat(Layer.fromCliName("hazardous-areas")).isEqualTo(Layer.HAZARDOUS_AREAS);
    assertThat(Layer.fromCliName("Land-Releases")).isEqualTo(Layer.LAND_RELEASES);
    assertThat(Layer.fromCliName("EVIDENCE_LINKS")).isEqualTo(Layer.EVIDENCE_LINKS);
  }

  @Test
  void unknownNameListsEveryValidName() {
    assertThatThrownBy(() -> Layer.fromCliName("minefields"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'minefields'")
        .hasMessageContaining("hazardous-areas, evidence, evidence-links, settlements");
  }

  @Test
  void everyCliNameIsUnique() {
    assertThat(java.util.Arrays.stream(Layer.values()).map(Layer::cliName).distinct())
        .hasSize(Layer.values().length);
  }

  @Test
  void formatFollowsTheExtension() {
    assertThat(ImportFormat.fromFileName("a.GeoJSON")).isEqualTo(ImportFormat.GEOJSON);
    assertThat(ImportFormat.fromFileName("a.json")).isEqualTo(ImportFormat.GEOJSON);
    assertThat(ImportFormat.fromFileName("a.csv")).isEqualTo(ImportFormat.CSV);
    assertThat(ImportFormat.fromName("text/csv; charset=utf-8")).isEqualTo(ImportFormat.CSV);
    assertThatThrownBy(() -> ImportFormat.fromFileName("a.shp"))
        .hasMessageContaining(".csv, .geojson or .json");
  }
}
