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
 *   <li>Each task is appended to the <b>earliest-available</b> eligible team (accredited, able to
 *       work the terrain: the one that can start it first), among those that finish it within their
 *       availability and keep its earmark within budget; ties go to the team that finishes first,
 *       then the cheaper, then team order. This is the rule; {@link
 *       TeamRule#EARLIEST_FINISH} (which counts each team's speed) is the stronger variant the
 *       benchmark also reports.
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
    return schedule(
        index,
        Comparator.comparingDouble((Integer j) -> -index.task(j).value()),
        TeamRule.EARLIEST_AVAILABLE);
  }

  /** How list scheduling picks a team for the next task, among those it fits. */
  public enum TeamRule {
    /**
     * The team that can start it first (ties: the one that finishes first): the baseline,
     * as a duty officer assigns work to whichever team comes free.
     */
    EARLIEST_AVAILABLE,
    /** The team that finishes it first, counting its speed on this ground. */
    EARLIEST_FINISH
  }

  /**
   * Tasks in progress first, then the others in {@code order}, each appended to the eligible team
   * {@code rule} picks among those that fit it within their availability and its earmark: the
   * list-scheduling shared by this baseline and {@link WsptPlanner}.
   */
  public static List<int[]> schedule(ProblemIndex index, Comparator<Integer> order, TeamRule rule) {
    int teams = index.teamCount();
    List<List<Integer>> lists = new ArrayList<>();
    for (int t = 0; t < teams; t++) {
      lists.add(new ArrayList<>());
    }
    int[] teamEnd = new int[teams];
    EarmarkLedger ledger = new EarmarkLedger(index);
    for (int j = 0; j < index.taskCount(); j++) {
      int t = index.inProgressTeam(j);
      if (t >= 0) {
        place(index, j, t, lists, teamEnd, ledger);
      }
    }
    Integer[] sorted =
        IntStream.range(0, index.taskCount())
            .filter(j -> index.inProgressTeam(j) < 0)
            .boxed()
            .sorted(order)
            .toArray(Integer[]::new);
    for (int j : sorted) {
      int best = bestTeam(index, j, teamEnd, ledger, rule);
      if (best >= 0) {
        place(index, j, best, lists, teamEnd, ledger);
      }
    }
    return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
  }

  private static int bestTeam(
      ProblemIndex index, int j, int[] teamEnd, EarmarkLedger ledger, TeamRule rule) {
    int best = -1;
    int bestStart = Integer.MAX_VALUE;
    int bestEnd = Integer.MAX_VALUE;
    double bestCost = Double.MAX_VALUE;
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
      if (!ledger.canMove(j, -1, t)) {
        continue;
      }
      double cost = index.costUsd(j, t);
      int end = calendar.endDay(start, d);
      int first = rule == TeamRule.EARLIEST_AVAILABLE ? start : end;
      int firstBest = rule == TeamRule.EARLIEST_AVAILABLE ? bestStart : bestEnd;
      boolean better =
          first < firstBest
              || (first == firstBest && (end < bestEnd || (end == bestEnd && cost < bestCost)));
      if (better) {
        best = t;
        bestStart = start;
        bestEnd = end;
        bestCost = cost;
      }
    }
    return best;
  }

  private static void place(
      ProblemIndex index,
      int j,
      int t,
      List<List<Integer>> lists,
      int[] teamEnd,
      EarmarkLedger ledger) {
    WorkCalendar calendar = index.calendar(t);
    int d = Math.max(0, index.durationDays(j, t));
    int start = calendar.startDay(Math.max(teamEnd[t], index.releaseDay(j)));
    teamEnd[t] = calendar.endDay(start, d);
    lists.get(t).add(j);
    ledger.charge(j, t, 1);
  }
}
