package org.reclaim.domain.team;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.reclaim.domain.Check;

/**
 * A team or asset of an operator: deminers, a machine, a dog team, a drone crew.
 *
 * @param id positive identifier
 * @param operatorId the operator it belongs to
 * @param name call sign or name
 * @param type kind of team
 * @param base base location, WGS84
 * @param productivity m²/day by method × terrain × vegetation
 * @param dayRateUsd cost of one working day, US$
 * @param availability periods the team can be tasked; empty means always available
 */
public record Team(
    long id,
    long operatorId,
    String name,
    TeamType type,
    Point base,
    ProductivityTable productivity,
    double dayRateUsd,
    List<DateRange> availability) {
  private static final String E = "Team";

  public Team {
    Check.id(E, "id", id);
    Check.id(E, "operatorId", operatorId);
    name = Check.notBlank(E, "name", name);
    Check.notNull(E, "type", type);
    Check.notNull(E, "base", base);
    Check.notNull(E, "productivity", productivity);
    Check.nonNegative(E, "dayRateUsd", dayRateUsd);
    availability = List.copyOf(Check.notNull(E, "availability", availability));
  }

  /** Whether the team can be tasked on {@code day}. */
  public boolean isAvailable(LocalDate day) {
    return availability.isEmpty() || availability.stream().anyMatch(r -> r.contains(day));
  }
}
