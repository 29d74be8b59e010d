package org.reclaim.planner.plan;

/**
 * Key figures of a plan, computed the same way for the solver's plan and the greedy baseline by
 * {@link PlanAssembler}, so they can be set side by side.
 *
 * <p>The objective is the value-weighted completion time Σ value × completion day over assigned
 * tasks, plus, for every task left out, its value × {@link #UNASSIGNED_PENALTY_HORIZONS} × the
 * horizon: a left-out task counts as finishing at twice the horizon. Lower is better. Because an
 * assigned task finishes within the horizon, placing a task that fits always lowers the objective.
 *
 * @param objective weighted completion plus the penalty for unassigned value, value × days
 * @param weightedCompletion Σ value × completion day over assigned tasks, value × days
 * @param unassignedValue Σ value over unassigned tasks
 * @param releasedKm2By30 area of tasks completed by day 30, km²
 * @param releasedKm2By60 area of tasks completed by day 60, km²
 * @param releasedKm2By90 area of tasks completed by day 90, km²
 * @param costUsd Σ day rate × working days, US$
 * @param travelKm Σ distance from base to the first task and between consecutive tasks, km
 * @param teamUtilisation working days used ÷ available team days within the horizon, in [0, 1]
 * @param assignedCount tasks in the plan
 * @param unassignedCount tasks left out
 */
public record PlanKpis(
    double objective,
    double weightedCompletion,
    double unassignedValue,
    double releasedKm2By30,
    double releasedKm2By60,
    double releasedKm2By90,
    double costUsd,
    double travelKm,
    double teamUtilisation,
    int assignedCount,
    int unassignedCount) {

  /** A task left out counts as completed at this many horizons. */
  public static final int UNASSIGNED_PENALTY_HORIZONS = 2;

  /** The completion day charged for a task left out of a plan over {@code horizonDays}. */
  public static int unassignedPenaltyDay(int horizonDays) {
    return UNASSIGNED_PENALTY_HORIZONS * horizonDays;
  }

  /**
   * Relative improvement of this plan's objective over {@code baseline}'s: {@code 1 - this ÷
   * baseline}; 0.15 means 15 % better, negative means worse, 0 when the baseline is 0.
   */
  public double improvementOver(PlanKpis baseline) {
    return baseline.objective == 0 ? 0 : 1 - objective / baseline.objective;
  }
}
