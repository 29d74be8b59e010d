package org.reclaim.domain.task;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of a task: {@code PLANNED → ASSIGNED → IN_PROGRESS → COMPLETED}, or {@code SUSPENDED}
 * (weather, security, access) and back. A failed QC inspection reopens a completed task (IMAS
 * 09.20), which returns it to {@code IN_PROGRESS}.
 */
public enum TaskStatus {
  PLANNED,
  ASSIGNED,
  IN_PROGRESS,
  COMPLETED,
  SUSPENDED;

  /** The statuses this one may move to. */
  public Set<TaskStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(ASSIGNED, SUSPENDED);
      case ASSIGNED -> EnumSet.of(IN_PROGRESS, PLANNED, SUSPENDED);
      case IN_PROGRESS -> EnumSet.of(COMPLETED, SUSPENDED);
      case COMPLETED -> EnumSet.of(IN_PROGRESS);
      case SUSPENDED -> EnumSet.of(PLANNED, ASSIGNED, IN_PROGRESS);
    };
  }

  /** Whether moving from this status to {@code target} is allowed. */
  public boolean canMoveTo(TaskStatus target) {
    return next().contains(target);
  }
}
