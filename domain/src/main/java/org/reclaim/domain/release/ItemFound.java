package org.reclaim.domain.release;

import org.reclaim.domain.Check;
import org.reclaim.domain.hazard.ContaminationType;

/**
 * Explosive items of one kind found at one depth during a task (IMAS 09.10 completion reporting).
 *
 * @param type kind of ordnance
 * @param depthCm depth below the surface where they were found, cm, {@code >= 0}
 * @param count how many, {@code > 0}
 */
public record ItemFound(ContaminationType type, int depthCm, int count) {
  private static final String E = "ItemFound";

  public ItemFound {
    Check.notNull(E, "type", type);
    Check.nonNegative(E, "depthCm", depthCm);
    if (count <= 0) {
      throw new org.reclaim.domain.DomainException(E, "count", "must be > 0, was " + count);
    }
  }
}
