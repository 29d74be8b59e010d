/**
 * Domain → planner: {@link org.reclaim.planner.mapping.DomainProblemMapper} builds a {@link
 * org.reclaim.planner.problem.PlanningProblem} from teams, accreditations and ranked hazardous
 * areas ({@link org.reclaim.planner.mapping.AreaTask}) with no store in between. May use: the
 * domain module, {@code problem}.
 */
@NullMarked
package org.reclaim.planner.mapping;

import org.jspecify.annotations.NullMarked;
