package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The shapes of a solve job's documents, declared for the OpenAPI document: the documents are
 * written by the planner ({@link org.reclaim.planner.json.PlanJson}, {@link
 * org.reclaim.planner.json.ProblemJson}) and stored as written, and these records describe them
 * field for field (docs/planner.md).
 */
final class PlanDocs {
  private PlanDocs() {}

  /** One planned task. */
  record Line(
      String task,
      String team,
      int startDay,
      int endDay,
      String startDate,
      String endDate,
      double costUsd,
      @Schema(description = "present and true for a task under way, pinned to its team")
          Boolean pinned) {}

  /** A task left out, and why. */
  record Left(
      String task, @Schema(example = "DOES_NOT_FIT_HORIZON") String reason, String detail) {}

  /** A plan's key figures ({@code PlanKpis}). */
  record Kpis(
      double objective,
      double weightedCompletion,
      double unassignedValue,
      double releasedKm2By30,
      double releasedKm2By60,
      double releasedKm2By90,
      double costUsd,
      double travelKm,
      double teamUtilisation,
      int assigned,
      int unassigned) {}

  /** One plan: the solver's, or the greedy baseline. */
  record Plan(
      String planner,
      String score,
      double objective,
      boolean feasible,
      List<Line> schedule,
      List<Left> unassigned,
      List<String> violations,
      Kpis kpis) {}

  /** One constraint's part of the solver's score. */
  record ConstraintScore(
      String constraint,
      @Schema(example = "objective") String level,
      double penalty,
      int matches) {}

  /** For a re-plan: how the plan changed from the one it replaces. */
  record Changes(int kept, int moved, int reassigned, int added, int dropped) {}

  /**
   * {@code GET /api/v1/plans/{id}/result}: the solver's plan with the greedy baseline beside it.
   */
  @Schema(name = "PlanResult")
  record Result(
      String planner,
      String score,
      double objective,
      boolean feasible,
      List<Line> schedule,
      List<Left> unassigned,
      List<String> violations,
      Kpis kpis,
      @Schema(description = "1 - objective ÷ the greedy baseline's") double improvementOverGreedy,
      Plan greedy,
      List<ConstraintScore> analysis,
      Changes changes) {}

  /** {@code GET /api/v1/plans/{id}/problem}: the problem as submitted (docs/planner.md). */
  @Schema(name = "PlanningProblem")
  record Problem(
      String horizonStart,
      int horizonDays,
      List<Map<String, Object>> teams,
      List<Map<String, Object>> tasks,
      List<Map<String, Object>> earmarks,
      @Schema(description = "for a problem built from the register: where it came from")
          Map<String, Object> source) {}
}
