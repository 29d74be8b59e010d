package org.reclaim.likelihood.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Isotonic calibration (Zadrozny and Elkan 2002): the non-decreasing step function from a model's
 * raw probability to the share of contaminated cells, fitted by pool-adjacent-violators on
 * out-of-fold predictions, so that the calibration never sees a prediction a model made on its own
 * training cells. Between the fitted steps the map is linear; below the first and above the last it
 * is flat.
 *
 * <p>Immutable, thread safe.
 *
 * @param x step centres (raw probabilities), ascending
 * @param y calibrated probability at each, non-decreasing, in [0, 1]
 */
public record IsotonicCalibration(double[] x, double[] y) {
  public IsotonicCalibration {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("an isotonic calibration needs matching, non-empty steps");
    }
    x = x.clone();
    y = y.clone();
  }

  /**
   * Fits the calibration to raw probabilities {@code p} and outcomes {@code y} (0/1), with every
   * step holding at least {@link #minimumStep} cells: a step of two or three cells would claim a
   * certainty (0 or 1) that a handful of outcomes cannot support.
   */
  public static IsotonicCalibration fit(double[] p, int[] outcome) {
    return fit(p, outcome, minimumStep(p.length));
  }

  /** The fewest cells a step holds: 1 in 200, at least 10. */
  public static int minimumStep(int cells) {
    return Math.max(10, cells / 200);
  }

  /** Fits with steps of at least {@code minCells} cells (1 for plain pool-adjacent-violators). */
  public static IsotonicCalibration fit(double[] p, int[] outcome, int minCells) {
    if (p.length != outcome.length || p.length == 0) {
      throw new IllegalArgumentException("calibration needs predictions and outcomes, same length");
    }
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
    // blocks of the pool-adjacent-violators algorithm: sum of x, sum of y, weight
    List<double[]> blocks = new ArrayList<>();
    int i = 0;
    while (i < order.length) {
      int j = i;
      double sx = 0;
      double sy = 0;
      while (j < order.length && p[order[j]] == p[order[i]]) {
        sx += p[order[j]];
        sy += outcome[order[j]];
        j++;
      }
      blocks.add(new double[] {sx, sy, j - i});
      i = j;
      while (blocks.size() > 1) {
        double[] last = blocks.get(blocks.size() - 1);
        double[] prev = blocks.get(blocks.size() - 2);
        if (prev[1] / prev[2] <= last[1] / last[2]) {
          break;
        }
        prev[0] += last[0];
        prev[1] += last[1];
        prev[2] += last[2];
        blocks.remove(blocks.size() - 1);
      }
    }
    // pool steps too small to trust with a neighbour (the smaller one); pooling two adjacent
    // steps of a monotone sequence keeps it monotone
    while (blocks.size() > 1) {
      int smallest = -1;
      for (int b = 0; b < blocks.size(); b++) {
        if (blocks.get(b)[2] < minCells
            && (smallest < 0 || blocks.get(b)[2] < blocks.get(smallest)[2])) {
          smallest = b;
        }
      }
      if (smallest < 0) {
        break;
      }
      int other =
          smallest == 0
              ? 1
              : smallest == blocks.size() - 1
                  ? smallest - 1
                  : blocks.get(smallest - 1)[2] <= blocks.get(smallest + 1)[2]
                      ? smallest - 1
                      : smallest + 1;
      int lo = Math.min(smallest, other);
      double[] a = blocks.get(lo);
      double[] b = blocks.remove(lo + 1);
      a[0] += b[0];
      a[1] += b[1];
      a[2] += b[2];
    }
    double[] xs = new double[blocks.size()];
    double[] ys = new double[blocks.size()];
    for (int b = 0; b < blocks.size(); b++) {
      xs[b] = blocks.get(b)[0] / blocks.get(b)[2];
      ys[b] = blocks.get(b)[1] / blocks.get(b)[2];
    }
    return new IsotonicCalibration(xs, ys);
  }

  /** The calibrated probability of raw probability {@code p}. */
  public double apply(double p) {
    if (Double.isNaN(p)) {
      return Double.NaN;
    }
    if (p <= x[0]) {
      return y[0];
    }
    if (p >= x[x.length - 1]) {
      return y[y.length - 1];
    }
    int k = Arrays.binarySearch(x, p);
    if (k >= 0) {
      return y[k];
    }
    int hi = -k - 1;
    int lo = hi - 1;
    double t = (p - x[lo]) / (x[hi] - x[lo]);
    return y[lo] + t * (y[hi] - y[lo]);
  }

  /** Applies the calibration to every raw probability. */
  public double[] apply(double[] p) {
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = apply(p[i]);
    }
    return out;
  }
}
