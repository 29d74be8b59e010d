package org.reclaim.analysis.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.analysis.profile.ScoringMethod;
import org.reclaim.analysis.scoring.DecisionMatrix;
import org.reclaim.analysis.scoring.Ranking;
import org.reclaim.analysis.scoring.TopsisOp;
import org.reclaim.analysis.scoring.Weights;

/**
 * Rank stability under weight uncertainty, by seeded Monte-Carlo: each sample multiplies every
 * weight by an independent factor drawn uniformly from {@code [1 - spread, 1 + spread]} (weights
 * are then renormalised), re-scores all areas and records each area's rank. Reports per area the
 * median, 5th and 95th percentile rank and the probability of staying in the top N. The same seed
 * gives the same result.
 *
 * <p>Weighted sum: the criteria are normalised once and each sample is a dot product per area (the
 * definition of {@code WeightedSumOp}); TOPSIS: each sample runs {@link TopsisOp}, whose ideal
 * points depend on the weights.
 */
public final class SensitivityOp {
  private final double spread;
  private final int samples;
  private final long seed;

  /**
   * @param spread relative perturbation of each weight, in [0, 1), e.g. 0.2 for ±20 %
   * @param samples number of Monte-Carlo samples, ≥ 1
   * @param seed random seed
   */
  public SensitivityOp(double spread, int samples, long seed) {
    if (!(spread >= 0 && spread < 1)) {
      throw new IllegalArgumentException("spread must be in [0, 1), was " + spread);
    }
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, was " + samples);
    }
    this.spread = spread;
    this.samples = samples;
    this.seed = seed;
  }

  /** Rank stability of every area of {@code ranking}, in ranking order. */
  public List<RankStability> apply(
      List<AreaCriteria> rows, PolicyProfile profile, AreaRanking ranking) {
    int n = rows.size();
    if (n == 0) {
      return List.of();
    }
    DecisionMatrix matrix = Prioritisation.matrix(rows);
    Weights base = profile.effectiveWeights();
    double[][] normalised = null;
    if (profile.scoringMethod() == ScoringMethod.WEIGHTED_SUM) {
      normalised = new double[matrix.criterionCount()][];
      for (int j = 0; j < normalised.length; j++) {
        normalised[j] =
            profile
                .normalisationMethod()
                .normalise(matrix.column(j), matrix.criteria().get(j).direction());
      }
    }
    int[][] ranks = new int[n][samples];
    SplittableRandom random = new SplittableRandom(seed);
    double[] w = new double[base.size()];
    for (int s = 0; s < samples; s++) {
      for (int j = 0; j < w.length; j++) {
        w[j] = base.weight(j) * (1 + spread * (2 * random.nextDouble() - 1));
      }
      double[] scores =
          normalised != null ? dot(normalised, w, n) : topsis(matrix, base.criteria(), w);
      int[] r = ranksOf(scores, rows);
      for (int i = 0; i < n; i++) {
        ranks[i][s] = r[i];
      }
    }
    return summarise(rows, ranking, ranks, profile.topN());
  }

  private List<RankStability> summarise(
      List<AreaCriteria> rows, AreaRanking ranking, int[][] ranks, int topN) {
    java.util.Map<Long, Integer> rowOf = new java.util.HashMap<>(rows.size() * 2);
    for (int i = 0; i < rows.size(); i++) {
      rowOf.put(rows.get(i).areaId(), i);
    }
    List<RankStability> out = new ArrayList<>(rows.size());
    for (RankedArea a : ranking.areas()) {
      int[] r = ranks[rowOf.get(a.areaId())];
      Arrays.sort(r);
      long inTop = Arrays.stream(r).filter(x -> x <= topN).count();
      out.add(
          new RankStability(
              a.areaId(),
              a.rank(),
              percentile(r, 0.5),
              percentile(r, 0.05),
              percentile(r, 0.95),
              (double) inTop / r.length));
    }
    return out;
  }

  /** Nearest-rank percentile of sorted values. */
  static int percentile(int[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double[] dot(double[][] normalised, double[] w, int n) {
    double sum = Arrays.stream(w).sum();
    double[] scores = new double[n];
    for (int j = 0; j < normalised.length; j++) {
      double wj = w[j] / sum;
      double[] col = normalised[j];
      for (int i = 0; i < n; i++) {
        scores[i] += wj * col[i];
      }
    }
    return scores;
  }

  private static double[] topsis(DecisionMatrix matrix, List<String> criteria, double[] w) {
    Ranking r = new TopsisOp().apply(matrix, Weights.of(criteria, w));
    double[] scores = new double[matrix.alternativeCount()];
    java.util.Map<String, Double> byId = r.scores();
    for (int i = 0; i < scores.length; i++) {
      scores[i] = byId.get(matrix.alternatives().get(i));
    }
    return scores;
  }

  /**
   * 1-based competition ranks, best (highest score) first, as {@link Ranking} assigns them: scores
   * within {@link Ranking#TIE_TOLERANCE} of their group's lead share the group's rank.
   */
  private static int[] ranksOf(double[] scores, List<AreaCriteria> rows) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    int[] rank = new int[scores.length];
    int groupStart = 0;
    for (int k = 0; k < order.length; k++) {
      if (!Ranking.sharesRank(scores[order[groupStart]], scores[order[k]])) {
        groupStart = k;
      }
      rank[order[k]] = groupStart + 1;
    }
    return rank;
  }
}
