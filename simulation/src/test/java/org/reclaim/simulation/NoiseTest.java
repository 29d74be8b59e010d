package org.reclaim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.reclaim.simulation.Noise.Stream;

/**
 * Common random numbers: a draw depends on the seed and its key only, not on what was drawn before;
 * streams, keys and seeds are independent; the distributions have their means.
 */
class NoiseTest {
  @Test
  void aDrawDependsOnItsKeyOnly() {
    Noise a = new Noise(5);
    Noise b = new Noise(5);
    double first = a.uniform(Stream.OUTCOME, 12, 3);
    for (int i = 0; i < 100; i++) {
      b.uniform(Stream.WEATHER, i, i); // other draws in between change nothing
    }
    assertThat(b.uniform(Stream.OUTCOME, 12, 3)).isEqualTo(first);
    assertThat(a.uniform(Stream.ACCIDENT, 12, 3)).isNotEqualTo(first);
    assertThat(a.uniform(Stream.OUTCOME, 13, 3)).isNotEqualTo(first);
    assertThat(new Noise(6).uniform(Stream.OUTCOME, 12, 3)).isNotEqualTo(first);
  }

  @Test
  void theDistributionsHaveTheirMeans() {
    Noise n = new Noise(1);
    double u = 0;
    double logn = 0;
    double pois = 0;
    int draws = 200_000;
    for (int i = 0; i < draws; i++) {
      u += n.uniform(Stream.REPORT, i, 0);
      logn += n.lognormal(Stream.PRODUCTIVITY, i, 0, 0.3);
      pois += n.poisson(Stream.ACCIDENT, i, 0, 2.5);
    }
    assertThat(u / draws).isCloseTo(0.5, within(0.005));
    assertThat(logn / draws).isCloseTo(1.0, within(0.005));
    assertThat(pois / draws).isCloseTo(2.5, within(0.02));
  }
}
