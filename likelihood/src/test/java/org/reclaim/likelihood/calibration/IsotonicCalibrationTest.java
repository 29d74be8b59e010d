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
    IsotonicCalibration c = IsotonicCalibration.fit(p, y, 1);
    assertThat(c.x()).containsExactly(0.1, 0.25, 0.4, 0.5);
    assertThat(c.y()).containsExactly(0.0, 0.5, 1.0, 1.0);
    assertThat(c.apply(0.05)).isEqualTo(0.0);
    assertThat(c.apply(0.25)).isEqualTo(0.5);
    assertThat(c.apply(0.325)).isCloseTo(0.75, within(1e-12)); // halfway from 0.25 to 0.4
    assertThat(c.apply(0.9)).isEqualTo(1.0);
  }

  @Test
  void stepsTooSmallToTrustArePooledWithANeighbour() {
    // with steps of at least 2 cells: {0.1} joins its smaller neighbour, {0.4} and {0.5} pool:
    // {0.1, 0.2, 0.3} -> 1/3 at x 0.2, {0.4, 0.5} -> 1 at x 0.45
    IsotonicCalibration c =
        IsotonicCalibration.fit(
            new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, new int[] {0, 1, 0, 1, 1}, 2);
    assertThat(c.x()).hasSize(2);
    assertThat(c.x()[0]).isCloseTo(0.2, within(1e-12));
    assertThat(c.y()[0]).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(c.x()[1]).isCloseTo(0.45, within(1e-12));
    assertThat(c.y()[1]).isEqualTo(1.0);
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
