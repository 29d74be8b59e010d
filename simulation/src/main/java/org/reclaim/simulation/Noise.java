package org.reclaim.simulation;

/**
 * The campaign's luck, as common random numbers: every draw is a pure function of the seed, what it
 * is for and whom it concerns (a stream, a week, an area, a team, an attempt), never of the order
 * in which a policy happens to ask. Two policies run on the same seed therefore meet the same
 * weather, the same productivity of each team in each week, the same outcome of surveying the same
 * area, and the same people stepping on the same land — they differ only by what they decided (the
 * variance-reduction technique of common random numbers, Law 2015, §11.2).
 *
 * <p>Uniforms come from SplitMix64 (Steele, Lea and Flood 2014) over the combined key. Immutable;
 * thread safe.
 */
final class Noise {
  /** What a draw is for. */
  enum Stream {
    WEATHER,
    PRODUCTIVITY,
    OUTCOME,
    QC,
    ACCIDENT,
    REPORT
  }

  private final long seed;

  Noise(long seed) {
    this.seed = seed;
  }

  /** A uniform in [0, 1) for {@code stream} and the key {@code a}, {@code b}. */
  double uniform(Stream stream, long a, long b) {
    long h = mix(seed ^ (0x9E3779B97F4A7C15L * (stream.ordinal() + 1)));
    h = mix(h ^ a * 0xBF58476D1CE4E5B9L);
    h = mix(h ^ b * 0x94D049BB133111EBL);
    return (h >>> 11) * 0x1.0p-53;
  }

  /** A lognormal factor of mean 1 and log-spread {@code sigma}. */
  double lognormal(Stream stream, long a, long b, double sigma) {
    if (sigma == 0) {
      return 1;
    }
    return Math.exp(sigma * gaussian(stream, a, b) - sigma * sigma / 2);
  }

  /** A standard normal (Box–Muller over two uniforms of the key). */
  double gaussian(Stream stream, long a, long b) {
    double u = Math.max(uniform(stream, a, 2 * b), 1e-300);
    double v = uniform(stream, a, 2 * b + 1);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A Poisson count of mean {@code lambda}, by inversion of one uniform of the key. */
  int poisson(Stream stream, long a, long b, double lambda) {
    if (!(lambda > 0)) {
      return 0;
    }
    double u = uniform(stream, a, b);
    double p = Math.exp(-lambda);
    double cumulative = p;
    int k = 0;
    while (u > cumulative && k < 1_000) {
      k++;
      p *= lambda / k;
      cumulative += p;
    }
    return k;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
