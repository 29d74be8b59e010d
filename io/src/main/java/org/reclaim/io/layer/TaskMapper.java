package org.reclaim.io.layer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.io.Layer;

/**
 * Tasks on stored hazardous areas, optionally assigned to stored teams; no geometry. Target area in
 * m², cost booked so far in US$ (default 0).
 */
final class TaskMapper extends LayerMapper<Task> {
  private static final EnumLookup<ReleaseMethod> METHODS = EnumLookup.of(ReleaseMethod.class);
  private static final EnumLookup<TaskStatus> STATUSES = EnumLookup.of(TaskStatus.class);

  TaskMapper() {
    super(
        Layer.TASKS,
        GeometryRule.NONE,
        List.of(
            "hazardous_area_id",
            "method",
            "team_id",
            "status",
            "planned_start",
            "planned_end",
            "target_area_m2",
            "cost_usd"),
        Set.of("hazardous_area_id", "method", "status", "target_area_m2"));
  }

  @Override
  public @Nullable Task map(FieldParser f, @Nullable Geometry geometry, LongSupplier ids) {
    long areaId = f.requiredId("hazardous_area_id");
    ReleaseMethod method = f.requiredEnum("method", METHODS);
    Long teamId = f.optionalId("team_id");
    TaskStatus status = f.requiredEnum("status", STATUSES);
    LocalDate plannedStart = f.optionalDate("planned_start");
    LocalDate plannedEnd = f.optionalDate("planned_end");
    double targetAreaM2 = f.requiredDouble("target_area_m2");
    double costUsd = f.optionalDouble("cost_usd", 0);
    if (f.failed()) {
      return null;
    }
    return new Task(
        ids.getAsLong(),
        areaId,
        method,
        teamId,
        status,
        plannedStart,
        plannedEnd,
        targetAreaM2,
        costUsd);
  }
}
