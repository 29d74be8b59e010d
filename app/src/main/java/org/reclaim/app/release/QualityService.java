package org.reclaim.app.release;

import java.time.LocalDate;
import java.util.List;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.quality.InspectionLevel;
import org.reclaim.domain.quality.NonConformity;
import org.reclaim.domain.quality.QaVisit;
import org.reclaim.domain.quality.QcInspection;
import org.reclaim.domain.quality.QcResult;
import org.reclaim.domain.quality.SamplingPlan;
import org.reclaim.domain.quality.SamplingPlanOp;
import org.reclaim.domain.release.LandRelease;
import org.reclaim.domain.release.ReleaseWorkflow;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;
import org.springframework.stereotype.Service;

/**
 * Quality management over the register (IMAS 07.12, 09.20): QA visits and their non-conformities,
 * and QC post-clearance inspections whose sampling plan is drawn from the land the task released. A
 * failed inspection reopens the task and its area in the same transaction ({@link
 * ReleaseWorkflow#reopenAfterFailedQc}); handover stays blocked until a re-inspection passes.
 *
 * <p>Thread safe: state lives in the store.
 */
@Service
public final class QualityService {
  /** Default sampling unit: a 10 m × 10 m box. */
  public static final double DEFAULT_UNIT_M2 = 100;

  /** Default AQL, % non-conforming boxes. */
  public static final double DEFAULT_AQL = 0.65;

  private final ReclaimStore store;
  private final ReleaseService release;

  public QualityService(ReclaimStore store, ReleaseService release) {
    this.store = store;
    this.release = release;
  }

  /**
   * What an inspector reports.
   *
   * @param inspectedOn date of the inspection
   * @param inspector QC body
   * @param unitM2 sampling unit, m²; absent = {@link #DEFAULT_UNIT_M2}
   * @param level inspection level; absent = II
   * @param aqlPercent AQL; absent = {@link #DEFAULT_AQL}
   * @param nonConformingUnits units found not to meet the clearance requirement
   * @param itemsFound explosive items found in the sample
   */
  public record QcInput(
      LocalDate inspectedOn,
      String inspector,
      Double unitM2,
      InspectionLevel level,
      Double aqlPercent,
      int nonConformingUnits,
      int itemsFound) {}

  /** m² released by one task: the lot a QC inspection samples. */
  public double releasedByTaskM2(long taskId) {
    return store.landReleases().listByTask(taskId).stream().mapToDouble(LandRelease::areaM2).sum();
  }

  /** The sampling plan a QC inspection of {@code taskId} would use. */
  public SamplingPlan planFor(long taskId, Double unitM2, InspectionLevel level, Double aql) {
    double lot = releasedByTaskM2(taskId);
    if (lot <= 0) {
      throw new DomainException(
          "QcInspection", "taskId", "task " + taskId + " has released no land to inspect");
    }
    return SamplingPlanOp.plan(
        lot,
        unitM2 == null ? DEFAULT_UNIT_M2 : unitM2,
        level == null ? InspectionLevel.II : level,
        aql == null ? DEFAULT_AQL : aql);
  }

  /**
   * Records a QC inspection of a completed task; a failed one reopens the task and its area.
   *
   * @throws DomainException naming {@code status} when the task is not COMPLETED (a reopened task
   *     is re-inspected once its rework is finished)
   */
  public Versioned<QcInspection> inspect(long taskId, QcInput in, String actor) {
    return store.inTransaction(
        () -> {
          Versioned<Task> task = store.tasks().getById(taskId);
          if (task.value().status() != TaskStatus.COMPLETED) {
            throw new DomainException(
                "Task",
                "status",
                "task "
                    + taskId
                    + " is "
                    + task.value().status()
                    + "; QC inspects completed tasks (finish the rework first)");
          }
          SamplingPlan plan = planFor(taskId, in.unitM2(), in.level(), in.aqlPercent());
          QcInspection qc =
              new QcInspection(
                  store.ids().allocate("qc_inspection", 1),
                  taskId,
                  in.inspectedOn(),
                  in.inspector(),
                  plan,
                  in.nonConformingUnits(),
                  in.itemsFound());
          Versioned<QcInspection> stored = store.qcInspections().insert(qc, actor);
          if (qc.result() == QcResult.FAILED) {
            Versioned<HazardousArea> area =
                store.hazardousAreas().getById(task.value().hazardousAreaId());
            release.write(
                ReleaseWorkflow.reopenAfterFailedQc(area.value(), task.value()),
                area,
                task.version(),
                actor);
          }
          return stored;
        });
  }

  /** Records a QA visit to a task. */
  public Versioned<QaVisit> visit(
      long taskId, LocalDate visitedOn, String inspector, String notes, String actor) {
    store.tasks().getById(taskId);
    QaVisit v =
        new QaVisit(store.ids().allocate("qa_visit", 1), taskId, visitedOn, inspector, notes);
    return store.qaVisits().insert(v, actor);
  }

  /** Records a non-conformity found on a QA visit. */
  public Versioned<NonConformity> nonConformity(
      long visitId,
      String type,
      NonConformity.Severity severity,
      String correctiveAction,
      LocalDate closedOn,
      String actor) {
    store.qaVisits().getById(visitId);
    NonConformity n =
        new NonConformity(
            store.ids().allocate("non_conformity", 1),
            visitId,
            type,
            severity,
            correctiveAction,
            closedOn);
    return store.nonConformities().insert(n, actor);
  }

  /** QC inspections of a task, oldest first. */
  public List<QcInspection> inspections(long taskId) {
    return store.qcInspections().listByTask(taskId);
  }

  /** Critical non-conformities still open on the tasks of an area. */
  public List<NonConformity> openCritical(long areaId) {
    return store.nonConformities().listOpenCriticalInArea(areaId);
  }
}
