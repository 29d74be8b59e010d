package org.reclaim.planner.problem;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reclaim.domain.team.DateRange;
import org.reclaim.domain.team.ProductivityTable;

/**
 * A team as the planner sees it.
 *
 * <p>Eligibility for a task has two parts, checked by separate hard constraints: {@link #accredits}
 * (the operator's accreditation for the method in the task's region) and {@link #durationDays} (the
 * team can do the work at all: an explicit duration, or a productivity cell for the method, terrain
 * and vegetation). A team with no duration for a task cannot do it.
 *
 * @param id unique identifier
 * @param base base location, or {@code null}: travel from base is not counted
 * @param dayRateUsd cost of one working day, US$, {@code >= 0}
 * @param availability periods the team can work, inclusive; empty means always available
 * @param accreditations the (method, region) pairs the team may work in
 * @param productivity m²/day by method × terrain × vegetation; empty for generic problems
 * @param durationDaysByTaskId explicit durations in working days, {@code >= 1}, by task id; these
 *     override the productivity table
 */
public record PlanTeam(
    String id,
    @Nullable GeoPoint base,
    double dayRateUsd,
    List<DateRange> availability,
    Set<MethodRegion> accreditations,
    ProductivityTable productivity,
    Map<String, Integer> durationDaysByTaskId) {

  public PlanTeam {
    Objects.requireNonNull(id, "PlanTeam.id");
    if (!(dayRateUsd >= 0) || Double.isInfinite(dayRateUsd)) {
      throw new IllegalArgumentException("PlanTeam[" + id + "].dayRateUsd must be >= 0");
    }
    availability = List.copyOf(availability);
    accreditations = Set.copyOf(accreditations);
    Objects.requireNonNull(productivity, "PlanTeam.productivity");
    durationDaysByTaskId = Map.copyOf(durationDaysByTaskId);
    durationDaysByTaskId.forEach(
        (task, days) -> {
          if (days < 1) {
            throw new IllegalArgumentException(
                "PlanTeam[" + id + "].durationDaysByTaskId[" + task + "] must be >= 1");
          }
        });
  }

  /** A team for a generic problem: explicit durations only, no accreditation needed. */
  public static PlanTeam generic(
      String id, double dayRateUsd, List<DateRange> availability, Map<String, Integer> durations) {
    return new PlanTeam(
        id,
        null,
        dayRateUsd,
        availability,
        Set.of(),
        ProductivityTable.builder().build(),
        durations);
  }

  /**
   * Whether the team is accredited for the task's method in the task's region; always true for a
   * generic task (no method).
   */
  public boolean accredits(PlanTask task) {
    if (task.method() == null) {
      return true;
    }
    // the accreditations that cover it (MethodRegion#covers), looked up rather than scanned: a
    // team accredited in a hundred regions is asked this for every task of a problem
    return accreditations.contains(new MethodRegion(task.method(), null))
        || (task.regionId() != null
            && accreditations.contains(new MethodRegion(task.method(), task.regionId())));
  }

  /**
   * Working days the team needs for {@code task}: the explicit duration if given, else ⌈area ÷
   * m²/day⌉ (at least 1) from the productivity cell; empty when the team cannot do the task (no
   * cell: the team type does not suit the terrain or vegetation).
   */
  public OptionalInt durationDays(PlanTask task) {
    Integer explicit = durationDaysByTaskId.get(task.id());
    if (explicit != null) {
      return OptionalInt.of(explicit);
    }
    if (task.method() == null || task.terrain() == null || task.vegetation() == null) {
      return OptionalInt.empty();
    }
    OptionalDouble rate = productivity.m2PerDay(task.method(), task.terrain(), task.vegetation());
    if (rate.isEmpty()) {
      return OptionalInt.empty();
    }
    // the epsilon keeps 1000 m² at 333.33… m²/day at 3 days, not 4, despite rounding
    double days = Math.ceil(task.areaM2() / rate.getAsDouble() - 1e-9);
    return OptionalInt.of((int) Math.max(1, Math.min(days, Integer.MAX_VALUE / 4.0)));
  }
}
