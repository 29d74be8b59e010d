package org.reclaim.domain.context;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.Check;

/**
 * A planned or waiting reconstruction or recovery project that needs land released first.
 *
 * @param id positive identifier
 * @param name name as published
 * @param sector e.g. housing, energy, water, transport, agriculture; free text
 * @param status where the project stands
 * @param budgetUsd budget in US$, {@code >= 0}
 * @param plannedStart planned start date, or {@code null}
 * @param geometry site, WGS84
 */
public record RecoveryProject(
    long id,
    String name,
    String sector,
    Status status,
    double budgetUsd,
    LocalDate plannedStart,
    Geometry geometry) {

  /** Project status; WAITING means blocked by contamination. */
  public enum Status {
    PLANNED,
    WAITING,
    UNDERWAY,
    DONE
  }

  public RecoveryProject {
    Check.id("RecoveryProject", "id", id);
    name = Check.notBlank("RecoveryProject", "name", name);
    sector = Check.notBlank("RecoveryProject", "sector", sector);
    Check.notNull("RecoveryProject", "status", status);
    Check.nonNegative("RecoveryProject", "budgetUsd", budgetUsd);
    Check.notNull("RecoveryProject", "geometry", geometry);
  }
}
