/**
 * Tasking planner solve jobs as stored records: {@link org.reclaim.store.jobs.PlanJob} (status and
 * headline figures) and {@link org.reclaim.store.jobs.PlanDocument} (the problem, the plan and the
 * score analysis as JSON text). Plain records and their table mappings; no planner types, so the
 * store does not depend on the planner.
 */
package org.reclaim.store.jobs;
