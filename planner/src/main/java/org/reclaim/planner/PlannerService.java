package org.reclaim.planner;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.greedy.GreedyPlanner;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanAssembler;
import org.reclaim.planner.plan.SolveOptions;
import org.reclaim.planner.plan.SolveProgress;
import org.reclaim.planner.problem.PlanningProblem;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.solver.TimefoldPlanner;

/**
 * The planner's entry point: solve a {@link PlanningProblem} and report the solver's plan beside
 * the greedy baseline.
 *
 * <p>Blocks the calling thread for up to {@link SolveOptions#timeLimit()} (plus the time to index
 * the problem and build the solver, typically well under a second). Stateless; thread safe; each
 * call uses one solver thread. Persisting and cancelling solver jobs is the caller's business.
 */
public final class PlannerService {
  /** A service with the default configuration. */
  public PlannerService() {}

  /**
   * Solves {@code problem}.
   *
   * @param progress called on the solver thread with each new best plan, or {@code null}
   * @throws IllegalArgumentException if the problem is inconsistent
   */
  public PlanResult solve(
      PlanningProblem problem, SolveOptions options, @Nullable Consumer<SolveProgress> progress) {
    ProblemIndex index = ProblemIndex.of(problem);
    List<int[]> greedySchedule = GreedyPlanner.schedule(index);
    Plan greedy = PlanAssembler.assemble(index, GreedyPlanner.NAME, null, greedySchedule);
    Plan plan =
        TimefoldPlanner.solve(
            index, options, options.warmStart() ? greedySchedule : null, progress);
    return new PlanResult(plan, greedy);
  }

  /** The greedy baseline alone, in O(tasks × teams), for a quick first look. */
  public Plan greedy(PlanningProblem problem) {
    return GreedyPlanner.plan(problem);
  }
}
