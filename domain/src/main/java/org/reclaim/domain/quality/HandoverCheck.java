package org.reclaim.domain.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;

/**
 * Whether a released area may be handed over to its community (IMAS 07.11 §10, 09.20): the area is
 * {@code RELEASED}, every task on it is {@code COMPLETED}, no task's latest QC inspection failed (a
 * failed inspection blocks handover until a re-inspection passes), and no critical non-conformity
 * is still open. Answers every reason that blocks, not only the first.
 *
 * <p>Thread safe; stateless.
 */
public final class HandoverCheck {
  private HandoverCheck() {}

  /**
   * The reasons handover is blocked; empty when it may go ahead.
   *
   * @param inspectionsByTask QC inspections per task id, any order
   * @param openCritical critical non-conformities still open on the area's tasks
   */
  public static List<String> blockers(
      HazardousArea area,
      List<Task> tasks,
      Map<Long, List<QcInspection>> inspectionsByTask,
      List<NonConformity> openCritical) {
    List<String> reasons = new ArrayList<>();
    if (area.status() != HazardStatus.RELEASED) {
      reasons.add("area " + area.id() + " is " + area.status() + ", not RELEASED");
    }
    for (Task t : tasks) {
      if (t.status() != TaskStatus.COMPLETED) {
        reasons.add("task " + t.id() + " is " + t.status() + ", not COMPLETED");
      }
      List<QcInspection> qc = inspectionsByTask.getOrDefault(t.id(), List.of());
      qc.stream()
          .max(Comparator.comparing(QcInspection::inspectedOn).thenComparing(QcInspection::id))
          .filter(last -> last.result() == QcResult.FAILED)
          .ifPresent(
              last ->
                  reasons.add(
                      "task "
                          + t.id()
                          + " failed QC inspection "
                          + last.id()
                          + " on "
                          + last.inspectedOn()
                          + " ("
                          + last.reason()
                          + "); a re-inspection must pass first (IMAS 09.20)"));
    }
    for (NonConformity n : openCritical) {
      reasons.add("critical non-conformity " + n.id() + " (" + n.type() + ") is still open");
    }
    return reasons;
  }
}
