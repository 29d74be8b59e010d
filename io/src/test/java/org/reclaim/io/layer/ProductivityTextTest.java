package org.reclaim.io.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.team.ProductivityTable;

class ProductivityTextTest {

  @Test
  void wildcardsExpandAndLaterItemsOverride() {
    ProductivityTable table = ProductivityText.parse("manual/*/*=150; MANUAL/FLAT/NONE=300");

    assertThat(table.cells()).hasSize(5 * 4); // every terrain x every vegetation
    assertThat(table.m2PerDay(ReleaseMethod.MANUAL, Terrain.FLAT, Vegetation.NONE)).hasValue(300);
    assertThat(table.m2PerDay(ReleaseMethod.MANUAL, Terrain.STEEP, Vegetation.DENSE)).hasValue(150);
  }

  @Test
  void formatIsReadBackAsTheSameTable() {
    ProductivityTable table = ProductivityText.parse("TS/FLAT/LIGHT=2000;MANUAL/FLAT/LIGHT=250.5");

    assertThat(ProductivityText.format(table))
        .isEqualTo("MANUAL/FLAT/LIGHT=250.5;TS/FLAT/LIGHT=2000");
    assertThat(ProductivityText.parse(ProductivityText.format(table))).isEqualTo(table);
  }

  @Test
  void badItemsAreNamed() {
    assertThatThrownBy(() -> ProductivityText.parse("MANUAL/FLAT=250"))
        .hasMessageContaining("'MANUAL/FLAT=250' is not METHOD/TERRAIN/VEGETATION=m2PerDay");
    assertThatThrownBy(() -> ProductivityText.parse("MANUAL/MOUNTAIN/LIGHT=250"))
        .hasMessageContaining("unknown 'MOUNTAIN'");
    assertThatThrownBy(() -> ProductivityText.parse("MANUAL/FLAT/LIGHT=-3"))
        .hasMessageContaining("m²/day > 0");
  }
}
