/**
 * Plans and how they are asked for: {@link org.reclaim.planner.plan.Plan} (assignments, tasks left
 * out with a reason, hard rules broken, {@link org.reclaim.planner.plan.PlanKpis}), {@link
 * org.reclaim.planner.plan.SolveOptions} and {@link org.reclaim.planner.plan.SolveProgress}.
 *
 * <p>{@link org.reclaim.planner.plan.PlanAssembler} is the one place a schedule becomes a plan, so
 * the solver's plan and the greedy baseline are measured the same way. May use: {@code problem},
 * the JDK.
 */
@NullMarked
package org.reclaim.planner.plan;

import org.jspecify.annotations.NullMarked;
