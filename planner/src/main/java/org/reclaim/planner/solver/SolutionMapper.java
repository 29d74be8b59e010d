package org.reclaim.planner.solver;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.plan.PlanObjective;
import org.reclaim.planner.problem.Earmark;
import org.reclaim.planner.problem.PlanTask;
import org.reclaim.planner.problem.PlanTeam;
import org.reclaim.planner.problem.ProblemIndex;

/**
 * Maps an indexed problem into a {@link TaskingSolution} and the solved schedules back to task
 * positions per team. Tasks no team is eligible for stay out of the solver (they can only be left
 * out) and are reported by {@link org.reclaim.planner.plan.PlanAssembler}.
 */
final class SolutionMapper {
  /** Upper bound for the worst objective in score units, far below {@link Long#MAX_VALUE}. */
  private static final double MAX_OBJECTIVE_UNITS = 1e15;

  private SolutionMapper() {}

  /**
   * The value scale: a power of ten that turns values into whole score units with as many digits
   * kept as the worst possible objective allows without overflow.
   */
  static double valueScale(ProblemIndex index) {
    double total = 0;
    for (int j = 0; j < index.taskCount(); j++) {
      total += index.task(j).value();
    }
    double worst = total * PlanObjective.leftOutDay(index.problem().horizonDays()) + 1;
    int exponent = (int) Math.floor(Math.log10(MAX_OBJECTIVE_UNITS / worst));
    return Math.pow(10, Math.max(-6, Math.min(6, exponent)));
  }

  /**
   * The solution, with tasks in progress pinned at the head of their team's list and, if given, the
   * other tasks placed as in {@code warmStart}.
   */
  static TaskingSolution toSolution(ProblemIndex index, @Nullable List<int[]> warmStart) {
    double scale = valueScale(index);
    int penaltyDay = PlanObjective.leftOutDay(index.problem().horizonDays());
    List<EarmarkFact> earmarks = new ArrayList<>();
    for (Earmark e : index.problem().earmarks()) {
      earmarks.add(new EarmarkFact(e.id(), (long) Math.floor(e.amountUsd() * 100 + 1e-6)));
    }
    List<TeamSchedule> teams = new ArrayList<>();
    for (int t = 0; t < index.teamCount(); t++) {
      PlanTeam team = index.team(t);
      teams.add(new TeamSchedule(team.id(), t, index.calendar(t), team.dayRateUsd(), team.base()));
    }
    PlannedTask[] byIndex = new PlannedTask[index.taskCount()];
    List<PlannedTask> tasks = new ArrayList<>();
    for (int j = 0; j < index.taskCount(); j++) {
      if (!anyEligible(index, j) && index.inProgressTeam(j) < 0) {
        continue;
      }
      byIndex[j] = plannedTask(index, j, scale, penaltyDay, earmarks);
      tasks.add(byIndex[j]);
      int t = index.inProgressTeam(j);
      if (t >= 0) {
        TeamSchedule team = teams.get(t);
        team.getTasks().add(byIndex[j]);
        team.setPinnedCount(team.getPinnedCount() + 1);
      }
    }
    List<List<Integer>> eligible = new ArrayList<>();
    teams.forEach(t -> eligible.add(new ArrayList<>()));
    for (int position = 0; position < tasks.size(); position++) {
      int j = tasks.get(position).getIndex();
      for (int t = 0; t < teams.size(); t++) {
        if (index.eligible(j, t) || index.inProgressTeam(j) == t) {
          eligible.get(t).add(position);
        }
      }
    }
    for (int t = 0; t < teams.size(); t++) {
      int[] positions = eligible.get(t).stream().mapToInt(Integer::intValue).toArray();
      teams.get(t).setEligibleTasks(new TaskSubset(positions, tasks));
    }
    if (warmStart != null) {
      for (int t = 0; t < teams.size(); t++) {
        for (int j : warmStart.get(t)) {
          if (index.inProgressTeam(j) < 0 && byIndex[j] != null) {
            teams.get(t).getTasks().add(byIndex[j]);
          }
        }
      }
    }
    return new TaskingSolution(teams, tasks, earmarks);
  }

  /**
   * Records each task's team in the solution as the team of the plan being replaced, and the price
   * of moving it off that team: {@code priceDays} days of its value.
   */
  static void markPreviousTeams(TaskingSolution solution, double priceDays) {
    for (TeamSchedule team : solution.getTeams()) {
      for (PlannedTask task : team.getTasks()) {
        task.setPreviousTeam(team.getIndex());
        task.setReplanPrice(Math.round(task.getWeight() * priceDays));
      }
    }
  }

  private static PlannedTask plannedTask(
      ProblemIndex index, int j, double scale, int penaltyDay, List<EarmarkFact> earmarks) {
    PlanTask task = index.task(j);
    int teams = index.teamCount();
    int[] durations = new int[teams];
    boolean[] accredited = new boolean[teams];
    for (int t = 0; t < teams; t++) {
      durations[t] = index.durationDays(j, t);
      accredited[t] = index.accredited(j, t);
    }
    long weight = Math.round(task.value() * scale);
    int e = index.earmark(j);
    return new PlannedTask(
        task.id(),
        j,
        weight,
        PlanObjective.term(weight, penaltyDay),
        task.location(),
        index.releaseDay(j),
        durations,
        accredited,
        e < 0 ? null : earmarks.get(e),
        index.inProgressTeam(j));
  }

  private static boolean anyEligible(ProblemIndex index, int j) {
    for (int t = 0; t < index.teamCount(); t++) {
      if (index.eligible(j, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The objective penalty of the tasks kept out of {@code solution} because no team is eligible
   * (value × penalty day), which the score does not hold; in value × days.
   */
  static double penaltyOfTasksLeftOut(ProblemIndex index, TaskingSolution solution) {
    boolean[] in = new boolean[index.taskCount()];
    solution.getTasks().forEach(t -> in[t.getIndex()] = true);
    double value = 0;
    for (int j = 0; j < index.taskCount(); j++) {
      value += in[j] ? 0 : index.task(j).value();
    }
    return PlanObjective.leftOut(value, index.problem().horizonDays());
  }

  /**
   * Task positions per team, in list order, without the tasks that would run past the team's
   * availability (always a tail of the list: once a task ends past the horizon, all after it do).
   */
  static List<int[]> teamLists(TaskingSolution solution) {
    return solution.getTeams().stream()
        .map(
            team ->
                team.getTasks().stream()
                    .filter(PlannedTask::isInPlan)
                    .mapToInt(PlannedTask::getIndex)
                    .toArray())
        .toList();
  }
}
