package org.reclaim.likelihood.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Pool-adjacent-violators on a hand-made case. */
class IsotonicCalibrationTest {
  @Test
  void violatorsArePooledIntoAMonotoneStepFunction() {
    // sorted by p: outcomes 0 1 0 1 1 -> blocks {0}, {1,0} pooled to 0.5, {1}, {1}
    double[] p = {0.1, 0.2, 0.3, 0.4, 0.5};
    int[] y = {0, 1, 0, 1, 1};
    IsotonicCalibration c = IsotonicCalibration.fit(p, y);
    assertThat(c.x()).containsExactly(0.1, 0.25, 0.4, 0.5);
    assertThat(c.y()).containsExactly(0.0, 0.5, 1.0, 1.0);
    assertThat(c.apply(0.05)).isEqualTo(0.0);
    assertThat(c.apply(0.25)).isEqualTo(0.5);
    assertThat(c.apply(0.325)).isCloseTo(0.75, within(1e-12)); // halfway from 0.25 to 0.4
    assertThat(c.apply(0.9)).isEqualTo(1.0);
  }

  @Test
  void theMapNeverFalls() {
    double[] p = new double[200];
    int[] y = new int[200];
    for (int i = 0; i < 200; i++) {
      p[i] = i / 200.0;
      y[i] = (i * 7919 % 13) < (i / 20) ? 1 : 0;
    }
    IsotonicCalibration c = IsotonicCalibration.fit(p, y);
    double last = -1;
    for (double q = 0; q <= 1; q += 0.001) {
      assertThat(c.apply(q)).isGreaterThanOrEqualTo(last);
      last = c.apply(q);
    }
  }
}
