package org.reclaim.domain.people;

import java.time.LocalDate;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.Check;

/**
 * An explosive ordnance accident (IMAS 10.60, IMAS 13.10): when and where, what the people were
 * doing, and the hazardous area and evidence record it is linked to. Its casualties are {@link
 * Casualty} records.
 *
 * @param id positive identifier
 * @param occurredOn the day
 * @param location where it happened, WGS84
 * @param hazardousAreaId the hazardous area it happened in or near, or {@code null}
 * @param evidenceId the evidence record reporting it, or {@code null}
 * @param activity what the people were doing, e.g. {@code farming}, {@code travelling}
 * @param device the device, e.g. {@code anti-personnel mine}, {@code cluster submunition}
 */
public record Accident(
    long id,
    LocalDate occurredOn,
    Point location,
    Long hazardousAreaId,
    Long evidenceId,
    String activity,
    String device) {
  private static final String E = "Accident";

  public Accident {
    Check.id(E, "id", id);
    Check.notNull(E, "occurredOn", occurredOn);
    Check.notNull(E, "location", location);
    if (hazardousAreaId != null) {
      Check.id(E, "hazardousAreaId", hazardousAreaId);
    }
    if (evidenceId != null) {
      Check.id(E, "evidenceId", evidenceId);
    }
    activity = Check.notBlank(E, "activity", activity);
    device = Check.notBlank(E, "device", device);
  }
}
