package org.reclaim.planner.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a new plan differs from the one it replaces: re-planning should change as little as
 * needed, and this says how little it did.
 *
 * @param kept tasks on the same team, starting the same day
 * @param moved tasks still planned, but on another team or another day
 * @param added tasks planned now and not before
 * @param dropped tasks planned before and not now (left out, or no longer in the problem)
 * @param reassigned of the moved tasks, those on another team — what a team leader feels most: a
 *     task that only starts another day stays with the team that prepared for it
 */
public record PlanChanges(int kept, int moved, int added, int dropped, int reassigned) {
  /** One line of a previous plan: which team started which task on which day. */
  public record Previous(String taskId, String teamId, int startDay) {}

  /** The changes from {@code before} to {@code after}. */
  public static PlanChanges between(List<Previous> before, Plan after) {
    Map<String, Previous> old = new HashMap<>();
    before.forEach(p -> old.put(p.taskId(), p));
    int kept = 0;
    int moved = 0;
    int added = 0;
    int reassigned = 0;
    for (Assignment a : after.assignments()) {
      Previous p = old.remove(a.taskId());
      if (p == null) {
        added++;
      } else if (p.teamId().equals(a.teamId()) && p.startDay() == a.startDay()) {
        kept++;
      } else {
        moved++;
        if (!p.teamId().equals(a.teamId())) {
          reassigned++;
        }
      }
    }
    return new PlanChanges(kept, moved, added, old.size(), reassigned);
  }

  /** The previous plan's lines, from a plan. */
  public static List<Previous> of(Plan plan) {
    return plan.assignments().stream()
        .map(a -> new Previous(a.taskId(), a.teamId(), a.startDay()))
        .toList();
  }
}
