package org.reclaim.planner.solver;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanAssembler;
import org.reclaim.planner.plan.SolveOptions;
import org.reclaim.planner.plan.SolveProgress;
import org.reclaim.planner.problem.ProblemIndex;

/**
 * Solves a tasking problem with Timefold Solver: a construction heuristic, then local search until
 * the time or move limit, single-threaded, seeded ({@link EnvironmentMode#NO_ASSERT} is
 * reproducible), so the same problem, options and seed give the same plan when a move limit
 * decides. The solver is configured in code; nothing is read from the classpath.
 *
 * <p>The only door into this package; no Timefold type crosses it. Stateless; thread safe (each
 * call builds its own solver).
 */
public final class TimefoldPlanner {
  /** The {@link Plan#planner()} name of solver plans. */
  public static final String NAME = "solver";

  private TimefoldPlanner() {}

  /**
   * The solver's plan.
   *
   * @param warmStart task positions per team to start from (the greedy schedule), or {@code null}
   *     to start empty
   * @param progress called on the solver thread with each new best plan, or {@code null}
   */
  public static Plan solve(
      ProblemIndex index,
      SolveOptions options,
      @Nullable List<int[]> warmStart,
      @Nullable Consumer<SolveProgress> progress) {
    TaskingSolution problem = SolutionMapper.toSolution(index, warmStart);
    double scale = SolutionMapper.valueScale(index);
    double leftOut = SolutionMapper.penaltyOfTasksLeftOut(index, problem);
    Solver<TaskingSolution> solver =
        SolverFactory.<TaskingSolution>create(config(options)).buildSolver();
    if (progress != null) {
      solver.addEventListener(
          event -> {
            BendableLongScore score = (BendableLongScore) event.getNewBestScore();
            progress.accept(
                new SolveProgress(
                    event.getTimeMillisSpent(),
                    score.hardScore(0),
                    leftOut - score.softScore(0) / scale,
                    score.toString()));
          });
    }
    TaskingSolution best = solver.solve(problem);
    return PlanAssembler.assemble(
        index, NAME, String.valueOf(best.getScore()), SolutionMapper.teamLists(best));
  }

  static SolverConfig config(SolveOptions options) {
    LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
    if (options.moveLimit() != null) {
      localSearch.setTerminationConfig(
          new TerminationConfig().withMoveCountLimit(options.moveLimit()));
    }
    return new SolverConfig()
        .withSolutionClass(TaskingSolution.class)
        .withEntityClasses(TeamSchedule.class, PlannedTask.class)
        .withConstraintProviderClass(PlannerConstraintProvider.class)
        .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
        .withRandomSeed(options.randomSeed())
        .withTerminationSpentLimit(options.timeLimit())
        .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch);
  }
}
