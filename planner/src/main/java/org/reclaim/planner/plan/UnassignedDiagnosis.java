package org.reclaim.planner.plan;

import java.util.Locale;
import org.reclaim.planner.problem.Earmark;
import org.reclaim.planner.problem.PlanTask;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * Says why a task is not in a finished plan, by trying to append it to each team's schedule: the
 * first test it fails, in {@link UnassignedReason} order, is the reason. Appending, not inserting,
 * keeps the answer cheap and conservative: a task reported {@link
 * UnassignedReason#DOES_NOT_FIT_HORIZON} might still fit earlier in some schedule by delaying other
 * tasks.
 */
final class UnassignedDiagnosis {
  private UnassignedDiagnosis() {}

  static Unassigned diagnose(ProblemIndex index, int j, int[] teamEnd, double[] spentUsd) {
    PlanTask task = index.task(j);
    boolean accredited = false;
    boolean suitable = false;
    int fitsWithinBudget = -1;
    int fits = -1;
    int earliestEnd = Integer.MAX_VALUE;
    for (int t = 0; t < index.teamCount(); t++) {
      accredited |= index.accredited(j, t);
      if (!index.eligible(j, t)) {
        continue;
      }
      suitable = true;
      WorkCalendar calendar = index.calendar(t);
      int d = index.durationDays(j, t);
      int start = calendar.startDay(Math.max(teamEnd[t], index.releaseDay(j)));
      if (calendar.overrunDays(start, d) > 0) {
        continue;
      }
      fits = t;
      int e = index.earmark(j);
      boolean affordable =
          e < 0
              || spentUsd[e] + index.costUsd(j, t)
                  <= index.problem().earmarks().get(e).amountUsd() + 0.005;
      int end = calendar.endDay(start, d);
      if (affordable && end < earliestEnd) {
        fitsWithinBudget = t;
        earliestEnd = end;
      }
    }
    String id = task.id();
    if (!accredited) {
      return new Unassigned(
          id,
          UnassignedReason.NO_ACCREDITED_TEAM,
          "no team is accredited for " + task.method() + " in region " + task.regionId());
    }
    if (!suitable) {
      return new Unassigned(
          id,
          UnassignedReason.NO_SUITABLE_TEAM,
          "no accredited team can work " + task.terrain() + " terrain with " + task.vegetation());
    }
    if (fits < 0) {
      return new Unassigned(
          id,
          UnassignedReason.DOES_NOT_FIT_HORIZON,
          "no eligible team has time left to finish it within its availability");
    }
    if (fitsWithinBudget < 0) {
      Earmark earmark = index.problem().earmarks().get(index.earmark(j));
      return new Unassigned(
          id,
          UnassignedReason.OVER_BUDGET,
          String.format(
              Locale.ROOT,
              "earmark %s has US$%.0f left, less than any fitting team's cost",
              earmark.id(),
              earmark.amountUsd() - spentUsd[index.earmark(j)]));
    }
    return new Unassigned(
        id,
        UnassignedReason.NOT_SCHEDULED,
        "team "
            + index.team(fitsWithinBudget).id()
            + " could finish it by day "
            + earliestEnd
            + " but it was left out");
  }
}
