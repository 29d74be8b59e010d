package org.reclaim.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.reclaim.app.release.CompletionInput;
import org.reclaim.app.release.ReleaseService;
import org.reclaim.app.wiring.Services;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.release.CompletionReport;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.store.Versioned;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code reclaim release …}: what an operator's field manager or the NMAA records as land is
 * released (IMAS 07.11, 07.12, 09.20) — status changes, completion reports, QA visits and
 * non-conformities, QC inspections with their ISO 2859-1 sample, handover with its certificate and
 * land use after release. Each subcommand calls the service {@code /api/v1} calls, on the record's
 * current version; a refusal prints the record, entity, field and reason and exits 2.
 */
@Command(
    name = "release",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    description =
        "Record land release: transition, complete, qa-visit, non-conformity, qc-plan, qc,"
            + " handover, certificate, land-use.",
    subcommands = {
      ReleaseCommand.Transition.class,
      ReleaseCommand.Complete.class,
      QualityCommands.QaVisit.class,
      QualityCommands.NonConformityCommand.class,
      QualityCommands.QcPlan.class,
      QualityCommands.Qc.class,
      HandoverCommands.HandOver.class,
      HandoverCommands.Certificate.class,
      HandoverCommands.LandUseCommand.class
    })
final class ReleaseCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** Either a task or an area. */
  static final class Target {
    @Option(names = "--task", paramLabel = "ID", description = "The task's id.")
    Long task;

    @Option(names = "--area", paramLabel = "ID", description = "The hazardous area's id.")
    Long area;
  }

  /** {@code reclaim release transition}. */
  @Command(
      name = "transition",
      description =
          "Move a task (its area follows) or an area along its life cycle; an illegal move is"
              + " refused with the moves allowed.")
  static final class Transition extends RecordingCommand {
    @ArgGroup(multiplicity = "1")
    Target target;

    @Option(
        names = "--to",
        required = true,
        paramLabel = "STATUS",
        description =
            "Task: PLANNED, ASSIGNED, IN_PROGRESS, COMPLETED, SUSPENDED. Area: SUSPECTED,"
                + " CONFIRMED, TASKED, IN_PROGRESS, RELEASED, RESIDUAL_RISK.")
    String to;

    @Option(names = "--reason", description = "Why; kept in the audit log beside the change.")
    String reason;

    @Override
    String record(Services s) {
      ReleaseService release = s.release();
      if (target.task != null) {
        Versioned<Task> before = s.release().getTask(target.task);
        TaskStatus status = parse(TaskStatus.class, "Task", to);
        Versioned<Task> after =
            release.transition(target.task, before.version(), status, reason, user);
        HazardousArea area = s.release().getArea(after.value().hazardousAreaId()).value();
        return String.format(
            Locale.ROOT,
            "task %d: %s -> %s (version %d); area %d is %s",
            target.task,
            before.value().status(),
            after.value().status(),
            after.version(),
            area.id(),
            area.status());
      }
      Versioned<HazardousArea> before = s.release().getArea(target.area);
      HazardStatus status = parse(HazardStatus.class, "HazardousArea", to);
      Versioned<HazardousArea> after =
          release.transitionArea(target.area, before.version(), status, reason, user);
      return String.format(
          Locale.ROOT,
          "area %d: %s -> %s (version %d)",
          target.area,
          before.value().status(),
          after.value().status(),
          after.version());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String entity, String value) {
      try {
        return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new DomainException(
            entity,
            "status",
            "--to "
                + value
                + " is not a status; one of "
                + Arrays.toString(type.getEnumConstants()));
      }
    }
  }

  /** {@code reclaim release complete}. */
  @Command(
      name = "complete",
      description =
          "Complete a task with its completion report (JSON as POST"
              + " /api/v1/tasks/{id}/completion-report takes): books the m², settles the area.")
  static final class Complete extends RecordingCommand {
    /** Absent m² are 0; a field the report does not have (a misspelt one) is refused. */
    private static final JsonMapper JSON =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Option(names = "--task", required = true, paramLabel = "ID", description = "The task's id.")
    long task;

    @Option(
        names = "--file",
        required = true,
        description =
            "The report: {startedOn, completedOn, cancelledM2, reducedM2, clearedM2,"
                + " residualRiskM2, clearanceDepthCm, items:[{type, depthCm, count}],"
                + " releasedGeometry}.")
    Path file;

    @Override
    String record(Services s) {
      CompletionInput in = read(file);
      Versioned<Task> before = s.release().getTask(task);
      CompletionReport r = s.release().complete(task, before.version(), in, user).value();
      HazardousArea area = s.release().getArea(r.hazardousAreaId()).value();
      return String.format(
          Locale.ROOT,
          "completion report %d of task %d: cancelled %s m2, reduced %s m2, cleared %s m2,"
              + " residual risk %s m2, %d items; task COMPLETED; area %d is %s",
          r.id(),
          task,
          n(r.cancelledM2()),
          n(r.reducedM2()),
          n(r.clearedM2()),
          n(r.residualRiskM2()),
          r.items().stream().mapToInt(i -> i.count()).sum(),
          area.id(),
          area.status());
    }

    /**
     * Reads the report file.
     *
     * @throws DomainException naming the field at fault as the file spells it ({@code
     *     items[1].type}), with the file's name and what is wrong
     */
    static CompletionInput read(Path file) {
      try {
        return JSON.readValue(Files.readString(file), CompletionInput.class);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      } catch (JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
          if (r.getPropertyName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
          } else if (r.getIndex() >= 0) {
            path.append('[').append(r.getIndex()).append(']');
          }
        }
        String why = e.getOriginalMessage().lines().findFirst().orElse("");
        int hint = why.indexOf(" (");
        why = hint > 0 ? why.substring(0, hint) : why;
        throw new DomainException(
            "CompletionReport",
            path.isEmpty() ? "*" : path.toString(),
            "in " + file.getFileName() + ": " + why);
      }
    }
  }
}
