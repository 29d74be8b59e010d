package org.reclaim.bench.plan;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.planner.plan.Assignment;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanObjective;
import org.reclaim.planner.plan.Unassigned;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * Lower bounds on the optimum of a planning problem too large for an exact solver, to say how far a
 * plan is from it. The problem falls apart into parts that no eligibility links — teams that can do
 * a common task are in one part, with the tasks they can do; only earmarks link parts, and a bound
 * may drop them. Each part gets:
 *
 * <ul>
 *   <li>when its model has at most {@code maxColumns} columns, the <b>LP relaxation of the
 *       time-indexed model</b> (OR-Tools GLOP): a column per task, eligible team and start day (a
 *       day the team is available, on or after the release day, from which the task fits within the
 *       team's availability), costing value × completion day; each task takes one column or is left
 *       out at value × the penalty day; each available day of a team is worked by at most one task.
 *       Every plan the planner can make is an integer solution of this model with the same
 *       objective, so the LP optimum is a lower bound;
 *   <li>otherwise (or when GLOP does not prove the LP's optimum in time), the <b>Lagrangian
 *       bound</b> of the same model ({@link LagrangianBound}), which tends to the LP bound with
 *       time and needs no LP solver;
 *   <li>at least every task alone on its best team (finishing earliest from its release day, or
 *       left out when it fits nowhere) — valid but weak.
 * </ul>
 *
 * Benchmarks only: the planner never uses it. Tasks in progress are not modelled (their pinning
 * makes the plan's objective differ from the model's), so problems with any are refused.
 */
public final class LowerBound {
  /**
   * One part of the problem.
   *
   * @param teams teams in the part
   * @param tasks tasks in the part (tasks no team may do form a part of their own, with no teams)
   * @param planObjective the plan's objective over the part's tasks
   * @param bound lower bound on the part's optimum
   * @param kind how the bound was found
   * @param columns columns of the part's time-indexed model
   * @param seconds time to compute the bound
   */
  public record Part(
      int teams,
      int tasks,
      double planObjective,
      double bound,
      Kind kind,
      long columns,
      double seconds) {}

  /** How a part's bound was found. */
  public enum Kind {
    /** The LP relaxation of the time-indexed model, solved to optimality. */
    LP("LP of the time-indexed model"),
    /** The best Lagrangian bound of the time-indexed model found in the time limit. */
    LAGRANGIAN("Lagrangian bound of the time-indexed model"),
    /** Every task alone on its best team. */
    ALONE("each task alone on its best team");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** What the report prints for the bound. */
    public String label() {
      return label;
    }
  }

  private LowerBound() {}

  /**
   * The parts of {@code index}'s problem with {@code plan}'s objective and a lower bound on each,
   * largest objective first.
   *
   * @param maxColumns largest time-indexed model solved as an LP
   * @param lpLimit time limit per part, for its LP or its Lagrangian bound
   * @throws IllegalArgumentException if a task is in progress
   */
  public static List<Part> of(ProblemIndex index, Plan plan, long maxColumns, Duration lpLimit) {
    int tasks = index.taskCount();
    for (int j = 0; j < tasks; j++) {
      if (index.inProgressTeam(j) >= 0) {
        throw new IllegalArgumentException("task " + index.task(j).id() + " is in progress");
      }
    }
    int[] teamPart = teamParts(index);
    double[] contribution = contributions(index, plan);
    Map<Integer, List<Integer>> tasksByPart = new HashMap<>();
    for (int j = 0; j < tasks; j++) {
      int first = firstEligibleTeam(index, j);
      tasksByPart.computeIfAbsent(first < 0 ? -1 : teamPart[first], k -> new ArrayList<>()).add(j);
    }
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : tasksByPart.entrySet()) {
      long started = System.nanoTime();
      List<Integer> partTasks = e.getValue();
      List<Integer> partTeams = new ArrayList<>();
      for (int t = 0; t < index.teamCount(); t++) {
        if (e.getKey() >= 0 && teamPart[t] == e.getKey()) {
          partTeams.add(t);
        }
      }
      double planned = partTasks.stream().mapToDouble(j -> contribution[j]).sum();
      long columns = 0;
      for (int j : partTasks) {
        for (int t : partTeams) {
          columns += starts(index, j, t).length;
        }
      }
      Double lp = columns <= maxColumns ? linear(index, partTasks, partTeams, lpLimit) : null;
      double bound = lp != null ? lp : alone(index, partTasks, partTeams);
      Kind kind = lp != null ? Kind.LP : Kind.ALONE;
      if (lp == null && !partTeams.isEmpty()) {
        double[] start = partTasks.stream().mapToDouble(j -> contribution[j]).toArray();
        double lagrangian =
            LagrangianBound.of(
                index, partTasks, partTeams, start, planned, System.nanoTime() + lpLimit.toNanos());
        if (lagrangian > bound) {
          bound = lagrangian;
          kind = Kind.LAGRANGIAN;
        }
      }
      parts.add(
          new Part(
              partTeams.size(),
              partTasks.size(),
              planned,
              bound,
              kind,
              columns,
              (System.nanoTime() - started) / 1e9));
    }
    parts.sort((a, b) -> Double.compare(b.planObjective(), a.planObjective()));
    return parts;
  }

  /** Union-find over teams: two teams are in one part when a task is eligible for both. */
  private static int[] teamParts(ProblemIndex index) {
    int[] parent = new int[index.teamCount()];
    Arrays.setAll(parent, t -> t);
    for (int j = 0; j < index.taskCount(); j++) {
      int first = firstEligibleTeam(index, j);
      for (int t = first + 1; first >= 0 && t < index.teamCount(); t++) {
        if (index.eligible(j, t)) {
          parent[root(parent, t)] = root(parent, first);
        }
      }
    }
    for (int t = 0; t < parent.length; t++) {
      parent[t] = root(parent, t);
    }
    return parent;
  }

  private static int root(int[] parent, int t) {
    while (parent[t] != t) {
      parent[t] = parent[parent[t]];
      t = parent[t];
    }
    return t;
  }

  private static int firstEligibleTeam(ProblemIndex index, int j) {
    for (int t = 0; t < index.teamCount(); t++) {
      if (index.eligible(j, t)) {
        return t;
      }
    }
    return -1;
  }

  /** Each task's share of the plan's objective: value × completion day, or × the penalty day. */
  private static double[] contributions(ProblemIndex index, Plan plan) {
    double[] contribution = new double[index.taskCount()];
    int penaltyDay = PlanObjective.leftOutDay(index.problem().horizonDays());
    for (Assignment a : plan.assignments()) {
      int j = index.findTaskIndex(a.taskId()).orElseThrow();
      contribution[j] = index.task(j).value() * a.endDay();
    }
    for (Unassigned u : plan.unassigned()) {
      int j = index.findTaskIndex(u.taskId()).orElseThrow();
      contribution[j] = PlanObjective.term(index.task(j).value(), penaltyDay);
    }
    return contribution;
  }

  /** The days task j may start on team t: available, not before its release, fitting. */
  static int[] starts(ProblemIndex index, int j, int t) {
    if (!index.eligible(j, t)) {
      return new int[0];
    }
    WorkCalendar calendar = index.calendar(t);
    int d = Math.max(0, index.durationDays(j, t));
    int horizon = index.problem().horizonDays();
    int[] days = new int[horizon];
    int n = 0;
    for (int s = index.releaseDay(j); s < horizon; s++) {
      if (calendar.startDay(s) != s) {
        continue;
      }
      if (calendar.overrunDays(s, d) != 0) {
        break;
      }
      days[n++] = s;
    }
    return Arrays.copyOf(days, n);
  }

  /** The LP bound of the part, or null when GLOP does not prove its optimum within the limit. */
  private static Double linear(
      ProblemIndex index, List<Integer> tasks, List<Integer> teams, Duration limit) {
    Loader.loadNativeLibraries();
    MPSolver lp = MPSolver.createSolver("GLOP");
    try {
      int horizon = index.problem().horizonDays();
      int penaltyDay = PlanObjective.leftOutDay(horizon);
      MPObjective objective = lp.objective();
      Map<Integer, MPConstraint[]> busy = new HashMap<>();
      for (int t : teams) {
        MPConstraint[] days = new MPConstraint[horizon];
        for (int day = 0; day < horizon; day++) {
          days[day] = lp.makeConstraint(0, 1);
        }
        busy.put(t, days);
      }
      for (int j : tasks) {
        double value = index.task(j).value();
        MPConstraint once = lp.makeConstraint(1, 1);
        MPVariable out = lp.makeNumVar(0, 1, "");
        once.setCoefficient(out, 1);
        objective.setCoefficient(out, PlanObjective.term(value, penaltyDay));
        for (int t : teams) {
          WorkCalendar calendar = index.calendar(t);
          int d = Math.max(0, index.durationDays(j, t));
          for (int s : starts(index, j, t)) {
            int end = calendar.endDay(s, d);
            MPVariable x = lp.makeNumVar(0, 1, "");
            once.setCoefficient(x, 1);
            objective.setCoefficient(x, value * end);
            for (int day = s; day < end; day++) {
              if (calendar.startDay(day) == day) {
                busy.get(t)[day].setCoefficient(x, 1);
              }
            }
          }
        }
      }
      objective.setMinimization();
      lp.setTimeLimit(limit.toMillis());
      return lp.solve() == MPSolver.ResultStatus.OPTIMAL ? objective.value() : null;
    } finally {
      lp.delete();
    }
  }

  /** Every task alone on its best team: finishing earliest from its release, or left out. */
  private static double alone(ProblemIndex index, List<Integer> tasks, List<Integer> teams) {
    int penaltyDay = PlanObjective.leftOutDay(index.problem().horizonDays());
    double sum = 0;
    for (int j : tasks) {
      double best = penaltyDay;
      for (int t : teams) {
        int[] starts = starts(index, j, t);
        if (starts.length > 0) {
          int d = Math.max(0, index.durationDays(j, t));
          best = Math.min(best, index.calendar(t).endDay(starts[0], d));
        }
      }
      sum += index.task(j).value() * best;
    }
    return sum;
  }
}
