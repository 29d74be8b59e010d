package org.reclaim.domain.context;

import org.locationtech.jts.geom.Point;
import org.reclaim.domain.Check;

/**
 * A populated place: the people exposed to nearby hazards.
 *
 * @param id positive identifier
 * @param name name as published
 * @param population residents (latest estimate), {@code >= 0}
 * @param location representative point, WGS84
 * @param regionId containing region, or {@code null}
 */
public record Settlement(long id, String name, int population, Point location, Long regionId) {
  public Settlement {
    Check.id("Settlement", "id", id);
    name = Check.notBlank("Settlement", "name", name);
    Check.nonNegative("Settlement", "population", population);
    Check.notNull("Settlement", "location", location);
  }
}
