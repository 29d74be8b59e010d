package org.reclaim.analysis.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Simple additive weighting: {@code score_i = Σ_j w_j · n_ij}, where {@code n_ij} is criterion j of
 * alternative i normalised to {@code [0, 1]} (1 = best) by a {@link Normalisation} and {@code w_j}
 * the normalised weights. The classical weighted sum model of multi-attribute decision making
 * ("simple additive weighting"; Fishburn 1967, Hwang &amp; Yoon 1981).
 *
 * <p><b>Contract.</b> Every score lies in {@code [0, 1]} (rounding is clamped), is finite and never
 * {@code NaN}. A score of 1 means best on every weighted criterion, 0 worst on every one. Each
 * {@link RankedAlternative} carries one {@link Contribution} per criterion with raw value, {@code
 * n_ij}, {@code w_j} and {@code w_j · n_ij}; the contributions sum to the score. Raising a benefit
 * value (or lowering a cost value) of one alternative, all else equal, never lowers its score: both
 * normalisations are monotone in the alternative's own value and can only move the others the other
 * way.
 *
 * <p>Scores are relative to the alternatives in the matrix (normalisation is per column), so they
 * are comparable within one ranking, not across rankings of different sets of areas.
 *
 * <p>Use {@link #rank(DecisionMatrix, Weights)} for min-max normalisation, or an instance for
 * another one. Stateless and thread safe.
 */
public final class WeightedSumOp {
  private final Normalisation normalisation;

  /** An operation normalising with {@code normalisation}. */
  public WeightedSumOp(Normalisation normalisation) {
    this.normalisation = Objects.requireNonNull(normalisation, "normalisation");
  }

  /** Ranks with min-max normalisation. */
  public static Ranking rank(DecisionMatrix matrix, Weights weights) {
    return new WeightedSumOp(Normalisation.MIN_MAX).apply(matrix, weights);
  }

  /** The normalisation this instance uses. */
  public Normalisation normalisation() {
    return normalisation;
  }

  /**
   * Scores and ranks every alternative of {@code matrix}.
   *
   * @param weights must name exactly the matrix's criteria
   * @throws IllegalArgumentException if the weights do not match the criteria
   */
  public Ranking apply(DecisionMatrix matrix, Weights weights) {
    Objects.requireNonNull(matrix, "matrix");
    double[] w = Objects.requireNonNull(weights, "weights").alignedTo(matrix);
    int m = matrix.alternativeCount();
    int k = matrix.criterionCount();
    double[][] normalised = new double[k][];
    for (int j = 0; j < k; j++) {
      normalised[j] =
          normalisation.normalise(matrix.column(j), matrix.criteria().get(j).direction());
    }
    List<RankedAlternative> entries = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      List<Contribution> contributions = new ArrayList<>(k);
      double score = 0;
      double lost = 0;
      for (int j = 0; j < k; j++) {
        double n = normalised[j][i];
        double gained = w[j] * n;
        double gap = w[j] * (1 - n);
        score += gained;
        lost += gap;
        contributions.add(
            new Contribution(
                matrix.criteria().get(j).name(), matrix.value(i, j), n, w[j], gained, gap, gained));
      }
      score = Normalisation.clamp(score);
      entries.add(
          new RankedAlternative(
              matrix.alternatives().get(i), score, 0, Math.max(0, lost), score, contributions));
    }
    return Ranking.assemble("weighted-sum/" + normalisation, entries);
  }
}
