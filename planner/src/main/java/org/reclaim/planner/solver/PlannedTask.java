package org.reclaim.planner.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.problem.GeoPoint;
import org.reclaim.planner.problem.ProblemIndex;

/**
 * A task as the solver moves it: an element of some {@link TeamSchedule}'s list, or unassigned.
 *
 * <p>Its team, predecessor, start day and end day are shadow variables. Start and end follow the
 * {@link org.reclaim.planner.problem.WorkCalendar} rules, so the solver's days are exactly those
 * {@link org.reclaim.planner.plan.PlanAssembler} reports. Durations and accreditation are looked up
 * by team position in arrays copied from the {@link ProblemIndex}; a team that cannot do the task
 * has duration -1 (the task then takes no time, and the suitability constraint penalises it).
 */
@PlanningEntity
public class PlannedTask {
  @PlanningId private String id;
  private int index;
  private long weight;
  private long unassignedPenalty;
  private @Nullable GeoPoint location;
  private int releaseDay;
  private int[] durationByTeam;
  private boolean[] accreditedByTeam;
  private @Nullable EarmarkFact earmark;
  private int inProgressTeam;
  private int previousTeam = -1;
  private long replanPrice;

  private @Nullable GeoPoint travelFrom;
  private long travelMetres;

  @InverseRelationShadowVariable(sourceVariableName = "tasks")
  private @Nullable TeamSchedule team;

  @PreviousElementShadowVariable(sourceVariableName = "tasks")
  private @Nullable PlannedTask previous;

  @ShadowVariable(supplierName = "startDaySupplier")
  private @Nullable Integer startDay;

  @ShadowVariable(supplierName = "endDaySupplier")
  private @Nullable Integer endDay;

  /** For the solver's cloner. */
  PlannedTask() {}

  /**
   * A task not yet on any schedule.
   *
   * @param index position of the task in the problem
   * @param weight value in score units (value × the solution's value scale)
   * @param unassignedPenalty weight × the unassigned penalty day
   * @param durationByTeam working days per team position, -1 when the team cannot do it
   * @param accreditedByTeam accreditation per team position
   * @param inProgressTeam position of the team already doing it, or -1
   */
  public PlannedTask(
      String id,
      int index,
      long weight,
      long unassignedPenalty,
      @Nullable GeoPoint location,
      int releaseDay,
      int[] durationByTeam,
      boolean[] accreditedByTeam,
      @Nullable EarmarkFact earmark,
      int inProgressTeam) {
    this.id = id;
    this.index = index;
    this.weight = weight;
    this.unassignedPenalty = unassignedPenalty;
    this.location = location;
    this.releaseDay = releaseDay;
    this.durationByTeam = durationByTeam;
    this.accreditedByTeam = accreditedByTeam;
    this.earmark = earmark;
    this.inProgressTeam = inProgressTeam;
  }

  /**
   * A copy with the same facts and shadow values; team and previous are re-pointed by the caller.
   */
  PlannedTask copy() {
    PlannedTask c =
        new PlannedTask(
            id,
            index,
            weight,
            unassignedPenalty,
            location,
            releaseDay,
            durationByTeam,
            accreditedByTeam,
            earmark,
            inProgressTeam);
    c.previousTeam = previousTeam;
    c.replanPrice = replanPrice;
    c.startDay = startDay;
    c.endDay = endDay;
    return c;
  }

  void setTeam(@Nullable TeamSchedule team) {
    this.team = team;
  }

  void setPrevious(@Nullable PlannedTask previous) {
    this.previous = previous;
  }

  @ShadowSources({"team", "previous.endDay"})
  private @Nullable Integer startDaySupplier() {
    if (team == null) {
      return null;
    }
    Integer previousEnd = previous == null ? Integer.valueOf(0) : previous.getEndDay();
    if (previousEnd == null) {
      return null;
    }
    return team.getCalendar().startDay(Math.max(previousEnd, releaseDay));
  }

  @ShadowSources({"team", "startDay"})
  private @Nullable Integer endDaySupplier() {
    if (team == null || startDay == null) {
      return null;
    }
    return team.getCalendar().endDay(startDay, getDurationDays());
  }

  /**
   * Re-planning: the position of the team the task had in the plan being replaced, or -1 (a fresh
   * solve, or a task new to the plan).
   */
  public int getPreviousTeam() {
    return previousTeam;
  }

  void setPreviousTeam(int previousTeam) {
    this.previousTeam = previousTeam;
  }

  /**
   * Re-planning: what moving the task off its team in the plan being replaced costs on the
   * objective level, in the same scaled units as value × days (0 on a fresh solve).
   */
  public long getReplanPrice() {
    return replanPrice;
  }

  void setReplanPrice(long replanPrice) {
    this.replanPrice = replanPrice;
  }

  /** Whether the task had a team in the plan being replaced and is no longer in plan on it. */
  public boolean isMovedFromPreviousTeam() {
    return previousTeam >= 0 && (!isInPlan() || team == null || team.getIndex() != previousTeam);
  }

  public String getId() {
    return id;
  }

  public int getIndex() {
    return index;
  }

  public long getWeight() {
    return weight;
  }

  public long getUnassignedPenalty() {
    return unassignedPenalty;
  }

  public @Nullable EarmarkFact getEarmark() {
    return earmark;
  }

  public @Nullable TeamSchedule getTeam() {
    return team;
  }

  public @Nullable PlannedTask getPrevious() {
    return previous;
  }

  public @Nullable Integer getStartDay() {
    return startDay;
  }

  public @Nullable Integer getEndDay() {
    return endDay;
  }

  /** Whether the task is on a schedule and its days are known. */
  public boolean isScheduled() {
    return team != null && endDay != null;
  }

  /**
   * Whether the task will be in the plan: scheduled, and either finishing within its team's
   * availability or already in progress. A task that would run past the availability is dropped
   * from the plan ({@link SolutionMapper#teamLists}) and scored as left out.
   */
  public boolean isInPlan() {
    return isScheduled() && (isPinned() || getOverrunDays() == 0);
  }

  /** Whether the task is on a schedule but runs past its team's availability, so it is dropped. */
  public boolean isBeyondAvailability() {
    return isScheduled() && !isPinned() && getOverrunDays() > 0;
  }

  /** Whether the task is in progress on the team it is assigned to. */
  public boolean isPinned() {
    return team != null && team.getIndex() == inProgressTeam;
  }

  /** Whether the assigned team is accredited for the task; false when unassigned. */
  public boolean isAccredited() {
    return team != null && accreditedByTeam[team.getIndex()];
  }

  /** Whether the assigned team can work the task's terrain and vegetation; false if unassigned. */
  public boolean isSuitable() {
    return team != null && durationByTeam[team.getIndex()] >= 0;
  }

  /** Working days on the assigned team; 0 when unassigned or unsuitable. */
  public int getDurationDays() {
    return team == null ? 0 : Math.max(0, durationByTeam[team.getIndex()]);
  }

  /** Working days past the team's availability; 0 when it fits or is unscheduled. */
  public int getOverrunDays() {
    return isScheduled() ? team.getCalendar().overrunDays(startDay, getDurationDays()) : 0;
  }

  /** Day rate × working days on the assigned team, US cents. */
  public long getCostCents() {
    return team == null ? 0 : Math.round(team.getDayRateUsd() * getDurationDays() * 100);
  }

  /** Distance from the previous task (or the team base), metres; 0 when a location is unknown. */
  public long getTravelMetres() {
    if (team == null) {
      return 0;
    }
    GeoPoint from = previous == null ? team.getBase() : previous.location;
    // the score asks again and again for the same leg: remember the last one (haversine is dear)
    if (from != travelFrom) {
      travelFrom = from;
      travelMetres = Math.round(ProblemIndex.distanceKm(from, location) * 1000);
    }
    return travelMetres;
  }

  @Override
  public String toString() {
    return id;
  }
}
