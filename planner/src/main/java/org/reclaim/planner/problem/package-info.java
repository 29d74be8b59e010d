/**
 * The planner's input: {@link org.reclaim.planner.problem.PlanningProblem} with its teams, tasks
 * and earmarks as plain immutable records, plus the rules every planner in the module shares —
 * eligibility and duration ({@link org.reclaim.planner.problem.PlanTeam}), the working-day
 * arithmetic ({@link org.reclaim.planner.problem.WorkCalendar}) and the precomputed lookups ({@link
 * org.reclaim.planner.problem.ProblemIndex}).
 *
 * <p>Units: days are whole days from the horizon start (day 0); areas m²; money US$; distances km.
 * May use: the JDK and the domain module.
 */
@NullMarked
package org.reclaim.planner.problem;

import org.jspecify.annotations.NullMarked;
