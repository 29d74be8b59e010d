package org.reclaim.planner.greedy;

import org.reclaim.planner.plan.PlanKpis;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * The objective of one team working a list of tasks in order, as {@link PlanKpis} counts it: Σ
 * value × completion day by the {@link WorkCalendar} arithmetic, a task that would run past the
 * team's availability priced as left out (value × the penalty day), tasks in progress on the team
 * always counted as fitting. The same sum as {@link InsertionPlanner#cost}, on integer arrays and
 * with the changes a search tries (one task out, one task in) applied on the fly.
 *
 * <p>Not thread safe: scratch arrays are reused between calls.
 */
final class TeamObjective {
  private final ProblemIndex index;
  private final double penaltyDay;
  private final double[] value;
  private final int[] releaseDay;
  private final int[] inProgressTeam;
  private int[] prefixFree = new int[64];
  private double[] prefixSum = new double[64];
  private double[] costs = new double[64];

  TeamObjective(ProblemIndex index) {
    this.index = index;
    penaltyDay = PlanKpis.unassignedPenaltyDay(index.problem().horizonDays());
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
        int i = list[k];
        int start = calendar.startDay(Math.max(free, releaseDay[i]));
        int d = Math.max(0, index.durationDays(i, t));
        boolean fits = calendar.overrunDays(start, d) == 0 || inProgressTeam[i] == t;
        free = calendar.endDay(start, d);
        sum += value[i] * (fits ? free : penaltyDay);
      }
    }
    int dj = index.durationDays(j, t);
    for (int k = first; k <= n; k++) {
      int start = calendar.startDay(Math.max(prefixFree[k], releaseDay[j]));
      free = calendar.endDay(start, dj);
      sum = prefixSum[k] + value[j] * (calendar.overrunDays(start, dj) == 0 ? free : penaltyDay);
      for (int q = k; q < n; q++) {
        if (free == prefixFree[q]) {
          sum += prefixSum[n] - prefixSum[q];
          break;
        }
        int i = list[q];
        start = calendar.startDay(Math.max(free, releaseDay[i]));
        int d = Math.max(0, index.durationDays(i, t));
        boolean fits = calendar.overrunDays(start, d) == 0 || inProgressTeam[i] == t;
        free = calendar.endDay(start, d);
        sum += value[i] * (fits ? free : penaltyDay);
      }
      costs[k] = sum;
    }
    return costs;
  }

  double of(int t, int[] list, int n, int removeAt, int insert, int insertAt) {
    WorkCalendar calendar = index.calendar(t);
    double sum = 0;
    int free = 0;
    int position = 0;
    for (int k = 0; k <= n; k++) {
      if (insert >= 0 && position == insertAt) {
        int start = calendar.startDay(Math.max(free, releaseDay[insert]));
        int d = index.durationDays(insert, t);
        free = calendar.endDay(start, d);
        sum += value[insert] * (calendar.overrunDays(start, d) == 0 ? free : penaltyDay);
        position++;
      }
      if (k == n) {
        break;
      }
      if (k == removeAt) {
        continue;
      }
      int j = list[k];
      int start = calendar.startDay(Math.max(free, releaseDay[j]));
      int d = Math.max(0, index.durationDays(j, t));
      boolean fits = calendar.overrunDays(start, d) == 0 || inProgressTeam[j] == t;
      free = calendar.endDay(start, d);
      sum += value[j] * (fits ? free : penaltyDay);
      position++;
    }
    return sum;
  }
}
