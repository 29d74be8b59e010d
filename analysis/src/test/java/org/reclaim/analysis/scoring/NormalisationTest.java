package org.reclaim.analysis.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.reclaim.analysis.scoring.Direction.BENEFIT;
import static org.reclaim.analysis.scoring.Direction.COST;
import static org.reclaim.analysis.scoring.Normalisation.MIN_MAX;
import static org.reclaim.analysis.scoring.Normalisation.RANK;

import org.junit.jupiter.api.Test;

class NormalisationTest {

  @Test
  void minMaxMapsBestToOneAndWorstToZero() {
    // min 2, max 10, range 8: benefit (x - 2) / 8, cost (10 - x) / 8
    double[] column = {2, 4, 10};
    assertThat(MIN_MAX.normalise(column, BENEFIT)).containsExactly(0, 0.25, 1);
    assertThat(MIN_MAX.normalise(column, COST)).containsExactly(1, 0.75, 0);
  }

  @Test
  void rankUsesAverageRanksForTies() {
    // ascending 1, 3, 3, 7 -> ranks 1, 2.5, 2.5, 4; (r - 1) / (4 - 1) -> 0, 0.5, 0.5, 1
    double[] column = {3, 7, 1, 3};
    assertThat(RANK.normalise(column, BENEFIT)).containsExactly(0.5, 1, 0, 0.5);
    // cost: rank m + 1 - r -> 2.5, 1, 4, 2.5 -> 0.5, 0, 1, 0.5
    assertThat(RANK.normalise(column, COST)).containsExactly(0.5, 0, 1, 0.5);
  }

  @Test
  void rankIgnoresMagnitude() {
    // 1, 2, 1000 -> ranks 1, 2, 3 -> 0, 0.5, 1 (min-max would give 0, 0.001, 1)
    assertThat(RANK.normalise(new double[] {1, 2, 1000}, BENEFIT)).containsExactly(0, 0.5, 1);
    assertThat(MIN_MAX.normalise(new double[] {1, 2, 1000}, BENEFIT)[1])
        .isCloseTo(1.0 / 999, within(1e-15));
  }

  @Test
  void columnWithoutSpreadIsOneForEveryAlternative() {
    for (Normalisation n : Normalisation.values()) {
      assertThat(n.normalise(new double[] {5, 5, 5}, BENEFIT)).containsExactly(1, 1, 1);
      assertThat(n.normalise(new double[] {5, 5, 5}, COST)).containsExactly(1, 1, 1);
      assertThat(n.normalise(new double[] {-3}, COST)).containsExactly(1);
    }
  }

  @Test
  void extremeValuesStayInRange() {
    double[] column = {-Double.MAX_VALUE, 0, Double.MAX_VALUE};
    assertThat(MIN_MAX.normalise(column, BENEFIT)).containsExactly(0, 0.5, 1);
  }

  @Test
  void refusesEmptyOrNonFiniteColumns() {
    assertThatThrownBy(() -> MIN_MAX.normalise(new double[0], BENEFIT))
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> RANK.normalise(new double[] {1, Double.POSITIVE_INFINITY}, BENEFIT))
        .hasMessage("value 1 is Infinity; must be finite");
  }
}
