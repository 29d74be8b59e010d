package org.reclaim.planner.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The solver's working solution: team schedules (entities with the list variable, each with the
 * tasks it may take as its value range), the tasks that go into them and the earmarks (facts).
 *
 * <p>Score: {@link BendableLongScore} with one hard level and four soft levels, compared in order
 * (see {@link PlannerConstraintProvider}).
 */
@PlanningSolution(solutionCloner = TaskingSolutionCloner.class)
public class TaskingSolution {
  @ProblemFactCollectionProperty private List<EarmarkFact> earmarks;
  @PlanningEntityCollectionProperty private List<TeamSchedule> teams;

  @PlanningEntityCollectionProperty private List<PlannedTask> tasks;

  @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = 4)
  private @Nullable BendableLongScore score;

  /** For the solver's cloner. */
  TaskingSolution() {}

  /** A solution over the given teams, tasks and earmarks. */
  public TaskingSolution(
      List<TeamSchedule> teams, List<PlannedTask> tasks, List<EarmarkFact> earmarks) {
    this.teams = teams;
    this.tasks = tasks;
    this.earmarks = earmarks;
  }

  public List<TeamSchedule> getTeams() {
    return teams;
  }

  public List<PlannedTask> getTasks() {
    return tasks;
  }

  public List<EarmarkFact> getEarmarks() {
    return earmarks;
  }

  public @Nullable BendableLongScore getScore() {
    return score;
  }

  public void setScore(BendableLongScore score) {
    this.score = score;
  }
}
