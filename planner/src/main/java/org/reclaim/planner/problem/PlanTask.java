package org.reclaim.planner.problem;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.reclaim.domain.hazard.Terrain;
import org.reclaim.domain.hazard.Vegetation;
import org.reclaim.domain.task.ReleaseMethod;

/**
 * One piece of work to schedule: a release method applied to one hazardous area, or, for generic
 * scheduling problems, a job with a weight and per-team durations.
 *
 * <p>{@code value} is what the plan weighs completion time by; for mine action it is the area's
 * priority score × its area in m², so releasing a large high-priority area early counts most.
 * Generic problems give it directly as the job's weight.
 *
 * @param id unique identifier
 * @param areaId the hazardous area, or {@code null} for a generic job
 * @param regionId region of the area, or {@code null} if unknown
 * @param method release method, or {@code null} for a generic job (then no accreditation is checked
 *     and only explicit team durations make a team eligible)
 * @param terrain terrain class, or {@code null} when durations are given explicitly
 * @param vegetation vegetation class, or {@code null} when durations are given explicitly
 * @param areaM2 area released when the task is done, m², {@code >= 0}
 * @param value weight of the task in the objective, {@code >= 0}
 * @param location where the work is (area centroid), or {@code null}: no travel is counted
 * @param releaseDay first day the task may start, days from the horizon start, {@code >= 0}
 * @param inProgressTeamId the team already working on it (re-planning pins the task at the head of
 *     that team's schedule), or {@code null}
 */
public record PlanTask(
    String id,
    @Nullable Long areaId,
    @Nullable Long regionId,
    @Nullable ReleaseMethod method,
    @Nullable Terrain terrain,
    @Nullable Vegetation vegetation,
    double areaM2,
    double value,
    @Nullable GeoPoint location,
    int releaseDay,
    @Nullable String inProgressTeamId) {

  public PlanTask {
    Objects.requireNonNull(id, "PlanTask.id");
    check(id, "areaM2", areaM2);
    check(id, "value", value);
    if (releaseDay < 0) {
      throw new IllegalArgumentException("PlanTask[" + id + "].releaseDay must be >= 0");
    }
  }

  private static void check(String id, String field, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("PlanTask[" + id + "]." + field + ": " + v + " < 0");
    }
  }

  /** A generic job: weight, release day and nothing else; durations come from the teams. */
  public static PlanTask generic(String id, double weight, int releaseDay) {
    return new PlanTask(id, null, null, null, null, null, 0, weight, null, releaseDay, null);
  }

  /** A copy under another id, all else the same. */
  public PlanTask withId(String newId) {
    return new PlanTask(
        newId,
        areaId,
        regionId,
        method,
        terrain,
        vegetation,
        areaM2,
        value,
        location,
        releaseDay,
        inProgressTeamId);
  }

  /** A copy already under way with {@code teamId}. */
  public PlanTask withInProgressTeam(@Nullable String teamId) {
    return new PlanTask(
        id,
        areaId,
        regionId,
        method,
        terrain,
        vegetation,
        areaM2,
        value,
        location,
        releaseDay,
        teamId);
  }
}
