package org.reclaim.planner.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why an earmark is penalised: what was charged against it and what it holds, US cents.
 *
 * @param earmarkId the earmark
 * @param chargedCents cost of the tasks charged to it
 * @param amountCents what it holds
 */
public record EarmarkJustification(String earmarkId, long chargedCents, long amountCents)
    implements ConstraintJustification {}
