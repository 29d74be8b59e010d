package org.reclaim.planner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.problem.Earmark;
import org.reclaim.planner.problem.GeoPoint;
import org.reclaim.planner.problem.PlanTask;
import org.reclaim.planner.problem.PlanTeam;
import org.reclaim.planner.problem.ProblemIndex;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * Turns an ordered task list per team into a {@link Plan}: start and end days by the {@link
 * WorkCalendar} rules, cost, travel, the hard rules broken, the reason each left-out task is out,
 * and the {@link PlanKpis}. Every planner in the module ends here, so their plans are measured
 * alike.
 *
 * <p>A task starts on the first available day on or after both the end of the team's previous task
 * and the task's release day. Tasks in progress on their own team are reported as pinned; the hard
 * rules are not applied to them (the work is a fact, not a choice), though their cost still draws
 * on their earmark.
 *
 * <p>Stateless; thread safe.
 */
public final class PlanAssembler {
  private static final double M2_PER_KM2 = 1_000_000;

  private PlanAssembler() {}

  /**
   * The plan that runs the tasks of {@code teamLists.get(t)} in order on team {@code t}.
   *
   * @param teamLists one array of task positions per team, in the problem's team order; a task
   *     appears at most once overall
   */
  public static Plan assemble(
      ProblemIndex index, String planner, @Nullable String score, List<int[]> teamLists) {
    State s = new State(index);
    for (int t = 0; t < index.teamCount(); t++) {
      scheduleTeam(s, t, teamLists.get(t));
    }
    for (int e = 0; e < s.spentUsd.length; e++) {
      Earmark earmark = index.problem().earmarks().get(e);
      if (s.spentUsd[e] > earmark.amountUsd() + 0.005) {
        s.violations.add(
            String.format(
                Locale.ROOT,
                "earmark %s (%s) overspent: US$%.0f charged against US$%.0f",
                earmark.id(),
                earmark.donor(),
                s.spentUsd[e],
                earmark.amountUsd()));
      }
    }
    List<Unassigned> unassigned = new ArrayList<>();
    double unassignedValue = 0;
    for (int j = 0; j < index.taskCount(); j++) {
      if (!s.assigned[j]) {
        unassigned.add(UnassignedDiagnosis.diagnose(index, j, s.teamEnd, s.spentUsd));
        unassignedValue += index.task(j).value();
      }
    }
    int horizon = index.problem().horizonDays();
    PlanKpis kpis =
        new PlanKpis(
            PlanObjective.of(s.weightedCompletion, unassignedValue, horizon),
            s.weightedCompletion,
            unassignedValue,
            s.releasedM2[0] / M2_PER_KM2,
            s.releasedM2[1] / M2_PER_KM2,
            s.releasedM2[2] / M2_PER_KM2,
            s.costUsd,
            s.travelKm,
            s.availableDays == 0 ? 0 : s.usedDays / (double) s.availableDays,
            s.assignments.size(),
            unassigned.size());
    return new Plan(planner, score, s.assignments, unassigned, s.violations, kpis);
  }

  private static void scheduleTeam(State s, int t, int[] list) {
    ProblemIndex index = s.index;
    PlanTeam team = index.team(t);
    WorkCalendar calendar = index.calendar(t);
    s.availableDays += calendar.availableDays();
    int previousEnd = 0;
    GeoPoint at = team.base();
    for (int j : list) {
      if (s.assigned[j]) {
        throw new IllegalArgumentException("task " + index.task(j).id() + " is placed twice");
      }
      s.assigned[j] = true;
      PlanTask task = index.task(j);
      boolean pinned = index.inProgressTeam(j) == t;
      int duration = Math.max(0, index.durationDays(j, t));
      int start = calendar.startDay(Math.max(previousEnd, index.releaseDay(j)));
      int end = calendar.endDay(start, duration);
      int overrun = calendar.overrunDays(start, duration);
      if (!pinned) {
        checkHardRules(s, j, t, overrun);
      }
      double cost = index.costUsd(j, t);
      double travel = ProblemIndex.distanceKm(at, task.location());
      at = task.location();
      int e = index.earmark(j);
      if (e >= 0) {
        s.spentUsd[e] += cost;
      }
      s.assignments.add(
          new Assignment(
              task.id(),
              team.id(),
              start,
              end,
              index.problem().date(start),
              index.problem().date(Math.max(start, end - 1)),
              duration,
              cost,
              travel,
              pinned));
      s.weightedCompletion += PlanObjective.term(task.value(), end);
      s.costUsd += cost;
      s.travelKm += travel;
      s.usedDays += duration - overrun;
      int[] marks = {30, 60, 90};
      for (int m = 0; m < marks.length; m++) {
        if (end <= marks[m] && overrun == 0) {
          s.releasedM2[m] += task.areaM2();
        }
      }
      previousEnd = end;
    }
    s.teamEnd[t] = previousEnd;
  }

  private static void checkHardRules(State s, int j, int t, int overrun) {
    String task = s.index.task(j).id();
    String team = s.index.team(t).id();
    if (!s.index.accredited(j, t)) {
      s.violations.add("team " + team + " is not accredited for task " + task);
    }
    if (s.index.durationDays(j, t) < 0) {
      s.violations.add("team " + team + " cannot work the terrain or vegetation of task " + task);
    }
    if (overrun > 0) {
      s.violations.add(
          "task "
              + task
              + " runs "
              + overrun
              + " working days past team "
              + team
              + "'s availability");
    }
  }

  /** Running totals while the plan is assembled. */
  private static final class State {
    final ProblemIndex index;
    final boolean[] assigned;
    final int[] teamEnd;
    final double[] spentUsd;
    final double[] releasedM2 = new double[3];
    final List<Assignment> assignments = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
    double weightedCompletion;
    double costUsd;
    double travelKm;
    long usedDays;
    long availableDays;

    State(ProblemIndex index) {
      this.index = index;
      assigned = new boolean[index.taskCount()];
      teamEnd = new int[index.teamCount()];
      spentUsd = new double[index.problem().earmarks().size()];
    }
  }
}
