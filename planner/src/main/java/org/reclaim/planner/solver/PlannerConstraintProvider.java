package org.reclaim.planner.solver;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import org.reclaim.planner.plan.PlanObjective;

/**
 * The tasking constraints. Score levels, compared in order:
 *
 * <ol>
 *   <li><b>hard</b>: broken rules. 1 per task on a team not accredited for it, 1 per task on a team
 *       that cannot work its terrain, 1 per started US$1,000 an earmark is overspent. Tasks in
 *       progress are not judged (they are facts). A task that would run past its team's
 *       availability is dropped from the plan and priced as left out (soft 0).
 *   <li><b>soft 0, objective</b>: Σ value × completion day over assigned tasks, plus value × 2 ×
 *       horizon for each task left out ({@link org.reclaim.planner.plan.PlanKpis}), in value units
 *       scaled by the solution's value scale. Re-planning adds the price of each task of the plan
 *       being replaced that no longer stays on its team (or in the plan): {@link
 *       org.reclaim.planner.plan.SolveOptions#replanPriceDays} days of its value, so a task moves
 *       only for a gain larger than that.
 *   <li><b>soft 1, stability</b> (re-planning only): 1 per task of the plan being replaced that no
 *       longer stays on its team, so the search moves a task only for a better objective, never for
 *       less driving or a cheaper team.
 *   <li><b>soft 2, travel</b>: metres from base to the first task and between consecutive tasks.
 *   <li><b>soft 3, cost</b>: day rate × working days, US cents.
 * </ol>
 *
 * <p>"A task is done by one team at a time" and "a team does one task at a time" need no
 * constraint: every task sits in at most one team's list and a list is worked in order.
 */
public final class PlannerConstraintProvider implements ConstraintProvider {
  /** Hard: IMAS 07.30 §4, a team works only with a method and in a region it is accredited for. */
  public static final String TEAM_ACCREDITED = "Team accredited for method and region";

  /** Hard: the team type can work the terrain and vegetation (it has a productivity for them). */
  public static final String TEAM_SUITS_TERRAIN = "Team suits terrain and vegetation";

  /**
   * A task is worked on days the team is available, within the horizon. Kept by construction: a
   * task that would run past its team's availability is dropped from the plan, and the score prices
   * it on soft level 0 exactly as a task left out. (As a hard penalty it walled the search in: on a
   * full schedule every insertion was infeasible, so the solver could not trade a long task for two
   * short ones.)
   */
  public static final String WITHIN_AVAILABILITY = "Task within team availability";

  /** Hard: the tasks charged to an earmark cost no more than it holds. */
  public static final String EARMARK_BUDGET = "Earmark budget not exceeded";

  /** Soft 0: release valuable land early. */
  public static final String WEIGHTED_COMPLETION = "Value-weighted completion";

  /** Soft 0: a task left out counts as completed at twice the horizon. */
  public static final String UNASSIGNED_TASK = "Task left unassigned";

  /** Soft 0: re-planning moves a task off its team only for a gain larger than its price. */
  public static final String REPLAN_PRICE = "Re-planning price of a task moved off its team";

  /** Soft 1: re-planning changes as little as needed. */
  public static final String KEEP_PREVIOUS_TEAM = "Task stays on its team when re-planning";

  /** Soft 2: less driving between sites. */
  public static final String TRAVEL = "Travel between tasks";

  /** Soft 3: cheaper teams when all else is equal. */
  public static final String COST = "Team cost";

  private static final int HARD_LEVELS = 1;
  private static final int SOFT_LEVELS = 4;
  private static final BendableLongScore HARD =
      BendableLongScore.ofHard(HARD_LEVELS, SOFT_LEVELS, 0, 1);
  private static final BendableLongScore OBJECTIVE = soft(0);
  private static final BendableLongScore STABILITY = soft(1);
  private static final BendableLongScore TRAVEL_LEVEL = soft(2);
  private static final BendableLongScore COST_LEVEL = soft(3);

  private static BendableLongScore soft(int level) {
    return BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, level, 1);
  }

  /** The soft level a constraint scores on, or -1 for the hard level. */
  static int levelOf(String constraint) {
    return switch (constraint) {
      case WEIGHTED_COMPLETION, UNASSIGNED_TASK, WITHIN_AVAILABILITY, REPLAN_PRICE -> 0;
      case KEEP_PREVIOUS_TEAM -> 1;
      case TRAVEL -> 2;
      case COST -> 3;
      default -> -1;
    };
  }

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      teamAccredited(factory),
      teamSuitsTerrain(factory),
      withinAvailability(factory),
      earmarkBudget(factory),
      weightedCompletion(factory),
      unassignedTask(factory),
      replanPrice(factory),
      keepPreviousTeam(factory),
      travel(factory),
      cost(factory)
    };
  }

  Constraint teamAccredited(ConstraintFactory factory) {
    return factory
        .forEach(PlannedTask.class)
        .filter(t -> t.getTeam() != null && !t.isPinned() && !t.isAccredited())
        .penalizeLong(HARD, t -> 1)
        .justifyWith((t, s) -> justify(t, 1, "team is not accredited for the method and region"))
        .asConstraint(TEAM_ACCREDITED);
  }

  Constraint teamSuitsTerrain(ConstraintFactory factory) {
    return factory
        .forEach(PlannedTask.class)
        .filter(t -> t.getTeam() != null && !t.isPinned() && !t.isSuitable())
        .penalizeLong(HARD, t -> 1)
        .justifyWith((t, s) -> justify(t, 1, "team cannot work this terrain and vegetation"))
        .asConstraint(TEAM_SUITS_TERRAIN);
  }

  Constraint withinAvailability(ConstraintFactory factory) {
    return factory
        .forEach(PlannedTask.class)
        .filter(PlannedTask::isBeyondAvailability)
        .penalizeLong(OBJECTIVE, PlannedTask::getUnassignedPenalty)
        .justifyWith(
            (t, s) ->
                justify(
                    t,
                    t.getUnassignedPenalty(),
                    "runs past the team's availability: dropped from the plan, priced as left out"))
        .asConstraint(WITHIN_AVAILABILITY);
  }

  Constraint earmarkBudget(ConstraintFactory factory) {
    return factory
        .forEach(PlannedTask.class)
        .filter(t -> t.isInPlan() && t.getEarmark() != null)
        .groupBy(PlannedTask::getEarmark, ConstraintCollectors.sumLong(PlannedTask::getCostCents))
        .filter((earmark, charged) -> charged > earmark.getAmountCents())
        .penalizeLong(
            HARD, (earmark, charged) -> (charged - earmark.getAmountCents() + 99_999) / 100_000)
        .justifyWith(
            (earmark, charged, s) ->
                new EarmarkJustification(earmark.getId(), charged, earmark.getAmountCents()))
        .asConstraint(EARMARK_BUDGET);
  }

  Constraint weightedCompletion(ConstraintFactory factory) {
    return factory
        .forEach(PlannedTask.class)
        .filter(PlannedTask::isInPlan)
        .penalizeLong(OBJECTIVE, t -> PlanObjective.term(t.getWeight(), t.getEndDay()))
        .justifyWith(
            (t, s) ->
                justify(
                    t, PlanObjective.term(t.getWeight(), t.getEndDay()), "value × completion day"))
        .asConstraint(WEIGHTED_COMPLETION);
  }

  Constraint unassignedTask(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(PlannedTask.class)
        .filter(t -> t.getTeam() == null)
        .penalizeLong(OBJECTIVE, PlannedTask::getUnassignedPenalty)
        .justifyWith((t, s) -> justify(t, t.getUnassignedPenalty(), "left out of the plan"))
        .asConstraint(UNASSIGNED_TASK);
  }

  Constraint replanPrice(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(PlannedTask.class)
        .filter(t -> t.getReplanPrice() > 0 && t.isMovedFromPreviousTeam())
        .penalizeLong(OBJECTIVE, PlannedTask::getReplanPrice)
        .justifyWith(
            (t, s) ->
                justify(t, t.getReplanPrice(), "moved off its team in the plan being replaced"))
        .asConstraint(REPLAN_PRICE);
  }

  Constraint keepPreviousTeam(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(PlannedTask.class)
        .filter(PlannedTask::isMovedFromPreviousTeam)
        .penalizeLong(STABILITY, t -> 1)
        .justifyWith((t, s) -> justify(t, 1, "moved off its team in the plan being replaced"))
        .asConstraint(KEEP_PREVIOUS_TEAM);
  }

  Constraint travel(ConstraintFactory factory) {
    return factory
        .forEach(PlannedTask.class)
        .filter(t -> t.isInPlan() && t.getTravelMetres() > 0)
        .penalizeLong(TRAVEL_LEVEL, PlannedTask::getTravelMetres)
        .justifyWith((t, s) -> justify(t, t.getTravelMetres(), "metres from the previous site"))
        .asConstraint(TRAVEL);
  }

  Constraint cost(ConstraintFactory factory) {
    return factory
        .forEach(PlannedTask.class)
        .filter(t -> t.isInPlan() && t.getCostCents() > 0)
        .penalizeLong(COST_LEVEL, PlannedTask::getCostCents)
        .justifyWith((t, s) -> justify(t, t.getCostCents(), "US cents of team time"))
        .asConstraint(COST);
  }

  private static TaskJustification justify(PlannedTask t, long amount, String reason) {
    return new TaskJustification(
        t.getId(), t.getTeam() == null ? null : t.getTeam().getId(), amount, reason);
  }
}
