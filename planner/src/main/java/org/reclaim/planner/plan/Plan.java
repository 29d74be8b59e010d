package org.reclaim.planner.plan;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A tasking plan: who does what when, what was left out and why, what the plan breaks, and its
 * {@link PlanKpis}. Immutable.
 *
 * @param planner which planner made it: {@code "solver"} or {@code "greedy"}
 * @param score the solver's score as text ({@code [hard]hard/[objective/travel/cost]soft}), or
 *     {@code null} for the greedy baseline
 * @param assignments tasks placed, by team then start day
 * @param unassigned tasks left out, with reasons
 * @param violations hard rules the plan breaks, one sentence each; empty for a feasible plan
 * @param kpis key figures
 */
public record Plan(
    String planner,
    @Nullable String score,
    List<Assignment> assignments,
    List<Unassigned> unassigned,
    List<String> violations,
    PlanKpis kpis) {

  public Plan {
    assignments = List.copyOf(assignments);
    unassigned = List.copyOf(unassigned);
    violations = List.copyOf(violations);
  }

  /** Whether the plan keeps every hard rule. */
  public boolean feasible() {
    return violations.isEmpty();
  }

  /** The assignment of {@code taskId}, if it is in the plan. */
  public Optional<Assignment> findAssignment(String taskId) {
    return assignments.stream().filter(a -> a.taskId().equals(taskId)).findFirst();
  }

  /** The entry for {@code taskId} if it was left out. */
  public Optional<Unassigned> findUnassigned(String taskId) {
    return unassigned.stream().filter(u -> u.taskId().equals(taskId)).findFirst();
  }
}
