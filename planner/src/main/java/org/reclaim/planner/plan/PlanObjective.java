package org.reclaim.planner.plan;

/**
 * The tasking objective, defined once (docs/planner.md, "Objective"): the value-weighted completion
 * time Σ value × completion day over the tasks in the plan, plus, for every task left out, its
 * value × the left-out day ({@value #UNASSIGNED_PENALTY_HORIZONS} × the horizon: a task left out
 * counts as finishing at twice the horizon). Lower is better; because a planned task finishes
 * within the horizon, placing a task that fits always lowers it.
 *
 * <p>The Timefold constraints, the greedy baseline and its improver, the KPIs ({@link
 * PlanKpis#objective()}) and the benchmark's exact reference and lower bounds all compute their
 * terms here, so that every figure set side by side measures the same thing. The solver works in
 * whole numbers (values scaled to {@code long} weights), the rest in doubles; both forms are here.
 */
public final class PlanObjective {
  /** A task left out counts as completed at this many horizons. */
  public static final int UNASSIGNED_PENALTY_HORIZONS = 2;

  private PlanObjective() {}

  /** The completion day charged for a task left out of a plan over {@code horizonDays}. */
  public static int leftOutDay(int horizonDays) {
    return UNASSIGNED_PENALTY_HORIZONS * horizonDays;
  }

  /**
   * A task's term: value × the day it counts as completed — its completion day when planned (day 0
   * is the horizon's first), {@link #leftOutDay} when left out.
   */
  public static double term(double value, int completionDay) {
    return value * completionDay;
  }

  /** {@link #term(double, int)} for the solver's whole-number weights. */
  public static long term(long weight, int completionDay) {
    return weight * completionDay;
  }

  /** A left-out task's term: value × {@link #leftOutDay}. */
  public static double leftOut(double value, int horizonDays) {
    return term(value, leftOutDay(horizonDays));
  }

  /** {@link #leftOut(double, int)} for the solver's whole-number weights. */
  public static long leftOut(long weight, int horizonDays) {
    return term(weight, leftOutDay(horizonDays));
  }

  /**
   * The objective of a plan from its two sums.
   *
   * @param weightedCompletion Σ {@link #term} over the planned tasks
   * @param unassignedValue Σ value over the tasks left out
   */
  public static double of(double weightedCompletion, double unassignedValue, int horizonDays) {
    return weightedCompletion + leftOut(unassignedValue, horizonDays);
  }
}
