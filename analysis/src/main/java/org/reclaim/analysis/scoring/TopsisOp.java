package org.reclaim.analysis.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * TOPSIS, the Technique for Order Preference by Similarity to Ideal Solution (Hwang &amp; Yoon,
 * <i>Multiple Attribute Decision Making</i>, Springer 1981; Yoon &amp; Hwang 1995): the best
 * alternative is the one closest to the ideal and farthest from the anti-ideal.
 *
 * <ol>
 *   <li>Vector normalisation {@code r_ij = x_ij / sqrt(Σ_i x_ij²)}.
 *   <li>Weighting {@code v_ij = w_j · r_ij}.
 *   <li>Ideal {@code v⁺_j} = max over alternatives for a benefit criterion, min for a cost
 *       criterion; anti-ideal {@code v⁻_j} the opposite.
 *   <li>Euclidean distances {@code D⁺_i = sqrt(Σ_j (v_ij − v⁺_j)²)} and {@code D⁻_i} likewise.
 *   <li>Closeness {@code C_i = D⁻_i / (D⁺_i + D⁻_i)}.
 * </ol>
 *
 * <p><b>Contract.</b> Every closeness lies in {@code [0, 1]}, never {@code NaN}. Two cases the
 * formulae leave open are defined: a column of zeros normalises to {@code r = 0} (it cannot
 * discriminate), and when {@code D⁺ + D⁻ = 0} (the alternative is both ideal and anti-ideal, which
 * happens only when every weighted column is constant) the closeness is 1, the limit of {@code C}
 * as {@code D⁺ → 0}. Each {@link Contribution} carries {@code r_ij}, {@code w_j}, {@code v_ij} and
 * the per-criterion gaps {@code |v_ij − v⁺_j|} and {@code |v_ij − v⁻_j|}, whose Euclidean norms are
 * {@code D⁺} and {@code D⁻}.
 *
 * <p><b>Input.</b> Raw values must be {@code >= 0}: vector normalisation treats them as ratio-scale
 * magnitudes, and with mixed signs it has no meaning. (Shift such a criterion first.) Column norms
 * are summed in sorted order so that the result does not depend on the order of the rows.
 *
 * <p><b>Monotonicity.</b> With non-negative data, raising one alternative's benefit value (or
 * lowering its cost value), all else equal, never lowers its own closeness: its {@code r} rises
 * while the others in the column shrink by the common norm, so its gap to the ideal cannot grow and
 * its gap to the anti-ideal cannot shrink. What does <i>not</i> hold in general is stability of the
 * <i>other</i> alternatives' order: the changed norm and ideal can reverse two others (rank
 * reversal, a known property of TOPSIS). Stateless and thread safe.
 */
public final class TopsisOp {

  /** TOPSIS has nothing to configure; the instance exists for symmetry with the other ops. */
  public TopsisOp() {}

  /** Ranks by TOPSIS closeness. */
  public static Ranking rank(DecisionMatrix matrix, Weights weights) {
    return new TopsisOp().apply(matrix, weights);
  }

  /**
   * Scores and ranks every alternative of {@code matrix} by closeness.
   *
   * @param weights must name exactly the matrix's criteria
   * @throws IllegalArgumentException if a value is negative or the weights do not match
   */
  public Ranking apply(DecisionMatrix matrix, Weights weights) {
    Objects.requireNonNull(matrix, "matrix");
    double[] w = Objects.requireNonNull(weights, "weights").alignedTo(matrix);
    int m = matrix.alternativeCount();
    int k = matrix.criterionCount();
    double[][] v = new double[k][];
    double[][] r = new double[k][];
    double[] ideal = new double[k];
    double[] antiIdeal = new double[k];
    for (int j = 0; j < k; j++) {
      double[] column = nonNegative(matrix, j);
      double norm = norm(column);
      r[j] = new double[m];
      v[j] = new double[m];
      for (int i = 0; i < m; i++) {
        r[j][i] = norm == 0 ? 0 : Normalisation.clamp(column[i] / norm);
        v[j][i] = w[j] * r[j][i];
      }
      double max = Arrays.stream(v[j]).max().orElseThrow();
      double min = Arrays.stream(v[j]).min().orElseThrow();
      boolean benefit = matrix.criteria().get(j).direction() == Direction.BENEFIT;
      ideal[j] = benefit ? max : min;
      antiIdeal[j] = benefit ? min : max;
    }
    List<RankedAlternative> entries = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      List<Contribution> contributions = new ArrayList<>(k);
      double plus = 0;
      double minus = 0;
      for (int j = 0; j < k; j++) {
        double gapPlus = Math.abs(v[j][i] - ideal[j]);
        double gapMinus = Math.abs(v[j][i] - antiIdeal[j]);
        plus += gapPlus * gapPlus;
        minus += gapMinus * gapMinus;
        contributions.add(
            new Contribution(
                matrix.criteria().get(j).name(),
                matrix.value(i, j),
                r[j][i],
                w[j],
                v[j][i],
                gapPlus,
                gapMinus));
      }
      double dPlus = Math.sqrt(plus);
      double dMinus = Math.sqrt(minus);
      double closeness = dPlus + dMinus == 0 ? 1.0 : Normalisation.clamp(dMinus / (dPlus + dMinus));
      entries.add(
          new RankedAlternative(
              matrix.alternatives().get(i), closeness, 0, dPlus, dMinus, contributions));
    }
    return Ranking.assemble("topsis", entries);
  }

  private static double[] nonNegative(DecisionMatrix matrix, int j) {
    double[] column = matrix.column(j);
    for (int i = 0; i < column.length; i++) {
      if (column[i] < 0) {
        throw new IllegalArgumentException(
            "TOPSIS needs values >= 0: '"
                + matrix.alternatives().get(i)
                + "' has "
                + column[i]
                + " for criterion '"
                + matrix.criteria().get(j).name()
                + "'");
      }
    }
    return column;
  }

  /**
   * Euclidean norm, scaled by the largest value so that squares cannot overflow, summed smallest
   * first so that the result is the same for every order of the rows.
   */
  static double norm(double[] column) {
    double[] sorted = column.clone();
    Arrays.sort(sorted);
    double scale = sorted[sorted.length - 1];
    if (scale == 0) {
      return 0;
    }
    double sum = 0;
    for (double x : sorted) {
      double s = x / scale;
      sum += s * s;
    }
    return scale * Math.sqrt(sum);
  }
}
