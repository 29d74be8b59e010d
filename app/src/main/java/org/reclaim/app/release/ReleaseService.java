package org.reclaim.app.release;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.geometry.Wgs84;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.release.CompletionReport;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.LandReleaseAccount;
import org.reclaim.domain.release.ReleaseWorkflow;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;
import org.reclaim.store.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * The land release workflow over the register: task status changes with their effect on the area,
 * and completion reports booked into the area's account ({@link ReleaseWorkflow}). Each call is one
 * transaction: the task (at the version the caller read, {@code If-Match}), its area, the bookings
 * and the report are written together and audited, or nothing is.
 *
 * <p>Thread safe: state lives in the store.
 */
@Service
public final class ReleaseService {
  private final ReclaimStore store;

  public ReleaseService(ReclaimStore store) {
    this.store = store;
  }

  /**
   * Moves a task to {@code target}. Moving a task reopened by QC back to {@code COMPLETED} finishes
   * its rework without booking anything again; any other completion needs a report.
   *
   * @param expectedVersion the task's version the caller read
   * @throws DomainException naming {@code status} for a transition the life cycles do not allow
   */
  public Versioned<Task> transition(
      long taskId, long expectedVersion, TaskStatus target, String actor) {
    return transition(taskId, expectedVersion, target, null, actor);
  }

  /**
   * Moves a task to {@code target}, as {@link #transition(long, long, TaskStatus, String)}, and
   * keeps the reason given for it (e.g. "suspended: access road flooded") in the audit log beside
   * the change.
   *
   * @param reason why, in the words of whoever moved it; {@code null} or blank = none given
   */
  public Versioned<Task> transition(
      long taskId, long expectedVersion, TaskStatus target, String reason, String actor) {
    return store.inTransaction(
        () -> {
          Task task = store.tasks().getById(taskId).value();
          noteReason("Task", taskId, task.status(), target, reason, actor);
          Versioned<HazardousArea> area = store.hazardousAreas().getById(task.hazardousAreaId());
          ReleaseWorkflow.Step step;
          Optional<CompletionReport> report = reportOf(taskId);
          if (target == TaskStatus.COMPLETED && report.isPresent()) {
            step =
                ReleaseWorkflow.finishRework(
                    area.value(), task, account(area.value()), residualM2(area.value().id()));
          } else {
            step = ReleaseWorkflow.transition(area.value(), task, target);
          }
          return write(step, area, expectedVersion, actor);
        });
  }

  /**
   * Moves a hazardous area along its life cycle by itself, as a {@code PUT} of the area does (e.g.
   * {@code SUSPECTED → CONFIRMED} after direct evidence, {@code TASKED → SUSPECTED} when a task is
   * withdrawn), keeping the reason in the audit log. Changes that follow from a task's work are
   * made by {@link #transition} and {@link #complete}.
   *
   * @param expectedVersion the area's version the caller read
   * @param reason why; {@code null} or blank = none given
   * @throws DomainException naming {@code status} for a transition IMAS 07.11's life cycle does not
   *     allow, with the statuses that are
   */
  public Versioned<HazardousArea> transitionArea(
      long areaId, long expectedVersion, HazardStatus target, String reason, String actor) {
    return store.inTransaction(
        () -> {
          HazardousArea area = store.hazardousAreas().getById(areaId).value();
          HazardousArea moved = area.withStatus(target);
          noteReason("HazardousArea", areaId, area.status(), target, reason, actor);
          return store.hazardousAreas().update(moved, expectedVersion, actor);
        });
  }

  private void noteReason(
      String entity, long id, Enum<?> from, Enum<?> to, String reason, String actor) {
    if (reason != null && !reason.isBlank()) {
      store
          .audit()
          .record(
              actor,
              entity,
              id,
              AuditLog.Action.TRANSITION,
              Map.of("status", from.name()),
              Map.of("status", to.name(), "reason", reason.strip()));
    }
  }

  /**
   * Completes a task with its report: books the released m², splits the remaining polygon, settles
   * the area's status.
   */
  public Versioned<CompletionReport> complete(
      long taskId, long expectedVersion, CompletionInput in, String actor) {
    return store.inTransaction(
        () -> {
          Task task = store.tasks().getById(taskId).value();
          if (reportOf(taskId).isPresent()) {
            throw new DomainException(
                "CompletionReport",
                "taskId",
                "task " + taskId + " has a completion report already");
          }
          if (task.teamId() == null) {
            throw new DomainException("Task", "teamId", "task " + taskId + " has no team");
          }
          Versioned<HazardousArea> area = store.hazardousAreas().getById(task.hazardousAreaId());
          CompletionReport report =
              new CompletionReport(
                  store.ids().allocate("completion_report", 1),
                  taskId,
                  area.value().id(),
                  task.teamId(),
                  in.startedOn(),
                  in.completedOn(),
                  in.cancelledM2(),
                  in.reducedM2(),
                  in.clearedM2(),
                  in.residualRiskM2() == null ? 0 : in.residualRiskM2(),
                  in.clearanceDepthCm(),
                  in.items() == null ? List.of() : in.items(),
                  geometry(in.releasedGeometry() == null ? null : in.releasedGeometry().toString()),
                  null);
          ReleaseWorkflow.Step step =
              ReleaseWorkflow.complete(
                  area.value(),
                  task,
                  account(area.value()),
                  remaining(area.value()),
                  residualM2(area.value().id()),
                  report,
                  () -> store.ids().allocate("land_release", 1));
          write(step, area, expectedVersion, actor);
          for (LandRelease r : step.bookings()) {
            store.landReleases().insert(r, actor);
          }
          return store.completionReports().insert(step.report(), actor);
        });
  }

  /** Writes the task and, if its status changed, the area. */
  Versioned<Task> write(
      ReleaseWorkflow.Step step,
      Versioned<HazardousArea> area,
      long expectedTaskVersion,
      String actor) {
    if (step.area().status() != area.value().status()) {
      store.hazardousAreas().update(step.area(), area.version(), actor);
    }
    return store.tasks().update(step.task(), expectedTaskVersion, actor);
  }

  /** The task with {@code id}; throws {@link org.reclaim.store.NotFoundException} if absent. */
  public Versioned<Task> getTask(long id) {
    return store.tasks().getById(id);
  }

  /** The hazardous area with {@code id}; throws {@link org.reclaim.store.NotFoundException}. */
  public Versioned<HazardousArea> getArea(long id) {
    return store.hazardousAreas().getById(id);
  }

  /** Whether the register holds task {@code id}. */
  public boolean hasTask(long id) {
    return store.tasks().findById(id).isPresent();
  }

  /**
   * The operator whose team works task {@code taskId}; empty when the task has no team yet (or
   * there is no such task).
   */
  public Optional<Long> operatorOfTask(long taskId) {
    return store
        .tasks()
        .findById(taskId)
        .map(t -> t.value().teamId())
        .flatMap(store.teams()::findById)
        .map(t -> t.value().operatorId());
  }

  /**
   * The completion report of task {@code taskId} at its stored version.
   *
   * @throws org.reclaim.store.NotFoundException when the task has none
   */
  public Versioned<CompletionReport> getCompletionReport(long taskId) {
    CompletionReport r =
        reportOf(taskId)
            .orElseThrow(
                () -> new org.reclaim.store.NotFoundException("CompletionReport of task", taskId));
    return store.completionReports().getById(r.id());
  }

  /** The completion report of a task, if any. */
  public Optional<CompletionReport> reportOf(long taskId) {
    return store.completionReports().findByTask(taskId);
  }

  /** The area's account, with every booking the register holds. */
  LandReleaseAccount account(HazardousArea area) {
    return LandReleaseAccount.of(area, store.landReleases().listByArea(area.id()));
  }

  /** Residual risk m² recorded by the area's reports. */
  double residualM2(long areaId) {
    return store.completionReports().listByArea(areaId).stream()
        .mapToDouble(CompletionReport::residualRiskM2)
        .sum();
  }

  /**
   * The polygon still hazardous: the remainder of the latest report that drew one, else the area.
   */
  public Geometry remaining(HazardousArea area) {
    List<CompletionReport> reports = store.completionReports().listByArea(area.id());
    for (int i = reports.size() - 1; i >= 0; i--) {
      CompletionReport r = reports.get(i);
      if (r.releasedGeometry() != null) {
        return r.remainingGeometry();
      }
    }
    return area.geometry();
  }

  private static Geometry geometry(String geoJson) {
    if (geoJson == null || geoJson.isBlank()) {
      return null;
    }
    try {
      Geometry g = new GeoJsonReader(Wgs84.FACTORY).read(geoJson);
      g.setSRID(Wgs84.SRID);
      return g;
    } catch (ParseException | RuntimeException e) {
      throw new DomainException(
          "CompletionReport", "releasedGeometry", "is not a GeoJSON geometry: " + e.getMessage());
    }
  }

  /** Today, for records dated by the server. */
  static LocalDate today() {
    return LocalDate.now(java.time.ZoneOffset.UTC);
  }
}
