package org.reclaim.likelihood.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaim.likelihood.table.FeatureMatrix;

/**
 * The compiled forest gives XGBoost's own margins: on rows with missing values (the default
 * direction), on rows unlike the training data, deep and shallow trees, one row and many; the
 * linear booster is left to XGBoost.
 */
class CompiledForestTest {
  @Test
  void marginsAgreeWithXgboostToFloatRounding() {
    int[] y = new int[400];
    FeatureMatrix x = BoosterTest.data(y, 3);
    for (int depth : new int[] {1, 3, 6}) {
      try (Booster b =
          Booster.train(
              x, y, Map.of("max_depth", depth, "eta", 0.3, "nthread", 1, "seed", 2), 60)) {
        int[] other = new int[1000];
        FeatureMatrix unseen = BoosterTest.data(other, 99);
        for (FeatureMatrix rows : List.of(x, unseen, unseen.rows(new int[] {17}))) {
          assertThat(b.isCompiled()).isTrue();
          double[] ours = b.margins(rows);
          double[] theirs = b.nativeMargins(rows);
          assertThat(ours).hasSameSizeAs(theirs);
          for (int i = 0; i < ours.length; i++) {
            assertThat(ours[i]).as("depth %d, row %d", depth, i).isCloseTo(theirs[i], within(1e-5));
          }
        }
      }
    }
  }

  @Test
  void aLinearBoosterIsNotCompiled() {
    int[] y = new int[400];
    FeatureMatrix x = BoosterTest.data(y, 4);
    try (Booster b =
        Booster.train(x, y, Map.of("booster", "gblinear", "lambda", 1.0, "nthread", 1), 20)) {
      assertThat(b.isCompiled()).isFalse();
      assertThat(b.margins(x)).containsExactly(b.nativeMargins(x));
    }
  }
}
