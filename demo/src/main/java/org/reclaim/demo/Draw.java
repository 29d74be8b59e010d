package org.reclaim.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws on top of {@link SplittableRandom}, whose algorithm (SplitMix64) is fixed, so a seed
 * gives the same numbers on every JVM. Each layer draws from its own stream, derived from the seed
 * and the layer's name, so changing one layer does not shift the others.
 */
final class Draw {
  private final SplittableRandom random;

  private Draw(SplittableRandom random) {
    this.random = random;
  }

  /** The stream of {@code layer} for {@code seed}. */
  static Draw stream(long seed, String layer) {
    long h = seed;
    for (int i = 0; i < layer.length(); i++) {
      h = h * 0x9E3779B97F4A7C15L + layer.charAt(i);
    }
    return new Draw(new SplittableRandom(h ^ (h >>> 29)));
  }

  /** Uniform in [0, 1). */
  double unit() {
    return random.nextDouble();
  }

  /** Uniform in [from, to). */
  double uniform(double from, double to) {
    return from + (to - from) * random.nextDouble();
  }

  /** Uniform integer in [from, to]. */
  int between(int from, int to) {
    return random.nextInt(from, to + 1);
  }

  /** Uniform index in [0, n). */
  int index(int n) {
    return random.nextInt(n);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Standard normal, by Box–Muller. */
  double gaussian() {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Lognormal with the given arithmetic mean and log-space standard deviation {@code sigma}. */
  double lognormalWithMean(double mean, double sigma) {
    double mu = Math.log(mean) - sigma * sigma / 2;
    return Math.exp(mu + sigma * gaussian());
  }

  /** Poisson with mean {@code lambda} (Knuth for small means, normal approximation above 30). */
  int poisson(double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 30) {
      return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian()));
    }
    double limit = Math.exp(-lambda);
    double p = 1;
    int k = -1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > limit);
    return k;
  }

  /** An element of {@code items}, uniformly. */
  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An index drawn with probability proportional to {@code weights} (not all zero). */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** An index drawn from a cumulative weight table (see {@link #cumulative}), by bisection. */
  int weightedCumulative(double[] cumulative) {
    double r = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Running sums of {@code weights}, for {@link #weightedCumulative}. */
  static double[] cumulative(double[] weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      c[i] = sum;
    }
    return c;
  }
}
