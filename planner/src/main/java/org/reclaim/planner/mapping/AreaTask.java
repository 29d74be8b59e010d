package org.reclaim.planner.mapping;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;

/**
 * One ranked hazardous area with the release method recommended for it: the unit the planner
 * schedules.
 *
 * @param area the area
 * @param method the recommended release method
 * @param priorityScore the area's priority score from prioritisation, {@code >= 0}; the task's
 *     value is this × the area in m²
 * @param releaseDay first day work may start, days from the horizon start, {@code >= 0}
 * @param inProgressTeamId the team already working on it, or {@code null}
 */
public record AreaTask(
    HazardousArea area,
    ReleaseMethod method,
    double priorityScore,
    int releaseDay,
    @Nullable Long inProgressTeamId) {
  public AreaTask {
    Objects.requireNonNull(area, "AreaTask.area");
    Objects.requireNonNull(method, "AreaTask.method");
  }

  /** A task not yet started, free to start on day 0. */
  public static AreaTask of(HazardousArea area, ReleaseMethod method, double priorityScore) {
    return new AreaTask(area, method, priorityScore, 0, null);
  }
}
