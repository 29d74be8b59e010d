package org.reclaim.analysis.scoring;

/**
 * One judgement of a pairwise comparison matrix set against what the derived weights imply, to tell
 * an analyst which comparison to revisit first.
 *
 * <p>{@code errorRatio = a_ij · w_j / w_i} is Saaty's {@code ε_ij} (Saaty 2003, "Decision-making
 * with the AHP: why is the principal eigenvector necessary", EJOR 145): 1 when the judgement agrees
 * with the weights, above 1 when it overstates the row criterion against the column criterion,
 * below 1 when it understates it. Revising {@code a_ij} towards {@code implied} lowers the
 * inconsistency the most.
 *
 * @param row the criterion in the row (i)
 * @param column the criterion in the column (j)
 * @param given the judgement {@code a_ij}
 * @param implied {@code w_i / w_j}, the judgement consistent with the derived weights
 * @param errorRatio {@code a_ij · w_j / w_i}, {@code > 0}
 */
public record Inconsistency(
    String row, String column, double given, double implied, double errorRatio) {

  /** {@code |ln errorRatio|}: how far the judgement is off, the same whichever way round. */
  public double severity() {
    return Math.abs(Math.log(errorRatio));
  }
}
