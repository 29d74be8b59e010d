package org.reclaim.likelihood.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reclaim.likelihood.table.FeatureMatrix;

/**
 * The native library loads (without the Scala runtime), trains, predicts; TreeSHAP contributions
 * and the bias add up to each row's margin; a model written and read back predicts the same, bit
 * for bit.
 */
class BoosterTest {
  /** 400 rows, 4 features; the label follows the first two, the others are noise; some NaN. */
  static FeatureMatrix data(int[] y, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = y.length;
    float[] x = new float[n * 4];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 4; j++) {
        x[i * 4 + j] = (float) r.nextGaussian();
      }
      if (i % 17 == 0) {
        x[i * 4 + 1] = Float.NaN;
      }
      double z = 1.5 * x[i * 4] - (Float.isNaN(x[i * 4 + 1]) ? 0 : x[i * 4 + 1]) + r.nextGaussian();
      y[i] = z > 0.3 ? 1 : 0;
    }
    return new FeatureMatrix(x, n, 4, List.of());
  }

  @Test
  void treesExplainEveryMarginExactlyAndReadBackTheSame() {
    int[] y = new int[400];
    FeatureMatrix x = data(y, 1);
    try (Booster b =
        Booster.train(x, y, Map.of("max_depth", 3, "eta", 0.2, "nthread", 1, "seed", 1), 40)) {
      double[] margins = b.margins(x);
      float[][] shap = b.contributions(x);
      for (int i = 0; i < x.rows(); i++) {
        assertThat(shap[i]).hasSize(5);
        double sum = 0;
        for (float c : shap[i]) {
          sum += c;
        }
        assertThat(sum).as("row %d", i).isCloseTo(margins[i], within(1e-4));
      }
      // the features that carry the signal carry the explanation
      double[] meanAbs = new double[4];
      for (float[] row : shap) {
        for (int j = 0; j < 4; j++) {
          meanAbs[j] += Math.abs(row[j]) / shap.length;
        }
      }
      assertThat(meanAbs[0]).isGreaterThan(3 * meanAbs[2]).isGreaterThan(3 * meanAbs[3]);
      try (Booster again = Booster.fromBytes(b.toBytes(), 4)) {
        assertThat(again.margins(x)).containsExactly(margins);
      }
    }
  }

  @Test
  void theLinearBoosterIsExplainedToo() {
    int[] y = new int[400];
    FeatureMatrix x = data(y, 2);
    try (Booster b =
        Booster.train(
            x, y, Map.of("booster", "gblinear", "lambda", 1.0, "nthread", 1, "seed", 1), 100)) {
      double[] margins = b.margins(x);
      float[][] shap = b.contributions(x);
      for (int i = 0; i < x.rows(); i++) {
        double sum = 0;
        for (float c : shap[i]) {
          sum += c;
        }
        assertThat(sum).as("row %d", i).isCloseTo(margins[i], within(1e-4));
      }
    }
  }
}
