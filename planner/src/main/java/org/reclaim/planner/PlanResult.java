package org.reclaim.planner;

import org.reclaim.planner.plan.Plan;

/**
 * The solver's plan and the greedy baseline, measured alike, side by side.
 *
 * @param plan the solver's plan
 * @param greedy the greedy baseline for the same problem
 */
public record PlanResult(Plan plan, Plan greedy) {
  /**
   * How much better the solver's objective is than the greedy one: {@code 1 - plan ÷ greedy}, so
   * 0.15 is 15 % better; negative when worse.
   */
  public double improvementOverGreedy() {
    return plan.kpis().improvementOver(greedy.kpis());
  }
}
