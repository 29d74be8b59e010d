package org.reclaim.planner.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.reclaim.planner.plan.PlanKpis;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * A stronger start for the solver: tasks in Smith's order (as {@link WsptPlanner}), each inserted
 * at the place in any eligible team's list, not only at the end, where it raises the objective
 * least: its own value × completion day plus the delay it causes the tasks after it (and the
 * penalty of any it pushes past the team's availability). A task whose cheapest place costs more
 * than leaving it out, or that no place fits within availability and earmark, is left out.
 *
 * <p>O(tasks × eligible teams × list length²); a second or so for 5,000 tasks × 500 teams.
 * Stateless, thread safe.
 */
public final class InsertionPlanner {
  /** The name of the construction in progress reports and benchmarks. */
  public static final String NAME = "insertion";

  /** Rounds of taking each task out and inserting it again after the first construction. */
  static final int IMPROVEMENT_ROUNDS = 2;

  private InsertionPlanner() {}

  /** Ordered task positions per team, in the problem's team order. */
  public static List<int[]> schedule(ProblemIndex index) {
    int teams = index.teamCount();
    List<List<Integer>> lists = new ArrayList<>();
    for (int t = 0; t < teams; t++) {
      lists.add(new ArrayList<>());
    }
    double[] spent = new double[index.problem().earmarks().size()];
    double[] teamCost = new double[teams];
    for (int j = 0; j < index.taskCount(); j++) {
      int t = index.inProgressTeam(j);
      if (t >= 0) {
        lists.get(t).add(j);
        charge(index, j, t, spent, 1);
      }
    }
    for (int t = 0; t < teams; t++) {
      teamCost[t] = cost(index, t, lists.get(t));
    }
    Integer[] order = order(index);
    int[] teamOf = new int[index.taskCount()];
    java.util.Arrays.fill(teamOf, -1);
    for (int round = 0; round <= IMPROVEMENT_ROUNDS; round++) {
      for (int j : order) {
        if (teamOf[j] >= 0) {
          // improvement rounds: take the task out and put it back where it now costs least
          int t = teamOf[j];
          lists.get(t).remove(Integer.valueOf(j));
          teamCost[t] = cost(index, t, lists.get(t));
          charge(index, j, t, spent, -1);
          teamOf[j] = -1;
        }
        teamOf[j] = insert(index, j, lists, teamCost, spent);
      }
    }
    return IntStream.range(0, teams).mapToObj(t -> fitting(index, t, lists.get(t))).toList();
  }

  /**
   * Team t's list without the tasks later insertions pushed past its availability (a tail of the
   * list; tasks in progress always stay).
   */
  static int[] fitting(ProblemIndex index, int t, List<Integer> list) {
    WorkCalendar calendar = index.calendar(t);
    List<Integer> kept = new ArrayList<>();
    int free = 0;
    for (int j : list) {
      int d = Math.max(0, index.durationDays(j, t));
      int start = calendar.startDay(Math.max(free, index.releaseDay(j)));
      if (calendar.overrunDays(start, d) > 0 && index.inProgressTeam(j) != t) {
        continue;
      }
      kept.add(j);
      free = calendar.endDay(start, d);
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Puts task j where it raises the objective least, if anywhere; returns the team or -1. */
  private static int insert(
      ProblemIndex index, int j, List<List<Integer>> lists, double[] teamCost, double[] spent) {
    double penaltyDay = PlanKpis.unassignedPenaltyDay(index.problem().horizonDays());
    double best = index.task(j).value() * penaltyDay;
    int bestTeam = -1;
    int bestAt = -1;
    for (int t = 0; t < lists.size(); t++) {
      if (!index.eligible(j, t) || !affordable(index, j, t, spent)) {
        continue;
      }
      List<Integer> list = lists.get(t);
      for (int at = pinned(index, t, list); at <= list.size(); at++) {
        list.add(at, j);
        double delta = cost(index, t, list) - teamCost[t];
        list.remove(at);
        if (delta < best) {
          best = delta;
          bestTeam = t;
          bestAt = at;
        }
      }
    }
    if (bestTeam >= 0) {
      lists.get(bestTeam).add(bestAt, j);
      teamCost[bestTeam] = cost(index, bestTeam, lists.get(bestTeam));
      charge(index, j, bestTeam, spent, 1);
    }
    return bestTeam;
  }

  private static Integer[] order(ProblemIndex index) {
    double[] ratio = new double[index.taskCount()];
    for (int j = 0; j < ratio.length; j++) {
      int fastest = Integer.MAX_VALUE;
      for (int t = 0; t < index.teamCount(); t++) {
        if (index.eligible(j, t)) {
          fastest = Math.min(fastest, index.durationDays(j, t));
        }
      }
      ratio[j] = fastest == Integer.MAX_VALUE ? 0 : index.task(j).value() / Math.max(1, fastest);
    }
    return IntStream.range(0, index.taskCount())
        .filter(j -> index.inProgressTeam(j) < 0)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer j) -> -ratio[j]))
        .toArray(Integer[]::new);
  }

  /** Tasks in progress at the head of team t's list stay there. */
  private static int pinned(ProblemIndex index, int t, List<Integer> list) {
    int n = 0;
    while (n < list.size() && index.inProgressTeam(list.get(n)) == t) {
      n++;
    }
    return n;
  }

  /**
   * The objective of team t working {@code list} in order: Σ value × completion day, and value ×
   * penalty day for each task (not in progress) that would run past its availability.
   */
  static double cost(ProblemIndex index, int t, List<Integer> list) {
    WorkCalendar calendar = index.calendar(t);
    double penaltyDay = PlanKpis.unassignedPenaltyDay(index.problem().horizonDays());
    double sum = 0;
    int free = 0;
    for (int j : list) {
      int d = Math.max(0, index.durationDays(j, t));
      int start = calendar.startDay(Math.max(free, index.releaseDay(j)));
      boolean fits = calendar.overrunDays(start, d) == 0 || index.inProgressTeam(j) == t;
      free = calendar.endDay(start, d);
      sum += index.task(j).value() * (fits ? free : penaltyDay);
    }
    return sum;
  }

  private static boolean affordable(ProblemIndex index, int j, int t, double[] spent) {
    int e = index.earmark(j);
    return e < 0
        || spent[e] + index.costUsd(j, t) <= index.problem().earmarks().get(e).amountUsd() + 0.005;
  }

  private static void charge(ProblemIndex index, int j, int t, double[] spent, int sign) {
    int e = index.earmark(j);
    if (e >= 0) {
      spent[e] += sign * index.costUsd(j, t);
    }
  }
}
