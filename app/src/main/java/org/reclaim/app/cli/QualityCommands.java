package org.reclaim.app.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.reclaim.app.release.QualityService;
import org.reclaim.app.wiring.Services;
import org.reclaim.domain.quality.InspectionLevel;
import org.reclaim.domain.quality.NonConformity;
import org.reclaim.domain.quality.QcInspection;
import org.reclaim.domain.quality.QcResult;
import org.reclaim.domain.quality.SamplingPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Quality management from the command line (IMAS 07.12 QA, IMAS 09.20 QC): {@code reclaim release
 * qa-visit}, {@code non-conformity}, {@code qc-plan} and {@code qc}, over {@link QualityService}.
 */
final class QualityCommands {
  private QualityCommands() {}

  /** {@code reclaim release qa-visit}. */
  @Command(name = "qa-visit", description = "Record a QA monitoring visit to a task (IMAS 07.12).")
  static final class QaVisit extends RecordingCommand {
    @Option(names = "--task", required = true, paramLabel = "ID", description = "The task's id.")
    long task;

    @Option(names = "--on", required = true, description = "Day of the visit, e.g. 2026-05-02.")
    LocalDate on;

    @Option(names = "--inspector", required = true, description = "Who visited (QA body).")
    String inspector;

    @Option(names = "--notes", description = "What was seen.")
    String notes;

    @Override
    String record(Services s) {
      org.reclaim.domain.quality.QaVisit v =
          s.quality().visit(task, on, inspector, notes, user).value();
      return String.format(
          Locale.ROOT,
          "QA visit %d to task %d on %s by %s",
          v.id(),
          v.taskId(),
          v.visitedOn(),
          inspector);
    }
  }

  /** {@code reclaim release non-conformity}. */
  @Command(
      name = "non-conformity",
      description =
          "Record a non-conformity found on a QA visit; an open CRITICAL one blocks handover.")
  static final class NonConformityCommand extends RecordingCommand {
    @Option(names = "--visit", required = true, paramLabel = "ID", description = "The QA visit.")
    long visit;

    @Option(names = "--type", required = true, description = "What did not conform.")
    String type;

    @Option(names = "--severity", required = true, description = "MINOR, MAJOR or CRITICAL.")
    NonConformity.Severity severity;

    @Option(
        names = "--corrective-action",
        required = true,
        description = "What is to be done about it.")
    String correctiveAction;

    @Option(names = "--closed-on", description = "Day it was closed, if it is.")
    LocalDate closedOn;

    @Override
    String record(Services s) {
      NonConformity nc =
          s.quality()
              .nonConformity(visit, type, severity, correctiveAction, closedOn, user)
              .value();
      return String.format(
          Locale.ROOT,
          "non-conformity %d on QA visit %d: %s %s, %s",
          nc.id(),
          visit,
          nc.severity(),
          nc.type(),
          nc.closedOn() == null ? "open" : "closed " + nc.closedOn());
    }
  }

  /** The sampling options of a QC inspection, defaults as the API's. */
  static final class Sampling {
    @Option(
        names = "--unit-m2",
        description = "Sampling unit, m² (default: 100, a 10 m × 10 m box).")
    Double unitM2;

    @Option(names = "--level", description = "Inspection level I, II or III (default: II).")
    InspectionLevel level;

    @Option(names = "--aql", description = "AQL, % non-conforming units (default: 0.65).")
    Double aqlPercent;
  }

  static String describe(SamplingPlan p) {
    return String.format(
        "lot %d units, level %s, AQL %s %%, code letter %s: inspect %d units, accept with %d"
            + " non-conforming, reject with %d",
        p.lotSize(),
        p.level(),
        p.aqlPercent(),
        p.codeLetter(),
        p.sampleSize(),
        p.acceptanceNumber(),
        p.rejectionNumber());
  }

  /** {@code reclaim release qc-plan}. */
  @Command(
      name = "qc-plan",
      description =
          "The ISO 2859-1 sample a QC inspection of a task would draw from the land it released.")
  static final class QcPlan extends RecordingCommand {
    @Option(names = "--task", required = true, paramLabel = "ID", description = "The task's id.")
    long task;

    @picocli.CommandLine.Mixin Sampling sampling = new Sampling();

    @Override
    String record(Services s) {
      s.release().getTask(task);
      QualityService q = s.quality();
      SamplingPlan p = q.planFor(task, sampling.unitM2, sampling.level, sampling.aqlPercent);
      return String.format(
          Locale.ROOT,
          "task %d released %s m2: %s",
          task,
          n(q.releasedByTaskM2(task)),
          describe(p));
    }
  }

  /** {@code reclaim release qc}. */
  @Command(
      name = "qc",
      description =
          "Record a QC inspection of a completed task (IMAS 09.20); a FAILED one reopens the task"
              + " and its area. Exit 0 passed, 1 failed.")
  static final class Qc extends RecordingCommand {
    @Option(names = "--task", required = true, paramLabel = "ID", description = "The task's id.")
    long task;

    @Option(names = "--on", required = true, description = "Day of the inspection.")
    LocalDate on;

    @Option(names = "--inspector", required = true, description = "The QC body.")
    String inspector;

    @Option(
        names = "--non-conforming",
        required = true,
        description = "Sample units found not to meet the clearance requirement.")
    int nonConforming;

    @Option(
        names = "--items",
        defaultValue = "0",
        description = "Explosive items found in the sample (default: 0).")
    int items;

    @picocli.CommandLine.Mixin Sampling sampling = new Sampling();

    private boolean passed;

    @Override
    String record(Services s) {
      QcInspection qc =
          s.quality()
              .inspect(
                  task,
                  new QualityService.QcInput(
                      on,
                      inspector,
                      sampling.unitM2,
                      sampling.level,
                      sampling.aqlPercent,
                      nonConforming,
                      items),
                  user)
              .value();
      passed = qc.result() == QcResult.PASSED;
      return String.format(
          Locale.ROOT,
          "QC inspection %d of task %d: %s%n%s: %s",
          qc.id(),
          task,
          describe(qc.plan()),
          qc.result(),
          qc.reason());
    }

    @Override
    int exitCode() {
      return passed ? 0 : 1;
    }
  }
}
