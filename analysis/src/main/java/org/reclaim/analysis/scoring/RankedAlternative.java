package org.reclaim.analysis.scoring;

import java.util.List;
import java.util.Optional;

/**
 * One alternative's place in a {@link Ranking}.
 *
 * <p>The score is in {@code [0, 1]}, higher is better, never {@code NaN}; it equals {@code
 * distanceToAntiIdeal / (distanceToIdeal + distanceToAntiIdeal)} for both methods (for the weighted
 * sum the distances are the L1 distances {@code 1 - score} and {@code score}). Rank 1 is the best;
 * alternatives whose scores differ by at most {@link Ranking#TIE_TOLERANCE} share a rank, and the
 * next rank skips accordingly ("1, 2, 2, 4").
 *
 * @param alternative the alternative id from the decision matrix
 * @param score in {@code [0, 1]}, 1 best
 * @param rank 1-based competition rank
 * @param distanceToIdeal distance to the ideal alternative, {@code >= 0}
 * @param distanceToAntiIdeal distance to the anti-ideal alternative, {@code >= 0}
 * @param contributions one per criterion, in the matrix's column order
 */
public record RankedAlternative(
    String alternative,
    double score,
    int rank,
    double distanceToIdeal,
    double distanceToAntiIdeal,
    List<Contribution> contributions) {

  /** Copies the contributions. */
  public RankedAlternative {
    contributions = List.copyOf(contributions);
  }

  /** The contribution of {@code criterion}, if the matrix has it. */
  public Optional<Contribution> findContribution(String criterion) {
    return contributions.stream().filter(c -> c.criterion().equals(criterion)).findFirst();
  }

  /**
   * The contribution of {@code criterion}.
   *
   * @throws IllegalArgumentException if there is no such criterion
   */
  public Contribution getContribution(String criterion) {
    return findContribution(criterion)
        .orElseThrow(
            () -> new IllegalArgumentException("no criterion '" + criterion + "' in the score"));
  }
}
