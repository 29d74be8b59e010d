package org.reclaim.planner.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.plan.ConstraintScore;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanAssembler;
import org.reclaim.planner.plan.SolveHandle;
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
   * The solver's plan and its score analysis.
   *
   * @param plan the best plan found
   * @param analysis penalty by constraint, levels in order, heaviest first within a level
   */
  public record Outcome(Plan plan, List<ConstraintScore> analysis) {}

  /**
   * The solver's plan.
   *
   * @param warmStart task positions per team to start from, or {@code null} to start empty
   * @param progress called on the solver thread with each new best plan, or {@code null}
   * @param handle lets another thread stop the search early, or {@code null}
   */
  public static Outcome solve(
      ProblemIndex index,
      SolveOptions options,
      @Nullable List<int[]> warmStart,
      @Nullable Consumer<SolveProgress> progress,
      @Nullable SolveHandle handle) {
    return solve(index, options, warmStart, false, progress, handle);
  }

  /**
   * The solver's plan; with {@code replan}, the warm start is the plan being replaced, and moving a
   * task off its team there is penalised on the stability level (below the objective).
   */
  public static Outcome solve(
      ProblemIndex index,
      SolveOptions options,
      @Nullable List<int[]> warmStart,
      boolean replan,
      @Nullable Consumer<SolveProgress> progress,
      @Nullable SolveHandle handle) {
    TaskingSolution problem = SolutionMapper.toSolution(index, warmStart);
    if (replan && warmStart != null) {
      SolutionMapper.markPreviousTeams(problem, options.replanPriceDays());
    }
    double scale = SolutionMapper.valueScale(index);
    double leftOut = SolutionMapper.penaltyOfTasksLeftOut(index, problem);
    SolverFactory<TaskingSolution> factory =
        SolverFactory.create(config(options, index.taskCount()));
    Solver<TaskingSolution> solver = factory.buildSolver();
    solver.addEventListener(
        event -> {
          if (handle != null && handle.isCancelled()) {
            solver.terminateEarly();
          }
          if (progress != null) {
            BendableLongScore score = (BendableLongScore) event.getNewBestScore();
            progress.accept(
                new SolveProgress(
                    event.getTimeMillisSpent(),
                    score.hardScore(0),
                    leftOut - score.softScore(0) / scale,
                    score.toString()));
          }
        });
    if (handle != null) {
      handle.onCancel(solver::terminateEarly);
    }
    TaskingSolution best = solver.solve(problem);
    Plan plan =
        PlanAssembler.assemble(
            index, NAME, String.valueOf(best.getScore()), SolutionMapper.teamLists(best));
    return new Outcome(plan, analyse(factory, best, scale, leftOut));
  }

  private static List<ConstraintScore> analyse(
      SolverFactory<TaskingSolution> factory, TaskingSolution best, double scale, double leftOut) {
    ScoreAnalysis<BendableLongScore> analysis =
        SolutionManager.<TaskingSolution, BendableLongScore>create(factory)
            .analyze(best, ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT);
    List<ConstraintScore> out = new ArrayList<>();
    for (ConstraintAnalysis<BendableLongScore> c : analysis.constraintMap().values()) {
      BendableLongScore s = c.score();
      String name = c.constraintRef().constraintName();
      int level = PlannerConstraintProvider.levelOf(name);
      double penalty = level < 0 ? -s.hardScore(0) : -s.softScore(level);
      if (level == 0) {
        penalty /= scale;
      }
      int matches = c.matchCount();
      if (name.equals(PlannerConstraintProvider.UNASSIGNED_TASK)) {
        penalty += leftOut;
      }
      out.add(new ConstraintScore(name, LEVELS[level + 1], penalty, matches));
    }
    out.sort(
        Comparator.comparingInt((ConstraintScore c) -> List.of(LEVELS).indexOf(c.level()))
            .thenComparing(Comparator.comparingDouble(ConstraintScore::penalty).reversed()));
    return out;
  }

  private static final String[] LEVELS = {"hard", "objective", "stability", "travel", "cost"};

  /**
   * From this many tasks on, local search is plain hill climbing rather than late acceptance. On
   * 5,000 tasks a minute is too short for late acceptance to repay its detours (measured: 8.2 %
   * better than greedy after 30 s against 9.8 % for hill climbing after 20 s), and a search that
   * size is nowhere near a local optimum when it stops; on small problems late acceptance escapes
   * the local optima hill climbing would stop in.
   */
  static final int HILL_CLIMBING_FROM_TASKS = 1_000;

  static SolverConfig config(SolveOptions options, int taskCount) {
    LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
    if (taskCount >= HILL_CLIMBING_FROM_TASKS) {
      localSearch.setLocalSearchType(LocalSearchType.HILL_CLIMBING);
    }
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
