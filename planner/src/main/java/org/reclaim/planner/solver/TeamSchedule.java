package org.reclaim.planner.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.problem.GeoPoint;
import org.reclaim.planner.problem.WorkCalendar;

/**
 * One team and the ordered tasks it will do: the genuine planning variable. The list order is the
 * order of work, so a team does one task at a time and each task has one team by construction.
 *
 * <p>The first {@link #getPinnedCount()} tasks are in progress and stay where they are ({@link
 * PlanningPinToIndex}): re-planning may append to or reorder what follows them, never move them.
 */
@PlanningEntity
public class TeamSchedule {
  static final String ELIGIBLE_TASKS = "eligibleTasks";

  @PlanningId private String id;
  private int index;
  private WorkCalendar calendar;
  private double dayRateUsd;
  private @Nullable GeoPoint base;

  /**
   * The tasks this team may be given (accredited and able to work the ground, or already doing it):
   * the solver's moves only ever put these in its list, so no search time goes on moves the
   * eligibility rules would reject.
   */
  @ValueRangeProvider(id = ELIGIBLE_TASKS)
  private List<PlannedTask> eligibleTasks = new ArrayList<>();

  @PlanningListVariable(valueRangeProviderRefs = ELIGIBLE_TASKS, allowsUnassignedValues = true)
  private List<PlannedTask> tasks = new ArrayList<>();

  @PlanningPinToIndex private int pinnedCount;

  /** For the solver's cloner. */
  TeamSchedule() {}

  /**
   * A team with an empty schedule.
   *
   * @param index position of the team in the problem (indexes the tasks' duration tables)
   */
  public TeamSchedule(
      String id, int index, WorkCalendar calendar, double dayRateUsd, @Nullable GeoPoint base) {
    this.id = id;
    this.index = index;
    this.calendar = calendar;
    this.dayRateUsd = dayRateUsd;
    this.base = base;
  }

  /** A copy with the same facts and pin; the lists are set by the caller. */
  TeamSchedule copy() {
    TeamSchedule c = new TeamSchedule(id, index, calendar, dayRateUsd, base);
    c.pinnedCount = pinnedCount;
    return c;
  }

  public String getId() {
    return id;
  }

  public int getIndex() {
    return index;
  }

  public WorkCalendar getCalendar() {
    return calendar;
  }

  public double getDayRateUsd() {
    return dayRateUsd;
  }

  public @Nullable GeoPoint getBase() {
    return base;
  }

  public List<PlannedTask> getTasks() {
    return tasks;
  }

  public void setTasks(List<PlannedTask> tasks) {
    this.tasks = tasks;
  }

  public List<PlannedTask> getEligibleTasks() {
    return eligibleTasks;
  }

  public void setEligibleTasks(List<PlannedTask> eligibleTasks) {
    this.eligibleTasks = eligibleTasks;
  }

  public int getPinnedCount() {
    return pinnedCount;
  }

  public void setPinnedCount(int pinnedCount) {
    this.pinnedCount = pinnedCount;
  }

  @Override
  public String toString() {
    return id;
  }
}
