package org.reclaim.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;

class ProductivityTableTest {

  @Test
  void wildcardsExpandAndLaterCellsOverride() {
    ProductivityTable table = ProductivityTable.parse("manual/*/*=150; MANUAL/FLAT/NONE=300");
    assertThat(table.cells()).hasSize(5 * 4); // every terrain × every vegetation
    assertThat(table.m2PerDay(ReleaseMethod.MANUAL, Terrain.FLAT, Vegetation.NONE)).hasValue(300);
    assertThat(table.m2PerDay(ReleaseMethod.MANUAL, Terrain.STEEP, Vegetation.DENSE)).hasValue(150);
    assertThat(table.m2PerDay(ReleaseMethod.TS, Terrain.FLAT, Vegetation.NONE)).isEmpty();
  }

  @Test
  void textIsReadBackAsTheSameTable() {
    ProductivityTable table = ProductivityTable.parse("TS/FLAT/LIGHT=2000;MANUAL/FLAT/LIGHT=250.5");
    assertThat(table.toText()).isEqualTo("MANUAL/FLAT/LIGHT=250.5;TS/FLAT/LIGHT=2000");
    assertThat(ProductivityTable.parse(table.toText())).isEqualTo(table);
    assertThat(ProductivityTable.parse("").cells()).isEmpty();
  }

  @Test
  void badCellsAreNamed() {
    assertThatThrownBy(() -> ProductivityTable.parse("MANUAL/FLAT=250"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("'MANUAL/FLAT=250' is not METHOD/TERRAIN/VEGETATION=m2PerDay");
    assertThatThrownBy(() -> ProductivityTable.parse("MANUAL/MOUNTAIN/LIGHT=250"))
        .hasMessageContaining("unknown 'MOUNTAIN'");
    assertThatThrownBy(() -> ProductivityTable.parse("MANUAL/FLAT/LIGHT=-3"))
        .hasMessageContaining("m²/day > 0");
  }
}
