package org.reclaim.domain.task;

import java.time.LocalDate;
import org.reclaim.domain.Check;
import org.reclaim.domain.DomainException;

/**
 * One release method applied to one hazardous area (or a part of it) by one team.
 *
 * @param id positive identifier
 * @param hazardousAreaId the area worked
 * @param method release method
 * @param teamId the team, or {@code null} while {@link TaskStatus#PLANNED} and unassigned
 * @param status where the task stands
 * @param plannedStart planned first day, or {@code null}
 * @param plannedEnd planned last day (inclusive), or {@code null}
 * @param targetAreaM2 area the task covers, m², {@code > 0}
 * @param costUsd cost booked so far, US$
 */
public record Task(
    long id,
    long hazardousAreaId,
    ReleaseMethod method,
    Long teamId,
    TaskStatus status,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    double targetAreaM2,
    double costUsd) {
  private static final String E = "Task";

  public Task {
    Check.id(E, "id", id);
    Check.id(E, "hazardousAreaId", hazardousAreaId);
    Check.notNull(E, "method", method);
    Check.notNull(E, "status", status);
    if (teamId == null && status != TaskStatus.PLANNED && status != TaskStatus.SUSPENDED) {
      throw new DomainException(E, "teamId", "a task that is " + status + " needs a team");
    }
    Check.ordered(E, "plannedEnd", plannedStart, plannedEnd);
    Check.positive(E, "targetAreaM2", targetAreaM2);
    Check.nonNegative(E, "costUsd", costUsd);
  }

  /** A copy in another status; refuses a transition the life cycle does not allow. */
  public Task withStatus(TaskStatus target) {
    if (!status.canMoveTo(target)) {
      throw new DomainException(
          E,
          "status",
          "cannot move from " + status + " to " + target + "; allowed: " + status.next());
    }
    return new Task(
        id,
        hazardousAreaId,
        method,
        teamId,
        target,
        plannedStart,
        plannedEnd,
        targetAreaM2,
        costUsd);
  }
}
