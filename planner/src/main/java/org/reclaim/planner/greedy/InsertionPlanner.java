package org.reclaim.planner.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.reclaim.planner.plan.PlanObjective;
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
    TeamObjective objective = new TeamObjective(index);
    EarmarkLedger ledger = new EarmarkLedger(index);
    double[] teamCost = new double[teams];
    for (int j = 0; j < index.taskCount(); j++) {
      int t = index.inProgressTeam(j);
      if (t >= 0) {
        lists.get(t).add(j);
        ledger.charge(j, t, 1);
      }
    }
    for (int t = 0; t < teams; t++) {
      teamCost[t] = cost(objective, t, lists.get(t));
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
          teamCost[t] = cost(objective, t, lists.get(t));
          ledger.charge(j, t, -1);
          teamOf[j] = -1;
        }
        teamOf[j] = insert(index, objective, ledger, j, lists, teamCost);
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
    return toArray(kept);
  }

  /** Puts task j where it raises the objective least, if anywhere; returns the team or -1. */
  private static int insert(
      ProblemIndex index,
      TeamObjective objective,
      EarmarkLedger ledger,
      int j,
      List<List<Integer>> lists,
      double[] teamCost) {
    int penaltyDay = PlanObjective.leftOutDay(index.problem().horizonDays());
    double best = PlanObjective.term(index.task(j).value(), penaltyDay);
    int bestTeam = -1;
    int bestAt = -1;
    for (int t = 0; t < lists.size(); t++) {
      if (!index.eligible(j, t) || !ledger.canMove(j, -1, t)) {
        continue;
      }
      List<Integer> list = lists.get(t);
      int[] tasks = toArray(list);
      for (int at = pinned(index, t, list); at <= list.size(); at++) {
        double delta = objective.of(t, tasks, tasks.length, -1, j, at) - teamCost[t];
        if (delta < best) {
          best = delta;
          bestTeam = t;
          bestAt = at;
        }
      }
    }
    if (bestTeam >= 0) {
      lists.get(bestTeam).add(bestAt, j);
      teamCost[bestTeam] = cost(objective, bestTeam, lists.get(bestTeam));
      ledger.charge(j, bestTeam, 1);
    }
    return bestTeam;
  }

  private static Integer[] order(ProblemIndex index) {
    double[] ratio = WsptPlanner.ratios(index);
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

  /** The objective of team t working {@code list} in order ({@link TeamObjective#of}). */
  private static double cost(TeamObjective objective, int t, List<Integer> list) {
    int[] tasks = toArray(list);
    return objective.of(t, tasks, tasks.length, -1, -1, -1);
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
