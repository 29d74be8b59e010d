package org.reclaim.analysis.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Expected value per unit of cost: {@code EV_i = p_i · C_i / max(cost_i, 1)}, where {@code p_i} is
 * the probability that alternative i is contaminated, {@code C_i = Σ_j w_j · n_ij} the weighted sum
 * of its normalised consequence criteria (min-max, 1 = most consequence: what releasing it gains
 * when it does hold ordnance), and {@code cost_i} the expected cost of releasing it. Scores are
 * {@code EV_i / max_k EV_k}: land likely to hold ordnance where it does most harm, per dollar,
 * comes first.
 *
 * <p><b>Contract.</b> Scores lie in {@code [0, 1]}, finite, never {@code NaN}; the best alternative
 * scores 1 (all 0 when no alternative has any expected value). Each alternative's contributions are
 * its consequence criteria's parts {@code p · w_j · n_ij / cost / max EV} (summing to the score)
 * and 0 for the probability, the cost and every unweighted criterion, whose raw values are kept.
 * Stateless and thread safe.
 */
public final class ExpectedValueOp {
  private final String probabilityCriterion;
  private final String costCriterion;

  /**
   * @param probabilityCriterion the column holding {@code p} (in [0, 1])
   * @param costCriterion the column holding the expected cost
   */
  public ExpectedValueOp(String probabilityCriterion, String costCriterion) {
    this.probabilityCriterion = Objects.requireNonNull(probabilityCriterion);
    this.costCriterion = Objects.requireNonNull(costCriterion);
  }

  /**
   * Scores and ranks every alternative.
   *
   * @param consequenceWeights weights of the consequence criteria (every other criterion of the
   *     matrix weighs 0); must name exactly the matrix's criteria
   * @throws IllegalArgumentException when no consequence criterion has a weight, or the probability
   *     or cost column is missing
   */
  public Ranking apply(DecisionMatrix matrix, Weights consequenceWeights) {
    double[] w = consequenceWeights.alignedTo(matrix);
    int m = matrix.alternativeCount();
    int k = matrix.criterionCount();
    int pj = column(matrix, probabilityCriterion);
    int cj = column(matrix, costCriterion);
    double weighted = 0;
    for (int j = 0; j < k; j++) {
      weighted += j == pj || j == cj ? 0 : w[j];
    }
    if (!(weighted > 0)) {
      throw new IllegalArgumentException(
          "weights: the expected value needs weight on at least one consequence criterion");
    }
    double[][] n = new double[k][];
    for (int j = 0; j < k; j++) {
      n[j] =
          Normalisation.MIN_MAX.normalise(matrix.column(j), matrix.criteria().get(j).direction());
    }
    double[] factor = new double[m];
    double[] ev = new double[m];
    double best = 0;
    for (int i = 0; i < m; i++) {
      double c = 0;
      for (int j = 0; j < k; j++) {
        c += j == pj || j == cj ? 0 : w[j] / weighted * n[j][i];
      }
      double p = Math.max(0, Math.min(1, matrix.value(i, pj)));
      factor[i] = p / Math.max(1, matrix.value(i, cj));
      ev[i] = factor[i] * c;
      best = Math.max(best, ev[i]);
    }
    List<RankedAlternative> entries = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      double scale = best > 0 ? factor[i] / best : 0;
      double score = best > 0 ? Normalisation.clamp(ev[i] / best) : 0;
      List<Contribution> contributions = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        boolean consequence = j != pj && j != cj;
        double wj = consequence ? w[j] / weighted : 0;
        double part = consequence ? scale * wj * n[j][i] : 0;
        contributions.add(
            new Contribution(
                matrix.criteria().get(j).name(),
                matrix.value(i, j),
                n[j][i],
                wj,
                part,
                Math.max(0, scale * wj * (1 - n[j][i])),
                part));
      }
      entries.add(
          new RankedAlternative(
              matrix.alternatives().get(i), score, 0, 1 - score, score, contributions));
    }
    return Ranking.assemble("expected-value", entries);
  }

  private static int column(DecisionMatrix matrix, String name) {
    for (int j = 0; j < matrix.criterionCount(); j++) {
      if (matrix.criteria().get(j).name().equals(name)) {
        return j;
      }
    }
    throw new IllegalArgumentException("criteria: the matrix has no column '" + name + "'");
  }
}
