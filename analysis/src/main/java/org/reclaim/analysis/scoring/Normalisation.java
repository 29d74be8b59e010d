package org.reclaim.analysis.scoring;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How {@link WeightedSumOp} brings criteria measured in different units onto a common scale before
 * weighting them. Both map a column of raw values to {@code [0, 1]} with 1 the best and 0 the worst
 * value in the column, whatever the {@link Direction}; both are relative to the alternatives being
 * compared, so adding or removing an alternative can change other alternatives' normalised values.
 *
 * <p><b>A column without spread</b> (every value equal, or a single alternative) normalises to 1.0
 * for every alternative under both methods. Such a criterion cannot discriminate; any constant
 * would leave the ranking unchanged, and 1.0 is what the formula gives in the limit for an
 * alternative equal to the best observed value, which every alternative then is. It keeps scores
 * well defined (never {@code 0/0}) and keeps a single alternative's score at 1.
 *
 * <p>Never returns {@code NaN} for finite input. Stateless and thread safe.
 */
public enum Normalisation {
  /**
   * Linear rescaling between the column minimum and maximum: {@code (x - min) / (max - min)} for a
   * benefit criterion, {@code (max - x) / (max - min)} for a cost criterion. Keeps the proportions
   * of the differences between alternatives; one outlier compresses everyone else towards 0 or 1.
   */
  MIN_MAX {
    @Override
    double[] apply(double[] column, Direction direction) {
      double min = Arrays.stream(column).min().orElseThrow();
      double max = Arrays.stream(column).max().orElseThrow();
      double[] out = new double[column.length];
      if (max == min) {
        Arrays.fill(out, 1.0);
        return out;
      }
      // Halving keeps max - min finite for values near Double.MAX_VALUE; it is exact otherwise.
      double scale = Double.isFinite(max - min) ? 1.0 : 0.5;
      double range = max * scale - min * scale;
      for (int i = 0; i < column.length; i++) {
        double x = column[i] * scale;
        double n = direction == Direction.BENEFIT ? (x - min * scale) : (max * scale - x);
        out[i] = clamp(n / range);
      }
      return out;
    }
  },

  /**
   * Ordinal: the fractional rank of each value in its column, scaled to {@code [0, 1]}. Values are
   * ranked 1 (worst) to m (best) for the criterion's direction, tied values share the average of
   * the ranks they span, and the rank r becomes {@code (r - 1) / (m - 1)}. Insensitive to outliers
   * and to the unit, but a small raw difference counts as much as a large one.
   */
  RANK {
    @Override
    double[] apply(double[] column, Direction direction) {
      int m = column.length;
      double[] out = new double[m];
      Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
      Arrays.sort(order, Comparator.comparingDouble(i -> column[i]));
      if (column[order[0]] == column[order[m - 1]]) {
        Arrays.fill(out, 1.0);
        return out;
      }
      int start = 0;
      while (start < m) {
        int end = start;
        while (end + 1 < m && column[order[end + 1]] == column[order[start]]) {
          end++;
        }
        // ascending rank, 1-based, averaged over the tie group [start, end]
        double ascendingRank = (start + end) / 2.0 + 1;
        double r = direction == Direction.BENEFIT ? ascendingRank : m + 1 - ascendingRank;
        for (int k = start; k <= end; k++) {
          out[order[k]] = clamp((r - 1) / (m - 1));
        }
        start = end + 1;
      }
      return out;
    }
  };

  /**
   * Normalises one column.
   *
   * @param column raw values, finite, at least one; not modified
   * @param direction the criterion's direction
   * @return a new array of the same length with values in {@code [0, 1]}, 1 = best
   */
  public double[] normalise(double[] column, Direction direction) {
    if (column == null || column.length == 0) {
      throw new IllegalArgumentException("cannot normalise an empty column");
    }
    if (direction == null) {
      throw new IllegalArgumentException("direction is required");
    }
    for (int i = 0; i < column.length; i++) {
      if (!Double.isFinite(column[i])) {
        throw new IllegalArgumentException("value " + i + " is " + column[i] + "; must be finite");
      }
    }
    return apply(column, direction);
  }

  abstract double[] apply(double[] column, Direction direction);

  static double clamp(double x) {
    return Math.max(0.0, Math.min(1.0, x));
  }
}
