package org.reclaim.simulation;

/**
 * A mean over seeds with its 95 % confidence interval (Student's t with n − 1 degrees of freedom;
 * the interval is the mean itself for one seed).
 *
 * @param mean the mean
 * @param low the interval's lower end
 * @param high the interval's upper end
 * @param n how many values
 */
public record Estimate(double mean, double low, double high, int n) {
  /** The estimate of {@code values}. */
  public static Estimate of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= n;
    if (n == 1) {
      return new Estimate(mean, mean, mean, 1);
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double half = tQuantile975(n - 1) * Math.sqrt(ss / (n - 1) / n);
    return new Estimate(mean, mean - half, mean + half, n);
  }

  /**
   * The 97.5 % quantile of Student's t with {@code df} degrees of freedom: exact table values to
   * 30, then the Cornish–Fisher expansion around the normal's 1.959964 (error below 1e-4).
   */
  static double tQuantile975(int df) {
    double[] table = {
      12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
      2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
      2.052, 2.048, 2.045, 2.042
    };
    if (df <= table.length) {
      return table[df - 1];
    }
    double z = 1.959964;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df);
  }
}
