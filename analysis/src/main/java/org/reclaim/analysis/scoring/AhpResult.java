package org.reclaim.analysis.scoring;

import java.util.List;

/**
 * Weights elicited by {@link AhpOp} from pairwise comparisons, with Saaty's consistency measures.
 *
 * <p>{@code consistencyIndex = (λmax − n) / (n − 1)} (0 for n ≤ 2) and {@code consistencyRatio =
 * consistencyIndex / randomIndex} (0 for n ≤ 2, where every reciprocal matrix is consistent).
 * Judgements are acceptable when the ratio is at most the threshold (Saaty's 0.10). All values are
 * finite and {@code >= 0}.
 *
 * @param weights the principal eigenvector, normalised to sum 1, named by criterion
 * @param lambdaMax the principal eigenvalue, {@code >= n}
 * @param consistencyIndex CI
 * @param randomIndex RI, Saaty's mean CI of random reciprocal matrices of this size
 * @param consistencyRatio CR
 * @param consistencyThreshold the largest acceptable CR used to decide {@code consistent}
 * @param consistent {@code consistencyRatio <= consistencyThreshold}
 * @param mostInconsistent up to three upper-triangle comparisons furthest from what the weights
 *     imply, worst first; judgements that agree with the weights (to 1e-9) are left out, so this is
 *     empty for a consistent matrix
 */
public record AhpResult(
    Weights weights,
    double lambdaMax,
    double consistencyIndex,
    double randomIndex,
    double consistencyRatio,
    double consistencyThreshold,
    boolean consistent,
    List<Inconsistency> mostInconsistent) {

  /** Copies the list. */
  public AhpResult {
    mostInconsistent = List.copyOf(mostInconsistent);
  }

  /**
   * This result, if its judgements are consistent or the analyst insists on using them anyway.
   *
   * @param insist use the weights even though the consistency ratio exceeds the threshold
   * @throws InconsistentComparisonsException when inconsistent and not insisting; it carries this
   *     result and its message names the comparisons to revisit
   */
  public AhpResult requireConsistent(boolean insist) {
    if (!consistent && !insist) {
      throw new InconsistentComparisonsException(this);
    }
    return this;
  }
}
