package org.reclaim.planner.solver;

import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;
import java.util.ArrayList;
import java.util.List;

/**
 * Clones a {@link TaskingSolution} for the solver's best solution: new tasks and team schedules
 * with every planning and shadow value copied and every reference re-pointed at the clones; facts
 * (calendars, duration tables, earmarks) are shared. Written by hand because the generic cloner
 * copied each team's eligible-task list element by element on every new best solution; here those
 * lists are {@link TaskSubset}s re-pointed in O(1). Tasks and teams must have distinct problem
 * positions ({@code getIndex()}), as {@link SolutionMapper} gives them.
 */
public final class TaskingSolutionCloner implements SolutionCloner<TaskingSolution> {
  /** For Timefold, which instantiates it. */
  public TaskingSolutionCloner() {}

  @Override
  public TaskingSolution cloneSolution(TaskingSolution original) {
    List<PlannedTask> tasks = original.getTasks();
    // tasks and teams are addressed by their problem positions: arrays, not hash maps
    int maxIndex = 0;
    for (PlannedTask t : tasks) {
      maxIndex = Math.max(maxIndex, t.getIndex());
    }
    PlannedTask[] taskClone = new PlannedTask[maxIndex + 1];
    List<PlannedTask> taskClones = new ArrayList<>(tasks.size());
    for (PlannedTask t : tasks) {
      PlannedTask c = t.copy();
      taskClone[t.getIndex()] = c;
      taskClones.add(c);
    }
    List<TeamSchedule> teams = original.getTeams();
    TeamSchedule[] teamClone = new TeamSchedule[teams.size()];
    List<TeamSchedule> teamClones = new ArrayList<>(teams.size());
    for (TeamSchedule team : teams) {
      TeamSchedule c = team.copy();
      List<PlannedTask> list = new ArrayList<>(team.getTasks().size());
      for (PlannedTask t : team.getTasks()) {
        list.add(taskClone[t.getIndex()]);
      }
      c.setTasks(list);
      if (team.getEligibleTasks() instanceof TaskSubset subset) {
        c.setEligibleTasks(subset.over(taskClones));
      } else {
        List<PlannedTask> mapped = new ArrayList<>(team.getEligibleTasks().size());
        for (PlannedTask t : team.getEligibleTasks()) {
          mapped.add(taskClone[t.getIndex()]);
        }
        c.setEligibleTasks(mapped);
      }
      teamClone[team.getIndex()] = c;
      teamClones.add(c);
    }
    for (PlannedTask t : tasks) {
      PlannedTask c = taskClone[t.getIndex()];
      c.setTeam(t.getTeam() == null ? null : teamClone[t.getTeam().getIndex()]);
      c.setPrevious(t.getPrevious() == null ? null : taskClone[t.getPrevious().getIndex()]);
    }
    TaskingSolution clone = new TaskingSolution(teamClones, taskClones, original.getEarmarks());
    if (original.getScore() != null) {
      clone.setScore(original.getScore());
    }
    return clone;
  }
}
