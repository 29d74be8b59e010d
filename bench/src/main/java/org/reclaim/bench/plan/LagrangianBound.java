package org.reclaim.bench.plan;

import java.util.Arrays;
import java.util.List;
import org.reclaim.planner.plan.PlanObjective;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * The Lagrangian bound of {@link LowerBound}'s time-indexed model, for parts whose LP is too large
 * to solve. Each task's "done once or left out" row is moved into the objective with a multiplier
 * λ_j; what is left falls apart into one problem per team — the cheapest sequence of (task, start
 * day) columns that do not overlap, each at value × completion day − λ_j, a task allowed more than
 * once — solved exactly by dynamic programming over the days. For every λ,
 *
 * <pre>L(λ) = Σ_j λ_j + Σ_j min(0, value_j × penalty day − λ_j) + Σ_t min over team t's sequences
 * </pre>
 *
 * is a lower bound on every plan's objective. A team's problem has an interval constraint matrix,
 * so the best L(λ) equals the LP bound. λ is improved by subgradient steps towards the plan's
 * objective (Polyak's rule), each task's step scaled by its value so that λ_j ÷ value_j moves in
 * days, and kept at or above 0 (any λ gives a valid bound; a task's λ below 0 is never better).
 *
 * <p>Starts from λ_j = the task's share of the plan's objective, and stops when the step size has
 * become too small or at the deadline. The iterations are deterministic; only how many of them fit
 * before the deadline depends on the machine.
 */
final class LagrangianBound {
  /** First step size, as a share of the distance to the plan's objective. */
  private static final double FIRST_STEP = 2;

  /** Iterations without a better bound before the step size is halved. */
  private static final int PATIENCE = 30;

  /** The search stops when the step size falls below this. */
  private static final double LAST_STEP = 1.0 / 1024;

  /** Team t's columns by start day: task, completion day and cost, starts at {@code byDay}. */
  private record Columns(int[] task, int[] end, double[] cost, int[] byDay) {}

  private final int horizon;
  private final double[] value;
  private final double[] leftOut;
  private final Columns[] columns;
  private final double[] best;
  private final int[] arg;

  private LagrangianBound(ProblemIndex index, List<Integer> tasks, List<Integer> teams) {
    horizon = index.problem().horizonDays();
    int penaltyDay = PlanObjective.leftOutDay(horizon);
    value = new double[tasks.size()];
    leftOut = new double[tasks.size()];
    for (int k = 0; k < tasks.size(); k++) {
      value[k] = index.task(tasks.get(k)).value();
      leftOut[k] = PlanObjective.term(value[k], penaltyDay);
    }
    columns = new Columns[teams.size()];
    int latestEnd = horizon;
    for (int i = 0; i < teams.size(); i++) {
      columns[i] = columns(index, tasks, teams.get(i));
      for (int e : columns[i].end()) {
        latestEnd = Math.max(latestEnd, e);
      }
    }
    best = new double[latestEnd + 2];
    arg = new int[latestEnd + 2];
  }

  /**
   * Team t's columns, ordered by start day: those of {@link LowerBound#starts}.
   *
   * @throws IllegalStateException if a column ends on its start day: durations are at least one day
   *     ({@code PlanTeam}), which the dynamic programming relies on
   */
  private Columns columns(ProblemIndex index, List<Integer> tasks, int t) {
    WorkCalendar calendar = index.calendar(t);
    int[][] startsOf = new int[tasks.size()][];
    int[] perDay = new int[horizon + 1];
    int total = 0;
    for (int k = 0; k < tasks.size(); k++) {
      startsOf[k] = LowerBound.starts(index, tasks.get(k), t);
      for (int s : startsOf[k]) {
        perDay[s + 1]++;
        total++;
      }
    }
    int[] byDay = new int[horizon + 1];
    for (int s = 0; s < horizon; s++) {
      byDay[s + 1] = byDay[s] + perDay[s + 1];
    }
    int[] next = Arrays.copyOf(byDay, horizon);
    int[] task = new int[total];
    int[] end = new int[total];
    double[] cost = new double[total];
    for (int k = 0; k < tasks.size(); k++) {
      int d = Math.max(0, index.durationDays(tasks.get(k), t));
      for (int s : startsOf[k]) {
        int c = next[s]++;
        task[c] = k;
        end[c] = calendar.endDay(s, d);
        if (end[c] <= s) {
          throw new IllegalStateException(
              "task " + index.task(tasks.get(k)).id() + " takes no day on team " + t);
        }
        cost[c] = value[k] * end[c];
      }
    }
    return new Columns(task, end, cost, byDay);
  }

  /**
   * The bound of the part made of {@code tasks} and {@code teams} (indices in {@code index}).
   *
   * @param start λ to start from, per task of the part (in the order of {@code tasks})
   * @param target the plan's objective over the part, the level the steps aim at
   * @param deadlineNanos {@link System#nanoTime()} after which no iteration starts
   * @return the best L(λ) found, negative infinity if no iteration ran
   */
  static double of(
      ProblemIndex index,
      List<Integer> tasks,
      List<Integer> teams,
      double[] start,
      double target,
      long deadlineNanos) {
    return new LagrangianBound(index, tasks, teams).search(start.clone(), target, deadlineNanos);
  }

  private double search(double[] lambda, double target, long deadlineNanos) {
    int[] uses = new int[value.length];
    double bound = Double.NEGATIVE_INFINITY;
    double step = FIRST_STEP;
    int sinceBetter = 0;
    while (step >= LAST_STEP && System.nanoTime() < deadlineNanos) {
      double l = evaluate(lambda, uses);
      if (l > bound) {
        bound = l;
        sinceBetter = 0;
      } else if (++sinceBetter >= PATIENCE) {
        step /= 2;
        sinceBetter = 0;
      }
      double norm = 0;
      for (int k = 0; k < value.length; k++) {
        double g = 1 - uses[k];
        norm += g * g * value[k];
      }
      if (norm == 0 || l >= target) {
        break; // every task done once: L(λ) is a plan's objective, no λ gives more
      }
      double size = step * (target - l) / norm;
      for (int k = 0; k < value.length; k++) {
        lambda[k] = Math.max(0, lambda[k] + size * value[k] * (1 - uses[k]));
      }
    }
    return bound;
  }

  /** L(λ), and in {@code uses} how often each task is done (or left out) at the minimum. */
  private double evaluate(double[] lambda, int[] uses) {
    Arrays.fill(uses, 0);
    double l = 0;
    for (int k = 0; k < value.length; k++) {
      l += lambda[k];
      if (leftOut[k] < lambda[k]) {
        l += leftOut[k] - lambda[k];
        uses[k]++;
      }
    }
    for (Columns c : columns) {
      l += cheapestSequence(c, lambda, uses);
    }
    return l;
  }

  /**
   * One team's problem: best[s] is the cheapest sequence from day s on, each column either starting
   * on its day (and the sequence going on from its completion day, always a later day) or not.
   */
  private double cheapestSequence(Columns c, double[] lambda, int[] uses) {
    Arrays.fill(best, horizon, best.length, 0);
    for (int s = horizon - 1; s >= 0; s--) {
      double b = best[s + 1];
      int a = -1;
      for (int i = c.byDay()[s]; i < c.byDay()[s + 1]; i++) {
        double v = c.cost()[i] - lambda[c.task()[i]] + best[c.end()[i]];
        if (v < b) {
          b = v;
          a = i;
        }
      }
      best[s] = b;
      arg[s] = a;
    }
    for (int s = 0; s < horizon; ) {
      int i = arg[s];
      if (i < 0) {
        s++;
      } else {
        uses[c.task()[i]]++;
        s = c.end()[i];
      }
    }
    return best[0];
  }
}
