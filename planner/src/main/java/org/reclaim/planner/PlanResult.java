package org.reclaim.planner;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reclaim.planner.plan.ConstraintScore;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanChanges;

/**
 * The solver's plan and the greedy baseline, measured alike, side by side, with the solver's score
 * analysis.
 *
 * @param plan the solver's plan
 * @param greedy the greedy baseline for the same problem
 * @param analysis the solver's score by constraint, heaviest first within each level
 * @param changes for a re-plan, how the plan differs from the one it replaces; else {@code null}
 */
public record PlanResult(
    Plan plan, Plan greedy, List<ConstraintScore> analysis, @Nullable PlanChanges changes) {
  public PlanResult {
    analysis = List.copyOf(analysis);
  }

  /**
   * How much better the solver's objective is than the greedy one: {@code 1 - plan ÷ greedy}, so
   * 0.15 is 15 % better; negative when worse.
   */
  public double improvementOverGreedy() {
    return plan.kpis().improvementOver(greedy.kpis());
  }
}
