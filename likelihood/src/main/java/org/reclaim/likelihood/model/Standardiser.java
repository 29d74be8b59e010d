package org.reclaim.likelihood.model;

import org.reclaim.likelihood.table.FeatureMatrix;

/**
 * Centres and scales every feature by the training rows' mean and standard deviation, and reads a
 * missing value as the mean (0 after centring): what a logistic regression needs so that one
 * penalty fits every feature, whatever its unit. A feature without spread is left at 0.
 *
 * <p>Immutable.
 *
 * @param mean per feature
 * @param sd per feature (1 where the training rows had none)
 */
public record Standardiser(double[] mean, double[] sd) {
  public Standardiser {
    mean = mean.clone();
    sd = sd.clone();
  }

  /** The standardiser of {@code x}'s rows. */
  public static Standardiser fit(FeatureMatrix x) {
    int c = x.columns();
    double[] sum = new double[c];
    double[] sq = new double[c];
    int[] n = new int[c];
    float[] v = x.values();
    for (int r = 0; r < x.rows(); r++) {
      for (int j = 0; j < c; j++) {
        float f = v[r * c + j];
        if (!Float.isNaN(f)) {
          sum[j] += f;
          sq[j] += (double) f * f;
          n[j]++;
        }
      }
    }
    double[] mean = new double[c];
    double[] sd = new double[c];
    for (int j = 0; j < c; j++) {
      mean[j] = n[j] == 0 ? 0 : sum[j] / n[j];
      double var = n[j] == 0 ? 0 : Math.max(0, sq[j] / n[j] - mean[j] * mean[j]);
      sd[j] = var > 1e-24 ? Math.sqrt(var) : 1;
    }
    return new Standardiser(mean, sd);
  }

  /** {@code x} standardised. */
  public FeatureMatrix apply(FeatureMatrix x) {
    int c = x.columns();
    float[] in = x.values();
    float[] out = new float[in.length];
    for (int r = 0; r < x.rows(); r++) {
      for (int j = 0; j < c; j++) {
        float f = in[r * c + j];
        out[r * c + j] = Float.isNaN(f) ? 0f : (float) ((f - mean[j]) / sd[j]);
      }
    }
    return new FeatureMatrix(out, x.rows(), c, x.notes());
  }
}
