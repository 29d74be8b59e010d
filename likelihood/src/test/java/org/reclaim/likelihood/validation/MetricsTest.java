package org.reclaim.likelihood.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The figures on hand-made predictions, with the arithmetic in the comments. */
class MetricsTest {
  private static final double[] P = {0.9, 0.8, 0.7, 0.6, 0.4, 0.2};
  private static final int[] Y = {1, 0, 1, 0, 1, 0};

  @Test
  void rocAucCountsPairsInOrderTiesAsHalf() {
    // positives 0.9, 0.7, 0.4; negatives 0.8, 0.6, 0.2; pairs positive > negative:
    // 0.9: 3; 0.7: 2 (0.6, 0.2); 0.4: 1 (0.2) -> 6 of 9
    assertThat(Metrics.rocAuc(P, Y)).isCloseTo(6 / 9.0, within(1e-12));
    assertThat(Metrics.rocAuc(new double[] {0.5, 0.5}, new int[] {1, 0})).isEqualTo(0.5);
    assertThat(Metrics.rocAuc(new double[] {0.1, 0.2}, new int[] {1, 1})).isNaN();
  }

  @Test
  void averagePrecisionSumsPrecisionAtEachHit() {
    // ranked: 1 0 1 0 1 0 -> precision at the hits 1/1, 2/3, 3/5, each adding recall 1/3
    assertThat(Metrics.prAuc(P, Y)).isCloseTo((1 + 2 / 3.0 + 3 / 5.0) / 3, within(1e-12));
  }

  @Test
  void brierAndPrecisionAtTheTop() {
    // (0.01 + 0.64 + 0.09 + 0.36 + 0.36 + 0.04) / 6
    assertThat(Metrics.brier(P, Y)).isCloseTo(1.5 / 6, within(1e-12));
    // top 20 % of 6 cells = 1 cell (0.9, contaminated); top 50 % = 3 cells, 2 contaminated
    assertThat(Metrics.precisionAtTop(P, Y, 0.2)).isEqualTo(1.0);
    assertThat(Metrics.precisionAtTop(P, Y, 0.5)).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void theReliabilityTableBinsByPredictedProbability() {
    var bins = Metrics.reliability(P, Y, 2);
    // [0, 0.5): 0.4 (1), 0.2 (0); [0.5, 1]: 0.9 (1), 0.8 (0), 0.7 (1), 0.6 (0)
    assertThat(bins).hasSize(2);
    assertThat(bins.get(0).count()).isEqualTo(2);
    assertThat(bins.get(0).meanPredicted()).isCloseTo(0.3, within(1e-12));
    assertThat(bins.get(0).observed()).isEqualTo(0.5);
    assertThat(bins.get(1).count()).isEqualTo(4);
    assertThat(bins.get(1).observed()).isEqualTo(0.5);
  }
}
