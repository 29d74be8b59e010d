/**
 * The Timefold Solver model: {@link org.reclaim.planner.solver.TeamSchedule} entities each hold a
 * planning list variable of {@link org.reclaim.planner.solver.PlannedTask}s, whose start and end
 * days are declarative shadow variables; {@link
 * org.reclaim.planner.solver.PlannerConstraintProvider} holds the constraints.
 *
 * <p>The only package that may use {@code ai.timefold} (an ArchUnit test keeps this true); its one
 * door is {@link org.reclaim.planner.solver.TimefoldPlanner}, whose signature carries no Timefold
 * type. The entity classes are mutable and owned by the solver thread. May use: Timefold, {@code
 * problem}, {@code plan}.
 */
package org.reclaim.planner.solver;
