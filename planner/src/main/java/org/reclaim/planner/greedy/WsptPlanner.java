package org.reclaim.planner.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * The solver's starting point: list scheduling as in {@link GreedyPlanner}, but each task goes to
 * the team that finishes it first, and tasks are taken in <b>Smith's rule</b> order (weighted
 * shortest processing time, WSPT): value ÷ working days on the fastest eligible team, highest
 * first. On one machine WSPT order is optimal for Σ value × completion (Smith 1956); on many
 * unrelated machines with calendars it is a good start, not an optimum, and local search improves
 * on it.
 *
 * <p>Each team's list is then put in Smith's order for that team.
 *
 * <p>Because value = priority × area and duration grows with area, ordering by value alone (the
 * baseline) starts the largest areas first; WSPT starts the highest priority per working day first,
 * which releases more value early.
 *
 * <p>O(tasks × teams + tasks log tasks); stateless, thread safe.
 */
public final class WsptPlanner {
  /** The name of the construction in progress reports and benchmarks. */
  public static final String NAME = "wspt";

  private WsptPlanner() {}

  /** Ordered task positions per team, in the problem's team order. */
  public static List<int[]> schedule(ProblemIndex index) {
    double[] ratio = ratios(index);
    List<int[]> lists =
        GreedyPlanner.schedule(
            index,
            Comparator.comparingDouble((Integer j) -> -ratio[j]),
            GreedyPlanner.TeamRule.EARLIEST_FINISH);
    return IntStream.range(0, lists.size())
        .mapToObj(t -> smithOrder(index, t, lists.get(t)))
        .toList();
  }

  /**
   * Smith's ratio of every task: value ÷ working days on its fastest eligible team (at least one
   * day); 0 for a task no team may do.
   */
  static double[] ratios(ProblemIndex index) {
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
    return ratio;
  }

  /**
   * Team {@code t}'s tasks in Smith's order, respecting release days: tasks in progress first, then
   * repeatedly, of the tasks already released when the team is free, the one with the highest value
   * ÷ working days on that team (if none is released yet, the team waits for the earliest). Ties
   * keep the list order.
   */
  static int[] smithOrder(ProblemIndex index, int t, int[] list) {
    WorkCalendar calendar = index.calendar(t);
    List<Integer> left = new ArrayList<>();
    int[] out = new int[list.length];
    int n = 0;
    int free = 0;
    for (int j : list) {
      if (index.inProgressTeam(j) == t) {
        out[n++] = j;
        free = calendar.endDay(calendar.startDay(free), Math.max(0, index.durationDays(j, t)));
      } else {
        left.add(j);
      }
    }
    while (!left.isEmpty()) {
      int now = free;
      int earliest = left.stream().mapToInt(index::releaseDay).min().orElseThrow();
      int ready = Math.max(now, earliest);
      Integer best = null;
      double bestRatio = -1;
      for (int j : left) {
        if (index.releaseDay(j) > ready) {
          continue;
        }
        double ratio = index.task(j).value() / Math.max(1, index.durationDays(j, t));
        if (ratio > bestRatio) {
          best = j;
          bestRatio = ratio;
        }
      }
      left.remove(best);
      out[n++] = best;
      int start = calendar.startDay(Math.max(free, index.releaseDay(best)));
      free = calendar.endDay(start, Math.max(0, index.durationDays(best, t)));
    }
    return out;
  }
}
