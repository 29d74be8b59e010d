package org.reclaim.planner.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanAssembler;
import org.reclaim.planner.problem.PlanningProblem;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * The greedy baseline every plan is compared with: what a planner would do by hand.
 *
 * <ol>
 *   <li>Tasks in progress go first, at the head of their team's schedule.
 *   <li>The other tasks are taken by <b>highest value first</b> (value = priority × area; ties by
 *       task order), as the issue specifies: it is the rule operations staff actually use ("the
 *       most important area first"). Value ÷ duration (Smith's WSPT rule, optimal for weighted
 *       completion on one machine) would be a stronger baseline but not the one people compare
 *       against.
 *   <li>Each task is appended to the eligible team (accredited, able to work the terrain) that can
 *       <b>finish it earliest</b>, among those that finish within their availability and keep its
 *       earmark within budget; ties go to the cheaper team, then to team order.
 *   <li>A task no team can take is left out; {@link PlanAssembler} records why.
 * </ol>
 *
 * <p>O(tasks × teams); stateless, thread safe. The result never breaks a hard rule, except where
 * tasks in progress already do.
 */
public final class GreedyPlanner {
  /** The {@link Plan#planner()} name of greedy plans. */
  public static final String NAME = "greedy";

  private GreedyPlanner() {}

  /** The greedy plan for {@code problem}. */
  public static Plan plan(PlanningProblem problem) {
    return plan(ProblemIndex.of(problem));
  }

  /** The greedy plan for an indexed problem. */
  public static Plan plan(ProblemIndex index) {
    return PlanAssembler.assemble(index, NAME, null, schedule(index));
  }

  /**
   * The greedy schedule as ordered task positions per team (the solver starts from it).
   *
   * @return one array per team, in the problem's team order
   */
  public static List<int[]> schedule(ProblemIndex index) {
    int teams = index.teamCount();
    List<List<Integer>> lists = new ArrayList<>();
    for (int t = 0; t < teams; t++) {
      lists.add(new ArrayList<>());
    }
    int[] teamEnd = new int[teams];
    double[] spent = new double[index.problem().earmarks().size()];
    for (int j = 0; j < index.taskCount(); j++) {
      int t = index.inProgressTeam(j);
      if (t >= 0) {
        place(index, j, t, lists, teamEnd, spent);
      }
    }
    Integer[] order =
        IntStream.range(0, index.taskCount())
            .filter(j -> index.inProgressTeam(j) < 0)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer j) -> -index.task(j).value()))
            .toArray(Integer[]::new);
    for (int j : order) {
      int best = bestTeam(index, j, teamEnd, spent);
      if (best >= 0) {
        place(index, j, best, lists, teamEnd, spent);
      }
    }
    return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
  }

  private static int bestTeam(ProblemIndex index, int j, int[] teamEnd, double[] spent) {
    int best = -1;
    int bestEnd = Integer.MAX_VALUE;
    double bestCost = Double.MAX_VALUE;
    int e = index.earmark(j);
    for (int t = 0; t < index.teamCount(); t++) {
      if (!index.eligible(j, t)) {
        continue;
      }
      WorkCalendar calendar = index.calendar(t);
      int d = index.durationDays(j, t);
      int start = calendar.startDay(Math.max(teamEnd[t], index.releaseDay(j)));
      if (calendar.overrunDays(start, d) > 0) {
        continue;
      }
      double cost = index.costUsd(j, t);
      if (e >= 0 && spent[e] + cost > index.problem().earmarks().get(e).amountUsd() + 0.005) {
        continue;
      }
      int end = calendar.endDay(start, d);
      if (end < bestEnd || (end == bestEnd && cost < bestCost)) {
        best = t;
        bestEnd = end;
        bestCost = cost;
      }
    }
    return best;
  }

  private static void place(
      ProblemIndex index, int j, int t, List<List<Integer>> lists, int[] teamEnd, double[] spent) {
    WorkCalendar calendar = index.calendar(t);
    int d = Math.max(0, index.durationDays(j, t));
    int start = calendar.startDay(Math.max(teamEnd[t], index.releaseDay(j)));
    teamEnd[t] = calendar.endDay(start, d);
    lists.get(t).add(j);
    int e = index.earmark(j);
    if (e >= 0) {
      spent[e] += index.costUsd(j, t);
    }
  }
}
