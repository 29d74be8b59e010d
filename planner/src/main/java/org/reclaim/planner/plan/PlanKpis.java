package org.reclaim.planner.plan;

/**
 * Key figures of a plan, computed the same way for the solver's plan and the greedy baseline by
 * {@link PlanAssembler}, so they can be set side by side.
 *
 * <p>The objective is {@link PlanObjective}'s: Σ value × completion day over assigned tasks, plus
 * every left-out task's value at twice the horizon. Lower is better.
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

  /**
   * Relative improvement of this plan's objective over {@code baseline}'s: {@code 1 - this ÷
   * baseline}; 0.15 means 15 % better, negative means worse, 0 when the baseline is 0.
   */
  public double improvementOver(PlanKpis baseline) {
    return baseline.objective == 0 ? 0 : 1 - objective / baseline.objective;
  }
}
