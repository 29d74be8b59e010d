package org.reclaim.planner.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.jspecify.annotations.Nullable;

/**
 * Why one task is penalised.
 *
 * @param taskId the task
 * @param teamId its team, or {@code null} when unassigned
 * @param amount the penalty in the constraint's own unit (days, metres, cents, value × days)
 * @param reason one sentence for people
 */
public record TaskJustification(String taskId, @Nullable String teamId, long amount, String reason)
    implements ConstraintJustification {}
