package org.reclaim.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.greedy.GreedyPlanner;
import org.reclaim.planner.greedy.InsertionPlanner;
import org.reclaim.planner.greedy.ScheduleImprover;
import org.reclaim.planner.greedy.SearchMonitor;
import org.reclaim.planner.greedy.WsptPlanner;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanAssembler;
import org.reclaim.planner.plan.PlanChanges;
import org.reclaim.planner.plan.SolveHandle;
import org.reclaim.planner.plan.SolveOptions;
import org.reclaim.planner.plan.SolveProgress;
import org.reclaim.planner.problem.PlanningProblem;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.solver.TimefoldPlanner;

/**
 * The planner's entry point: solve a {@link PlanningProblem} and report the solver's plan beside
 * the greedy baseline.
 *
 * <p>Blocks the calling thread for about {@link SolveOptions#timeLimit()}: the starts (greedy,
 * WSPT, insertion, then descent and ruin and recreate from the best of them) come out of it, the
 * search gets the rest, and assembling and analysing the plan follows (about a second for 5,000
 * tasks). Stateless; thread safe; each call uses one solver thread. Persisting and cancelling
 * solver jobs is the caller's business.
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
    return solve(problem, options, progress, null);
  }

  /**
   * Solves {@code problem}; {@code handle} lets another thread stop the search, and the plan is
   * then the best found so far.
   *
   * @param progress called on the solver thread with each new best plan, or {@code null}
   * @param handle cancels the solve, or {@code null}
   * @throws IllegalArgumentException if the problem is inconsistent
   */
  public PlanResult solve(
      PlanningProblem problem,
      SolveOptions options,
      @Nullable Consumer<SolveProgress> progress,
      @Nullable SolveHandle handle) {
    long started = System.nanoTime();
    ProblemIndex index = ProblemIndex.of(problem);
    List<int[]> greedySchedule = GreedyPlanner.schedule(index);
    Plan greedy = PlanAssembler.assemble(index, GreedyPlanner.NAME, null, greedySchedule);
    List<int[]> start = null;
    if (options.warmStart()) {
      start = greedySchedule;
      double best = greedy.kpis().objective();
      for (List<int[]> candidate :
          List.of(WsptPlanner.schedule(index), InsertionPlanner.schedule(index))) {
        Plan plan = PlanAssembler.assemble(index, WsptPlanner.NAME, null, candidate);
        if (plan.feasible() && plan.kpis().objective() < best) {
          start = candidate;
          best = plan.kpis().objective();
        }
      }
      if (index.taskCount() >= IMPROVER_FROM_TASKS) {
        start =
            ScheduleImprover.improve(
                index,
                start,
                started + improverNanos(options),
                options.moveLimit() == null ? Long.MAX_VALUE : options.moveLimit(),
                options.randomSeed(),
                monitor(started, progress, handle));
      }
    }
    TimefoldPlanner.Outcome solved =
        TimefoldPlanner.solve(index, remaining(options, started), start, progress, handle);
    return new PlanResult(solved.plan(), greedy, solved.analysis(), null);
  }

  /**
   * Re-plans from the current state: tasks in progress are pinned (as in any solve), and the search
   * starts from {@code previous} (each team's tasks in their old order, where the task still
   * exists, is not in progress and the team may still do it), so that it changes the old plan only
   * where that improves the score. New tasks are inserted by the search. The result's {@code
   * changes} say how many assignments moved.
   *
   * @param previous the plan being replaced, e.g. from {@link PlanChanges#of} or a plan.json
   */
  public PlanResult replan(
      PlanningProblem problem,
      List<PlanChanges.Previous> previous,
      SolveOptions options,
      @Nullable Consumer<SolveProgress> progress,
      @Nullable SolveHandle handle) {
    ProblemIndex index = ProblemIndex.of(problem);
    Plan greedy =
        PlanAssembler.assemble(index, GreedyPlanner.NAME, null, GreedyPlanner.schedule(index));
    List<List<Integer>> lists = new ArrayList<>();
    for (int t = 0; t < index.teamCount(); t++) {
      lists.add(new ArrayList<>());
    }
    List<PlanChanges.Previous> ordered = new ArrayList<>(previous);
    ordered.sort(Comparator.comparingInt(PlanChanges.Previous::startDay));
    Set<Integer> placed = new HashSet<>();
    for (PlanChanges.Previous p : ordered) {
      Optional<Integer> j = index.findTaskIndex(p.taskId());
      Optional<Integer> t = index.findTeamIndex(p.teamId());
      if (j.isEmpty() || t.isEmpty() || !placed.add(j.get())) {
        continue;
      }
      if (index.inProgressTeam(j.get()) < 0 && index.eligible(j.get(), t.get())) {
        lists.get(t.get()).add(j.get());
      }
    }
    List<int[]> start =
        lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    TimefoldPlanner.Outcome solved =
        TimefoldPlanner.solve(index, options, start, true, progress, handle);
    return new PlanResult(
        solved.plan(), greedy, solved.analysis(), PlanChanges.between(previous, solved.plan()));
  }

  /** Progress reports from the improver at most this often, ms. */
  static final long IMPROVER_REPORT_EVERY_MS = 1_000;

  /**
   * Reports the improver's better plans to {@code progress} (the first, then at most once a second;
   * the score text says that only the objective is known before the Timefold search scores the
   * plan), and stops it when {@code handle} is cancelled — a cancel during the improver takes
   * effect at once instead of when the Timefold search starts.
   */
  private static SearchMonitor monitor(
      long started, @Nullable Consumer<SolveProgress> progress, @Nullable SolveHandle handle) {
    long[] lastReport = {-IMPROVER_REPORT_EVERY_MS};
    return new SearchMonitor() {
      @Override
      public void improved(double objective) {
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        if (progress != null && elapsedMs - lastReport[0] >= IMPROVER_REPORT_EVERY_MS) {
          lastReport[0] = elapsedMs;
          progress.accept(
              new SolveProgress(
                  elapsedMs,
                  0,
                  objective,
                  String.format(
                      Locale.ROOT,
                      "%s: feasible, objective %.6e (full score after the search)",
                      ScheduleImprover.NAME,
                      objective)));
        }
      }

      @Override
      public boolean stopped() {
        return handle != null && handle.isCancelled();
      }
    };
  }

  /**
   * The share of the time limit the starts may use, the descent and ruin-and-recreate of {@link
   * ScheduleImprover} included; the Timefold search has the rest. Measured on the 5,000-task
   * benchmark: ruin and recreate gains several times more per second than the Timefold search from
   * the same plan (docs/benchmarks.md), so it gets most of the time.
   */
  static final double STARTS_SHARE = 0.8;

  /**
   * From this many tasks on, {@link ScheduleImprover} runs before the Timefold search. Below it the
   * Timefold search (late acceptance) covers the neighbourhood in the time and ends closer to the
   * optimum from the constructions than from the improver's local optimum (on the small benchmark
   * instances: gap to CP-SAT ≤ 0.43 % without, up to 2.28 % with).
   */
  static final int IMPROVER_FROM_TASKS = 1_000;

  private static long improverNanos(SolveOptions options) {
    return (long) (options.timeLimit().toNanos() * STARTS_SHARE);
  }

  /**
   * The options with the time already spent since {@code started} taken off: at least 1 s left for
   * the search, or the whole limit when that is shorter (a simulation plans in fractions of a
   * second, many times over).
   */
  private static SolveOptions remaining(SolveOptions options, long started) {
    // whole milliseconds: Timefold refuses a limit in nanoseconds
    Duration spent = Duration.ofMillis((System.nanoTime() - started) / 1_000_000);
    Duration left = options.timeLimit().minus(spent);
    Duration floor =
        options.timeLimit().compareTo(Duration.ofSeconds(1)) < 0
            ? options.timeLimit()
            : Duration.ofSeconds(1);
    return options.withTimeLimit(left.compareTo(floor) < 0 ? floor : left);
  }

  /** The greedy baseline alone, in O(tasks × teams), for a quick first look. */
  public Plan greedy(PlanningProblem problem) {
    return GreedyPlanner.plan(problem);
  }
}
