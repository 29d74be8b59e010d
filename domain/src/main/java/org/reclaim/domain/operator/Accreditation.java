package org.reclaim.domain.operator;

import java.time.LocalDate;
import java.util.Set;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * The national authority's accreditation of an operator for one activity (IMAS 07.30): valid for a
 * period, in a set of regions.
 *
 * @param id positive identifier
 * @param operatorId the accredited operator
 * @param activity the accredited activity
 * @param regionIds regions where it applies; at least one
 * @param validFrom first valid day
 * @param validTo last valid day (inclusive)
 */
public record Accreditation(
    long id,
    long operatorId,
    Activity activity,
    Set<Long> regionIds,
    LocalDate validFrom,
    LocalDate validTo) {
  private static final String E = "Accreditation";

  public Accreditation {
    Check.id(E, "id", id);
    Check.id(E, "operatorId", operatorId);
    Check.notNull(E, "activity", activity);
    Check.notNull(E, "regionIds", regionIds);
    if (regionIds.isEmpty()) {
      throw new DomainException(E, "regionIds", "at least one region is required");
    }
    regionIds = Set.copyOf(regionIds);
    Check.notNull(E, "validFrom", validFrom);
    Check.notNull(E, "validTo", validTo);
    Check.ordered(E, "validTo", validFrom, validTo);
  }

  /**
   * IMAS 07.30 §4: an operator may carry out an activity only where and while it is accredited for
   * it.
   */
  public boolean covers(Activity requested, long regionId, LocalDate date) {
    return activity == requested
        && regionIds.contains(regionId)
        && !date.isBefore(validFrom)
        && !date.isAfter(validTo);
  }
}
