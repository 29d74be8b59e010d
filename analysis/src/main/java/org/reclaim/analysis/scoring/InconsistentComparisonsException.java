package org.reclaim.analysis.scoring;

import java.util.stream.Collectors;

/**
 * Pairwise comparisons whose consistency ratio exceeds the threshold, used without insisting.
 * Carries the full {@link AhpResult} so that a caller (an HTTP problem document, the policy editor)
 * can show the ratio and the comparisons to revisit, and an analyst can still insist.
 */
public class InconsistentComparisonsException extends IllegalArgumentException {
  private final transient AhpResult result;

  /** An exception describing {@code result}, which must be inconsistent. */
  public InconsistentComparisonsException(AhpResult result) {
    super(message(result));
    this.result = result;
  }

  /** The evaluation that was refused. */
  public AhpResult result() {
    return result;
  }

  private static String message(AhpResult result) {
    String revisit =
        result.mostInconsistent().stream()
            .map(
                c ->
                    String.format(
                        "'%s' vs '%s' (given %.3g, weights imply %.3g)",
                        c.row(), c.column(), c.given(), c.implied()))
            .collect(Collectors.joining(", "));
    return String.format(
        "pairwise comparisons are inconsistent: consistency ratio %.3f > %.2f; revisit %s",
        result.consistencyRatio(), result.consistencyThreshold(), revisit);
  }
}
