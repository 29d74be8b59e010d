package org.reclaim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Means and 95 % intervals worked by hand; the t quantiles against their tables. */
class EstimateTest {
  @Test
  void aMeanAndItsIntervalByHand() {
    // 1, 2, 3, 4: mean 2.5, s² = 5/3, standard error √(5/12) = 0.6455; t(3) = 3.182
    Estimate e = Estimate.of(new double[] {1, 2, 3, 4});
    assertThat(e.mean()).isEqualTo(2.5);
    assertThat(e.high() - e.mean()).isCloseTo(3.182 * Math.sqrt(5.0 / 12), within(1e-9));
    assertThat(e.mean() - e.low()).isCloseTo(e.high() - e.mean(), within(1e-12));
    assertThat(e.n()).isEqualTo(4);
  }

  @Test
  void oneValueHasNoSpreadAndNoneIsNotANumber() {
    assertThat(Estimate.of(new double[] {7})).isEqualTo(new Estimate(7, 7, 7, 1));
    assertThat(Estimate.of(new double[0]).mean()).isNaN();
  }

  @Test
  void tQuantilesMatchTheTablesBeyondThem() {
    assertThat(Estimate.tQuantile975(19)).isEqualTo(2.093);
    // tables: t(40) = 2.021, t(60) = 2.000, t(120) = 1.980
    assertThat(Estimate.tQuantile975(40)).isCloseTo(2.021, within(1e-3));
    assertThat(Estimate.tQuantile975(60)).isCloseTo(2.000, within(1e-3));
    assertThat(Estimate.tQuantile975(120)).isCloseTo(1.980, within(1e-3));
  }
}
