package org.reclaim.domain.context;

import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.Check;

/**
 * A facility whose access or repair depends on land release.
 *
 * @param id positive identifier
 * @param kind sector
 * @param name name as published
 * @param geometry point, line or polygon, WGS84
 */
public record CriticalInfrastructure(long id, Kind kind, String name, Geometry geometry) {

  /** Sectors of critical infrastructure. */
  public enum Kind {
    POWER,
    WATER,
    HEALTH,
    SCHOOL,
    BRIDGE,
    GAS,
    TELECOM,
    OTHER
  }

  public CriticalInfrastructure {
    Check.id("CriticalInfrastructure", "id", id);
    Check.notNull("CriticalInfrastructure", "kind", kind);
    name = Check.notBlank("CriticalInfrastructure", "name", name);
    Check.notNull("CriticalInfrastructure", "geometry", geometry);
  }
}
