package org.reclaim.domain.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.hazard.LandUse;

class NexusOpTest {
  private static Handover h(long id, double m2, LandUse use, LocalDate back) {
    return new Handover(id, id, "C-" + id, LocalDate.of(2026, 1, 10), "Hromada", m2, use, back);
  }

  @Test
  void hectaresOfFarmlandBackInProductionByRegionAndYear() {
    List<NexusOp.Placed> in =
        List.of(
            new NexusOp.Placed(h(1, 25_000, LandUse.AGRICULTURE, LocalDate.of(2026, 4, 1)), 5L),
            new NexusOp.Placed(h(2, 15_000, LandUse.PASTURE, LocalDate.of(2026, 9, 1)), 5L),
            new NexusOp.Placed(h(3, 40_000, LandUse.AGRICULTURE, LocalDate.of(2027, 3, 1)), 5L),
            new NexusOp.Placed(h(4, 90_000, LandUse.AGRICULTURE, LocalDate.of(2026, 5, 1)), 6L),
            // Not counted: not yet back in use, and not farmland.
            new NexusOp.Placed(h(5, 70_000, LandUse.AGRICULTURE, null), 5L),
            new NexusOp.Placed(h(6, 70_000, LandUse.RESIDENTIAL, LocalDate.of(2026, 5, 1)), 5L));
    Map<Long, Map<String, Double>> ha = NexusOp.hectaresByRegion(in, false);
    // Region 5, 2026: (25,000 + 15,000) m² / 10,000 = 4 ha; 2027: 4 ha. Region 6, 2026: 9 ha.
    assertThat(ha.get(5L).get("2026")).isCloseTo(4.0, within(1e-9));
    assertThat(ha.get(5L).get("2027")).isCloseTo(4.0, within(1e-9));
    assertThat(ha.get(6L)).containsOnlyKeys("2026");
    assertThat(ha.get(6L).get("2026")).isCloseTo(9.0, within(1e-9));
    assertThat(NexusOp.hectaresByRegion(in, true).get(5L))
        .containsOnlyKeys("2026-04", "2026-09", "2027-03");
  }

  @Test
  void landCannotReturnToUseBeforeItIsHandedOver() {
    assertThatThrownBy(() -> h(1, 100, LandUse.AGRICULTURE, LocalDate.of(2025, 12, 1)))
        .hasMessageContaining("returnedToUseOn");
  }
}
