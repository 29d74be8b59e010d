package org.reclaim.planner.plan;

/**
 * One line of a plan's score analysis: how much one constraint weighs in the solver's score, so a
 * planner can see which rules bind.
 *
 * @param constraint the constraint's name (see {@code docs/planner.md})
 * @param level {@code hard}, {@code objective}, {@code stability}, {@code travel} or {@code cost}
 * @param penalty total penalty in the level's unit: broken-rule units for hard, value × days for
 *     the objective, tasks moved off their team for stability (re-planning only), metres for
 *     travel, US cents for cost; {@code >= 0}
 * @param matches how many tasks (or earmarks) it penalises
 */
public record ConstraintScore(String constraint, String level, double penalty, int matches) {}
