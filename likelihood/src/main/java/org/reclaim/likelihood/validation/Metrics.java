package org.reclaim.likelihood.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well predicted probabilities of contamination match what was found: discrimination (ROC-AUC,
 * PR-AUC, precision in the top share), calibration (Brier score, reliability table).
 *
 * <p>All methods take {@code p[i]} (a probability in [0, 1], or any score for the rank-based
 * figures) and {@code y[i]} (1 = contaminated, 0 = clean) of the same length. Stateless.
 */
public final class Metrics {
  private Metrics() {}

  /**
   * The figures of one set of predictions.
   *
   * @param rocAuc area under the ROC curve (0.5 = chance), ties counted half
   * @param prAuc average precision (area under the precision-recall curve, step-wise)
   * @param brier mean squared error of the probabilities (0 = perfect)
   * @param precisionTop10 share of contaminated among the 10 % of cells ranked highest
   * @param precisionTop20 the same for the top 20 %
   * @param positives contaminated cells
   * @param count cells
   * @param reliability the reliability table
   */
  public record Summary(
      double rocAuc,
      double prAuc,
      double brier,
      double precisionTop10,
      double precisionTop20,
      int positives,
      int count,
      List<Bin> reliability) {}

  /**
   * One bin of a reliability table.
   *
   * @param from lower edge of the predicted probability (inclusive)
   * @param to upper edge (exclusive, but 1.0 included in the last bin)
   * @param count predictions in the bin
   * @param meanPredicted their mean probability
   * @param observed share of them contaminated
   */
  public record Bin(double from, double to, int count, double meanPredicted, double observed) {}

  /** Every figure, with a reliability table of {@code bins} equal-width bins. */
  public static Summary summary(double[] p, int[] y, int bins) {
    check(p, y);
    int positives = 0;
    for (int v : y) {
      positives += v;
    }
    return new Summary(
        rocAuc(p, y),
        prAuc(p, y),
        brier(p, y),
        precisionAtTop(p, y, 0.10),
        precisionAtTop(p, y, 0.20),
        positives,
        p.length,
        reliability(p, y, bins));
  }

  /**
   * ROC-AUC by the Mann–Whitney statistic: the chance that a random contaminated cell scores above
   * a random clean one, ties counting one half. {@code NaN} when one class is absent.
   */
  public static double rocAuc(double[] p, int[] y) {
    check(p, y);
    Integer[] order = order(p);
    double rankSumPositives = 0;
    long positives = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
        j++;
      }
      double midRank = (i + j) / 2.0 + 1; // ranks 1..n, ties share their mean rank
      for (int k = i; k <= j; k++) {
        if (y[order[k]] == 1) {
          rankSumPositives += midRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = p.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSumPositives - positives * (positives + 1) / 2.0)
        / ((double) positives * negatives);
  }

  /**
   * Average precision: Σ over thresholds (each distinct score, highest first) of precision × the
   * recall gained there. {@code NaN} without contaminated cells.
   */
  public static double prAuc(double[] p, int[] y) {
    check(p, y);
    Integer[] order = order(p);
    int total = 0;
    for (int v : y) {
      total += v;
    }
    if (total == 0) {
      return Double.NaN;
    }
    double ap = 0;
    int tp = 0;
    int seen = 0;
    int i = order.length - 1;
    while (i >= 0) {
      int j = i;
      int tpHere = 0;
      while (j >= 0 && p[order[j]] == p[order[i]]) {
        tpHere += y[order[j]];
        j--;
      }
      seen += i - j;
      tp += tpHere;
      ap += (tp / (double) seen) * (tpHere / (double) total);
      i = j;
    }
    return ap;
  }

  /** Mean squared difference between probability and outcome. */
  public static double brier(double[] p, int[] y) {
    check(p, y);
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double d = p[i] - y[i];
      sum += d * d;
    }
    return p.length == 0 ? Double.NaN : sum / p.length;
  }

  /**
   * Share of contaminated cells among the {@code share} of cells scored highest (at least one cell;
   * ties at the cut broken by position, deterministically).
   */
  public static double precisionAtTop(double[] p, int[] y, double share) {
    check(p, y);
    if (p.length == 0) {
      return Double.NaN;
    }
    Integer[] order = order(p);
    int n = Math.max(1, (int) Math.round(share * p.length));
    int hits = 0;
    for (int k = 0; k < n; k++) {
      hits += y[order[order.length - 1 - k]];
    }
    return hits / (double) n;
  }

  /** A reliability table of {@code bins} equal-width probability bins; empty bins are left out. */
  public static List<Bin> reliability(double[] p, int[] y, int bins) {
    check(p, y);
    int[] count = new int[bins];
    double[] sumP = new double[bins];
    int[] sumY = new int[bins];
    for (int i = 0; i < p.length; i++) {
      int b = Math.min(bins - 1, Math.max(0, (int) Math.floor(p[i] * bins)));
      count[b]++;
      sumP[b] += p[i];
      sumY[b] += y[i];
    }
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        out.add(
            new Bin(
                b / (double) bins,
                (b + 1) / (double) bins,
                count[b],
                sumP[b] / count[b],
                sumY[b] / (double) count[b]));
      }
    }
    return out;
  }

  /** Indices sorted by ascending score, ties by index. */
  private static Integer[] order(double[] p) {
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order, (a, b) -> a.equals(b) ? 0 : p[a] != p[b] ? Double.compare(p[a], p[b]) : a - b);
    return order;
  }

  private static void check(double[] p, int[] y) {
    if (p.length != y.length) {
      throw new IllegalArgumentException(
          "predictions and outcomes differ in length: " + p.length + " vs " + y.length);
    }
  }
}
