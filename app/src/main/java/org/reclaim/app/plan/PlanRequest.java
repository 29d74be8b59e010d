package org.reclaim.app.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What to plan from the register: the settings of one plan job, as the API's {@code POST
 * /api/v1/plans/from-register} body, {@code reclaim plan --from-register} and the plan board send
 * them. Every field may be {@code null}: then the previous job's value (when re-planning) or the
 * default applies.
 *
 * @param rankingRunId the ranking run whose best areas are planned; default the latest run
 * @param profile with no run id: rank afresh under this policy profile first
 * @param horizonStart day 0 of the plan; default today
 * @param horizonDays length of the horizon, days; default {@value #DEFAULT_HORIZON_DAYS}
 * @param timeLimitSeconds solver time limit; default {@value #DEFAULT_TIME_LIMIT_S}
 * @param maxAreas how many of the best-ranked areas to plan; default {@value #DEFAULT_MAX_AREAS}
 * @param maxTaskAreaM2 areas larger than this are split into tasks of about this size, m²
 * @param previousJobId re-plan: start from this job's plan and report how many assignments moved
 * @param replanPriceDays re-plan only: days of a task's value paid for moving a task of the
 *     previous plan to another team; default {@link
 *     org.reclaim.planner.plan.SolveOptions#DEFAULT_REPLAN_PRICE_DAYS}
 */
public record PlanRequest(
    @Nullable Long rankingRunId,
    @Nullable String profile,
    @Nullable LocalDate horizonStart,
    @Nullable Integer horizonDays,
    @Nullable Integer timeLimitSeconds,
    @Nullable Integer maxAreas,
    @Nullable Double maxTaskAreaM2,
    @Nullable Long previousJobId,
    @Nullable Double replanPriceDays) {
  /** Horizon when neither the request nor the previous job says, days. */
  public static final int DEFAULT_HORIZON_DAYS = 90;

  /** Solver time limit when neither the request nor the previous job says, s. */
  public static final int DEFAULT_TIME_LIMIT_S = 30;

  /** Areas planned when neither the request nor the previous job says. */
  public static final int DEFAULT_MAX_AREAS = 200;

  /** Largest number of areas one request may plan. */
  public static final int MAX_AREAS = 5_000;
}
