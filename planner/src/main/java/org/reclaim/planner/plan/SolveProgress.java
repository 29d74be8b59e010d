package org.reclaim.planner.plan;

/**
 * A new best plan found while solving, as reported to a progress callback.
 *
 * @param elapsedMillis time since solving started, ms
 * @param hardScore the hard level: 0 when feasible, negative counts broken hard rules
 * @param objective the best plan's objective (see {@link PlanKpis#objective()}), value × days
 * @param score the full score as text
 */
public record SolveProgress(long elapsedMillis, long hardScore, double objective, String score) {
  /** Whether the best plan so far keeps every hard rule. */
  public boolean feasible() {
    return hardScore == 0;
  }
}
