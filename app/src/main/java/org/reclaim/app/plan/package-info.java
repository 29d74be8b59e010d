/**
 * Tasking plans as persisted solve jobs: {@link org.reclaim.app.plan.PlanJobService} queues a
 * problem, runs the planner on one background thread and keeps each job's status, figures and
 * documents in the store, so a job survives the request that started it and a restart of the
 * server; {@link org.reclaim.app.plan.RegisterPlanning} builds the problem from the register (the
 * best-ranked areas of a ranking run, teams, accreditations, tasks in progress, earmarks). Uses the
 * planner's public API only.
 */
package org.reclaim.app.plan;
