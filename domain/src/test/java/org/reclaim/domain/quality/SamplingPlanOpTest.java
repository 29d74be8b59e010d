package org.reclaim.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells of ISO 2859-1 Tables I and II-A (normal inspection), as IMAS 09.20 uses them. */
class SamplingPlanOpTest {

  @ParameterizedTest(name = "{0} units at level {1} → letter {2}")
  @CsvSource({
    "2, II, A",
    "8, II, A",
    "9, II, B",
    "100, II, F",
    "500, II, H",
    "501, II, J",
    "1000, II, J",
    "5000, II, L",
    "500001, II, Q",
    "500001, I, N",
    "500001, III, R",
    "16, I, B",
    "2, III, B",
    "281, III, J"
  })
  void tableOneCodeLetters(int lot, InspectionLevel level, char letter) {
    assertThat(SamplingPlanOp.planForUnits(lot, 100, level, 6.5).codeLetter()).isEqualTo(letter);
  }

  @ParameterizedTest(name = "lot {0}, AQL {1} → n={2}, Ac={3}")
  @CsvSource({
    // K (1201–3200 units) → 125; AQL 1.0 on the diagonal d = 9 + 10 − 14 = 5 → Ac 3.
    "2000, 1.0, 125, 3",
    // J → 80: AQL 1.0 → 2, AQL 2.5 → 5.
    "1000, 1.0, 80, 2",
    "1000, 2.5, 80, 5",
    // L → 200: AQL 1.0 → 5, 2.5 → 10, 4.0 → 14, 6.5 → 21.
    "5000, 1.0, 200, 5",
    "5000, 2.5, 200, 10",
    "5000, 4.0, 200, 14",
    "5000, 6.5, 200, 21",
    // A → 2 at AQL 6.5: Ac 0.
    "5, 6.5, 2, 0",
    // F (100 units) at AQL 1.0: up arrow → E, n = 13, Ac 0.
    "100, 1.0, 13, 0",
    // E (60 units) at AQL 1.5: up arrow → D, n = 8, Ac 0.
    "60, 1.5, 8, 0",
    // D (30 units) at AQL 1.0: down arrow → E, n = 13, Ac 0.
    "30, 1.0, 13, 0",
    // H (500 units) at AQL 0.65: down arrow (d = 2) → J, n = 80, Ac 1.
    "500, 0.65, 80, 1"
  })
  void tableTwoAPlans(int lot, double aql, int n, int ac) {
    SamplingPlan p = SamplingPlanOp.planForUnits(lot, 100, InspectionLevel.II, aql);
    assertThat(p.sampleSize()).isEqualTo(n);
    assertThat(p.acceptanceNumber()).isEqualTo(ac);
    assertThat(p.rejectionNumber()).isEqualTo(ac + 1);
  }

  @Test
  void aSampleAsLargeAsTheLotIsAFullInspection() {
    // 4 units at AQL 0.010: the arrow leads down to Q (1250 units) > 4 → inspect all 4, Ac 0.
    SamplingPlan p = SamplingPlanOp.planForUnits(4, 100, InspectionLevel.II, 0.010);
    assertThat(p.sampleSize()).isEqualTo(4);
    assertThat(p.isFullInspection()).isTrue();
    assertThat(p.acceptanceNumber()).isZero();
  }

  @Test
  void aLotInSquareMetresIsCutIntoUnits() {
    // 50,000 m² in 100 m² boxes = 500 units → H; AQL 0.65 → J: 80 boxes = 8,000 m², Ac 1.
    SamplingPlan p = SamplingPlanOp.plan(50_000, 100, InspectionLevel.II, 0.65);
    assertThat(p.lotSize()).isEqualTo(500);
    assertThat(p.sampleSize()).isEqualTo(80);
    assertThat(p.sampleM2()).isEqualTo(8_000);
    assertThat(p.accepts(1)).isTrue();
    assertThat(p.accepts(2)).isFalse();
    // 50,001 m² needs a 501st unit: J, n = 80 at AQL 0.65 → d = 8 + 9 − 14 = 3 → Ac 1.
    assertThat(SamplingPlanOp.plan(50_001, 100, InspectionLevel.II, 0.65).lotSize()).isEqualTo(501);
  }

  @Test
  void anAqlOffTheTableIsRefusedNamingIt() {
    assertThatThrownBy(() -> SamplingPlanOp.plan(1000, 100, InspectionLevel.II, 3.0))
        .hasMessageContaining("aqlPercent")
        .hasMessageContaining("not a preferred AQL");
    assertThatThrownBy(() -> SamplingPlanOp.plan(1000, 0, InspectionLevel.II, 1.0))
        .hasMessageContaining("unitM2");
  }
}
