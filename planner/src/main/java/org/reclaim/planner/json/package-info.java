/**
 * The generic scheduling file format: {@link org.reclaim.planner.json.ProblemJson} reads and writes
 * {@code problem.json} (weighted jobs, per-team durations or eligibility, release days, team
 * availability), {@link org.reclaim.planner.json.PlanJson} writes the schedule and its objective.
 * Format and example: the module README.
 *
 * <p>The only package that may use Jackson. May use: {@code problem}, {@code plan}, the root
 * package's {@link org.reclaim.planner.PlanResult}.
 */
@NullMarked
package org.reclaim.planner.json;

import org.jspecify.annotations.NullMarked;
