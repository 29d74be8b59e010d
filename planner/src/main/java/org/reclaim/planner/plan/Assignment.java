package org.reclaim.planner.plan;

import java.time.LocalDate;

/**
 * One task placed on one team's schedule.
 *
 * @param taskId the task
 * @param teamId the team doing it
 * @param startDay first working day, days from the horizon start
 * @param endDay completion day (exclusive end), days from the horizon start; the day the task's
 *     value counts as released in the objective
 * @param startDate date of {@code startDay}
 * @param endDate last working day, inclusive ({@code endDay - 1}), as {@code Task.plannedEnd} reads
 * @param durationDays working days on the task (gaps in availability excluded)
 * @param costUsd day rate × working days, US$
 * @param travelKm great-circle distance from the previous task (or the team base), km; 0 when
 *     either location is unknown
 * @param pinned whether the task was already in progress and kept in place
 */
public record Assignment(
    String taskId,
    String teamId,
    int startDay,
    int endDay,
    LocalDate startDate,
    LocalDate endDate,
    int durationDays,
    double costUsd,
    double travelKm,
    boolean pinned) {}
