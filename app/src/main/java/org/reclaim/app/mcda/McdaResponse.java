package org.reclaim.app.mcda;

import java.util.List;
import java.util.Map;
import org.reclaim.analysis.scoring.Inconsistency;
import org.reclaim.analysis.scoring.RankedAlternative;

/**
 * The answer to an {@link McdaRequest}: the ranking with every alternative's per-criterion
 * breakdown, the weights used, and — when they came from a pairwise matrix — the AHP consistency
 * figures.
 *
 * @param method the scoring method used
 * @param weights criterion name → normalised weight (sum 1)
 * @param ranking alternatives best first, each with score, rank and contributions
 * @param ahp consistency of the pairwise matrix, or {@code null} when weights were given
 */
public record McdaResponse(
    String method, Map<String, Double> weights, List<RankedAlternative> ranking, Ahp ahp) {

  /**
   * AHP figures (Saaty).
   *
   * @param lambdaMax principal eigenvalue
   * @param consistencyIndex (λmax − n) / (n − 1)
   * @param randomIndex Saaty's random index for n
   * @param consistencyRatio CI / RI; above 0.10 the matrix is refused unless insisted
   * @param consistent whether CR ≤ 0.10
   * @param mostInconsistent the comparisons furthest from what the weights imply
   */
  public record Ahp(
      double lambdaMax,
      double consistencyIndex,
      double randomIndex,
      double consistencyRatio,
      boolean consistent,
      List<Inconsistency> mostInconsistent) {}
}
