package org.reclaim.domain.compensation;

import org.reclaim.domain.Check;

/**
 * A compensation programme's rules for farmland, set by the programme, not by Reclaim.
 *
 * @param requireNtsConfirmed the parcel must overlap a hazardous area whose contamination a
 *     non-technical survey confirmed (IMAS 08.10): a CHA with a completed NTS task
 * @param minDistanceKmFromContactLine the parcel must lie more than this many km from every contact
 *     line in the register; 0 = no such rule
 * @param minDistanceKmFromBorder the same from every state border; 0 = no such rule
 */
public record CompensationRules(
    boolean requireNtsConfirmed,
    double minDistanceKmFromContactLine,
    double minDistanceKmFromBorder) {
  public CompensationRules {
    Check.nonNegative(
        "CompensationRules", "minDistanceKmFromContactLine", minDistanceKmFromContactLine);
    Check.nonNegative("CompensationRules", "minDistanceKmFromBorder", minDistanceKmFromBorder);
  }
}
