package org.reclaim.domain.release;

import java.time.LocalDate;
import org.reclaim.domain.Check;

/**
 * One booking of released land for a hazardous area.
 *
 * @param id positive identifier; a booking is accepted once only
 * @param hazardousAreaId the area released from
 * @param taskId the task that released it, or {@code null} (e.g. desk-based cancellation)
 * @param category cancelled, reduced or cleared
 * @param areaM2 released area, m², {@code > 0}
 * @param releasedOn date of release
 * @param itemsFound explosive items found and destroyed, {@code >= 0}
 */
public record LandRelease(
    long id,
    long hazardousAreaId,
    Long taskId,
    ReleaseCategory category,
    double areaM2,
    LocalDate releasedOn,
    int itemsFound) {
  private static final String E = "LandRelease";

  public LandRelease {
    Check.id(E, "id", id);
    Check.id(E, "hazardousAreaId", hazardousAreaId);
    Check.notNull(E, "category", category);
    Check.positive(E, "areaM2", areaM2);
    Check.notNull(E, "releasedOn", releasedOn);
    Check.nonNegative(E, "itemsFound", itemsFound);
  }
}
