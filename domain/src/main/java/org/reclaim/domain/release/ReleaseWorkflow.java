package org.reclaim.domain.release;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;

/**
 * The land release workflow: how a task's status changes move its hazardous area along its own life
 * cycle, and what a completion report books (IMAS 07.11, 08.10, 08.20, 09.10, 09.20).
 *
 * <ul>
 *   <li>assigning a task tasks its area ({@code SUSPECTED/CONFIRMED/RESIDUAL_RISK → TASKED});
 *   <li>starting it puts the area in progress ({@code TASKED → IN_PROGRESS});
 *   <li>completing it needs a {@link CompletionReport}; its m² are booked into the area's {@link
 *       LandReleaseAccount} (refused beyond the area's size) and the area becomes {@code RELEASED}
 *       only when all of it is accounted for, or {@code RESIDUAL_RISK} when what is not released is
 *       recorded as residual risk;
 *   <li>a failed QC inspection reopens the task and the area (IMAS 09.20); finishing the rework
 *       completes the task again without booking anything twice.
 * </ul>
 *
 * <p>Every step checks both life cycles ({@link TaskStatus}, {@link HazardStatus}) and refuses an
 * illegal transition with a {@link DomainException} naming {@code status} and the reason. Pure
 * functions over immutable records; thread safe.
 */
public final class ReleaseWorkflow {
  private ReleaseWorkflow() {}

  /**
   * The records after one step of the workflow.
   *
   * @param area the area, possibly in a new status
   * @param task the task in its new status
   * @param bookings land release bookings to store (empty unless a report was booked)
   * @param report the completion report to store, with its remainder, or {@code null}
   */
  public record Step(
      HazardousArea area, Task task, List<LandRelease> bookings, CompletionReport report) {
    public Step {
      bookings = List.copyOf(bookings);
    }
  }

  /** The release categories a method may book (IMAS 07.11 §5). */
  public static Set<ReleaseCategory> categoriesFor(ReleaseMethod method) {
    return switch (method) {
      case NTS -> EnumSet.of(ReleaseCategory.CANCELLED);
      case TS -> EnumSet.of(ReleaseCategory.REDUCED, ReleaseCategory.CLEARED);
      case MANUAL, MECHANICAL, MDD -> EnumSet.of(ReleaseCategory.CLEARED, ReleaseCategory.REDUCED);
      default -> throw new IllegalStateException("unknown method " + method);
    };
  }

  /**
   * Moves {@code task} to {@code target}, with its effect on the area. Completion is refused here:
   * it needs a report ({@link #complete}) or, after a QC reopening, {@link #finishRework}.
   */
  public static Step transition(HazardousArea area, Task task, TaskStatus target) {
    sameArea(area, task);
    Task moved = task.withStatus(target);
    HazardousArea a = area;
    switch (target) {
      case ASSIGNED -> a = assignArea(area);
      case IN_PROGRESS -> a = startArea(area);
      case COMPLETED ->
          throw new DomainException(
              "Task",
              "status",
              "a task is completed by its completion report (IMAS 07.11), not by a status change");
      default -> {
        // PLANNED and SUSPENDED leave the area where it is.
      }
    }
    return new Step(a, moved, List.of(), null);
  }

  private static HazardousArea assignArea(HazardousArea area) {
    return switch (area.status()) {
      case SUSPECTED, CONFIRMED, RESIDUAL_RISK -> area.withStatus(HazardStatus.TASKED);
      case TASKED, IN_PROGRESS -> area;
      default ->
          throw new DomainException(
              "HazardousArea",
              "status",
              "area " + area.id() + " is " + area.status() + "; there is nothing left to task");
    };
  }

  private static HazardousArea startArea(HazardousArea area) {
    return switch (area.status()) {
      case TASKED -> area.withStatus(HazardStatus.IN_PROGRESS);
      case IN_PROGRESS -> area;
      default ->
          throw new DomainException(
              "HazardousArea",
              "status",
              "area "
                  + area.id()
                  + " is "
                  + area.status()
                  + "; work starts on a TASKED or IN_PROGRESS area");
    };
  }

  /**
   * Completes {@code task} with {@code report}: books the released m², splits the remaining polygon
   * when the released part is drawn, and settles the area's status.
   *
   * @param account the area's account as stored
   * @param remaining the polygon still hazardous before this report (the area's own polygon when no
   *     earlier report drew one)
   * @param residualBeforeM2 residual risk m² recorded by earlier reports of this area
   * @param bookingIds supplies ids for the new land release bookings
   * @throws DomainException if the report is for another task, a category the method cannot book,
   *     the drawn polygon disagrees with the booked m², or the area would be over-released
   */
  public static Step complete(
      HazardousArea area,
      Task task,
      LandReleaseAccount account,
      Geometry remaining,
      double residualBeforeM2,
      CompletionReport report,
      LongSupplier bookingIds) {
    sameArea(area, task);
    if (report.taskId() != task.id() || report.hazardousAreaId() != area.id()) {
      throw new DomainException(
          "CompletionReport",
          "taskId",
          "report is for task "
              + report.taskId()
              + " on area "
              + report.hazardousAreaId()
              + ", not task "
              + task.id()
              + " on area "
              + area.id());
    }
    Task done = task.withStatus(TaskStatus.COMPLETED);
    Set<ReleaseCategory> allowed = categoriesFor(task.method());
    LandReleaseAccount booked = account;
    List<LandRelease> bookings = new ArrayList<>();
    for (ReleaseCategory c : ReleaseCategory.values()) {
      double m2 = report.releasedM2(c);
      if (m2 <= 0) {
        continue;
      }
      if (!allowed.contains(c)) {
        throw new DomainException(
            "CompletionReport",
            c.name().toLowerCase(java.util.Locale.ROOT) + "M2",
            "a " + task.method() + " task cannot book land as " + c + "; allowed: " + allowed);
      }
      int items = c == ReleaseCategory.of(task.method()) ? report.itemCount() : 0;
      LandRelease r =
          new LandRelease(
              bookingIds.getAsLong(), area.id(), task.id(), c, m2, report.completedOn(), items);
      booked = booked.book(r);
      bookings.add(r);
    }
    CompletionReport stored = report.withRemainingGeometry(split(remaining, report));
    HazardousArea settled =
        settle(area, booked, residualBeforeM2 + report.residualRiskM2(), "residualRiskM2");
    return new Step(settled, done, bookings, stored);
  }

  private static Geometry split(Geometry remaining, CompletionReport report) {
    if (report.releasedGeometry() == null) {
      return remaining;
    }
    if (remaining == null) {
      throw new DomainException(
          "CompletionReport",
          "releasedGeometry",
          "nothing of the area's polygon remains to release; earlier reports drew all of it");
    }
    PartialReleaseOp.Split s = PartialReleaseOp.split(remaining, report.releasedGeometry());
    double booked = report.releasedM2();
    if (Math.abs(s.releasedM2() - booked) > Math.max(1.0, 0.01 * booked)) {
      throw new DomainException(
          "CompletionReport",
          "releasedGeometry",
          String.format(
              "the drawn released part measures %.1f m² but the report books %.1f m²"
                  + " (cancelled + reduced + cleared); they must agree within 1 %%",
              s.releasedM2(), booked));
    }
    return s.remaining();
  }

  /**
   * The area's status once {@code account} and the residual risk are known: {@code RELEASED} when
   * every m² is booked, {@code RESIDUAL_RISK} when the rest is recorded as residual risk, else
   * unchanged (work goes on).
   */
  static HazardousArea settle(
      HazardousArea area, LandReleaseAccount account, double residualM2, String field) {
    if (residualM2 > account.remainingM2() + LandReleaseAccount.TOLERANCE_M2) {
      throw new DomainException(
          "CompletionReport",
          field,
          String.format(
              "%.2f m² of residual risk, but only %.2f m² of area %d is not released",
              residualM2, account.remainingM2(), area.id()));
    }
    if (account.isFullyReleased()) {
      return moveTo(area, HazardStatus.RELEASED);
    }
    if (residualM2 > 0 && account.remainingM2() - residualM2 <= LandReleaseAccount.TOLERANCE_M2) {
      return moveTo(area, HazardStatus.RESIDUAL_RISK);
    }
    return area;
  }

  private static HazardousArea moveTo(HazardousArea area, HazardStatus target) {
    return area.status() == target ? area : area.withStatus(target);
  }

  /**
   * Reopens a completed task after a failed QC inspection (IMAS 09.20): the task goes back to
   * {@code IN_PROGRESS} and so does its area, which can no longer be handed over.
   */
  public static Step reopenAfterFailedQc(HazardousArea area, Task task) {
    sameArea(area, task);
    Task reopened = task.withStatus(TaskStatus.IN_PROGRESS);
    HazardousArea a =
        switch (area.status()) {
          case RELEASED -> area.withStatus(HazardStatus.IN_PROGRESS);
          case RESIDUAL_RISK ->
              area.withStatus(HazardStatus.TASKED).withStatus(HazardStatus.IN_PROGRESS);
          case IN_PROGRESS -> area;
          default ->
              throw new DomainException(
                  "HazardousArea",
                  "status",
                  "area " + area.id() + " is " + area.status() + "; a QC failure cannot reopen it");
        };
    return new Step(a, reopened, List.of(), null);
  }

  /**
   * Completes a task reopened by QC once the rework is done. Nothing is booked again: the land was
   * booked by the original report. The area settles as after {@link #complete}.
   */
  public static Step finishRework(
      HazardousArea area, Task task, LandReleaseAccount account, double residualM2) {
    sameArea(area, task);
    Task done = task.withStatus(TaskStatus.COMPLETED);
    return new Step(settle(area, account, residualM2, "residualRiskM2"), done, List.of(), null);
  }

  private static void sameArea(HazardousArea area, Task task) {
    if (task.hazardousAreaId() != area.id()) {
      throw new DomainException(
          "Task",
          "hazardousAreaId",
          "task " + task.id() + " is on area " + task.hazardousAreaId() + ", not " + area.id());
    }
  }
}
