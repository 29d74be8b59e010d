/**
 * The tasking planner: assigns tasks (a release method on a hazardous area) to teams over a
 * horizon, minimising value-weighted completion time, then travel, then cost, and reports the
 * greedy baseline beside it.
 *
 * <p>Entry point: {@link org.reclaim.planner.PlannerService}. Input is a {@link
 * org.reclaim.planner.problem.PlanningProblem} (built from domain objects by {@code mapping} or
 * read from {@code problem.json} by {@code json}); output is a {@link
 * org.reclaim.planner.PlanResult} of two {@link org.reclaim.planner.plan.Plan}s.
 *
 * <p>Sub-packages: {@code problem} (input records and the calendar arithmetic), {@code plan}
 * (results, KPIs, options), {@code greedy} (baseline), {@code solver} (Timefold model and
 * constraints; the only package that may use Timefold), {@code json} (problem.json; the only
 * package that may use Jackson), {@code mapping} (domain → problem). May use: the domain module;
 * never the store, the app or other engines (an ArchUnit test keeps this true).
 */
package org.reclaim.planner;
