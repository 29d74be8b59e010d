package org.reclaim.planner.greedy;

import org.reclaim.planner.plan.PlanObjective;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * The objective of one team working a list of tasks in order, as {@link PlanKpis} counts it: Σ
 * value × completion day by the {@link WorkCalendar} arithmetic, a task that would run past the
 * team's availability priced as left out (value × the penalty day), tasks in progress on the team
 * always counted as fitting. On integer arrays, with the changes a search tries (one task out, one
 * task in) applied on the fly.
 *
 * <p>Not thread safe: scratch arrays are reused between calls.
 */
final class TeamObjective {
  private final ProblemIndex index;
  private final int penaltyDay;
  private final double[] value;
  private final int[] releaseDay;
  private final int[] inProgressTeam;
  private int[] prefixFree = new int[64];
  private double[] prefixSum = new double[64];
  private double[] costs = new double[64];
  private double contribution;

  TeamObjective(ProblemIndex index) {
    this.index = index;
    penaltyDay = PlanObjective.leftOutDay(index.problem().horizonDays());
    int tasks = index.taskCount();
    value = new double[tasks];
    releaseDay = new int[tasks];
    inProgressTeam = new int[tasks];
    for (int j = 0; j < tasks; j++) {
      value[j] = index.task(j).value();
      releaseDay[j] = index.releaseDay(j);
      inProgressTeam[j] = index.inProgressTeam(j);
    }
  }

  /**
   * Team t's objective ({@code list}, first {@code n} elements) with task j inserted at each
   * position {@code k} from {@code first} to the end, into {@code costs[k]}: one pass for the list
   * before the insertion, then only the tasks after it, stopping early where the schedule joins the
   * old one again.
   */
  double[] insertionCosts(int t, int[] list, int n, int j, int first) {
    WorkCalendar calendar = index.calendar(t);
    if (prefixFree.length < n + 1) {
      prefixFree = new int[2 * n + 2];
      prefixSum = new double[2 * n + 2];
      costs = new double[2 * n + 2];
    }
    int free = 0;
    double sum = 0;
    for (int k = 0; k <= n; k++) {
      prefixFree[k] = free;
      prefixSum[k] = sum;
      if (k < n) {
        free = work(calendar, t, list[k], free);
        sum += contribution;
      }
    }
    for (int k = first; k <= n; k++) {
      free = work(calendar, t, j, prefixFree[k]);
      sum = prefixSum[k] + contribution;
      for (int q = k; q < n; q++) {
        if (free == prefixFree[q]) {
          sum += prefixSum[n] - prefixSum[q];
          break;
        }
        free = work(calendar, t, list[q], free);
        sum += contribution;
      }
      costs[k] = sum;
    }
    return costs;
  }

  /**
   * Team t's objective working {@code list} (first {@code n} elements) with the element at {@code
   * removeAt} taken out (or none, -1) and task {@code insert} put at {@code insertAt} of the list
   * after that removal (or none, -1).
   */
  double of(int t, int[] list, int n, int removeAt, int insert, int insertAt) {
    WorkCalendar calendar = index.calendar(t);
    double sum = 0;
    int free = 0;
    int position = 0;
    for (int k = 0; k <= n; k++) {
      if (insert >= 0 && position == insertAt) {
        free = work(calendar, t, insert, free);
        sum += contribution;
        position++;
      }
      if (k == n) {
        break;
      }
      if (k != removeAt) {
        free = work(calendar, t, list[k], free);
        sum += contribution;
        position++;
      }
    }
    return sum;
  }

  /**
   * Works task i on team t from day {@code free} on: returns the day the team is free again, and
   * leaves the task's share of the objective in {@link #contribution} (value × completion day, or
   * value × the penalty day when it runs past availability and is not in progress on t).
   */
  private int work(WorkCalendar calendar, int t, int i, int free) {
    int start = calendar.startDay(Math.max(free, releaseDay[i]));
    int d = Math.max(0, index.durationDays(i, t));
    int end = calendar.endDay(start, d);
    boolean fits = calendar.overrunDays(start, d) == 0 || inProgressTeam[i] == t;
    contribution = PlanObjective.term(value[i], fits ? end : penaltyDay);
    return end;
  }
}
