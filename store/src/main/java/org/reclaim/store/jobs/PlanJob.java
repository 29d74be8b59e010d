package org.reclaim.store.jobs;

import static java.lang.Double.POSITIVE_INFINITY;

import java.time.Instant;
import java.util.Objects;

/**
 * One tasking-plan solve job as the store keeps it, so that a job outlives the request that started
 * it and the process that ran it. Immutable; changes are new copies written with the version read
 * ({@link org.reclaim.store.jdbc.JdbcRepository#update}).
 *
 * @param id job id
 * @param status where the job is
 * @param submittedBy user who submitted it
 * @param submittedAt when it was submitted
 * @param updatedAt when its status or figures last changed
 * @param timeLimitSeconds the solver's time limit, s, {@code >= 1}
 * @param taskCount tasks in the problem
 * @param teamCount teams in the problem
 * @param replanPriceDays a re-plan's price for moving a task of the previous plan to another team,
 *     days of the task's value; {@code null} on a fresh plan, and on a job written before the price
 *     was kept (which re-planned at the planner's default)
 * @param hardScore the best plan's hard score so far (0 = feasible), or {@code null} before any
 * @param objective the best plan's objective so far (value × days), or {@code null}
 * @param greedyObjective the greedy baseline's objective, or {@code null} until known
 * @param score the best score as text, or {@code null}
 * @param error why the job failed, or {@code null}
 */
public record PlanJob(
    long id,
    Status status,
    String submittedBy,
    Instant submittedAt,
    Instant updatedAt,
    int timeLimitSeconds,
    int taskCount,
    int teamCount,
    Double replanPriceDays,
    Long hardScore,
    Double objective,
    Double greedyObjective,
    String score,
    String error) {

  /** Life cycle: {@code QUEUED → SOLVING → COMPLETED | CANCELLED | FAILED}. */
  public enum Status {
    /** Waiting for the solver thread. */
    QUEUED,
    /** Being solved; figures are those of the best plan so far. */
    SOLVING,
    /** Solved to the time limit; the plan is stored. */
    COMPLETED,
    /** Stopped on request; the best plan found before the stop is stored, if any. */
    CANCELLED,
    /** Failed; {@code error} says why. */
    FAILED;

    /** Whether the job will not change any more. */
    public boolean isFinal() {
      return this == COMPLETED || this == CANCELLED || this == FAILED;
    }
  }

  public PlanJob {
    Objects.requireNonNull(status, "PlanJob.status");
    Objects.requireNonNull(submittedBy, "PlanJob.submittedBy");
    Objects.requireNonNull(submittedAt, "PlanJob.submittedAt");
    Objects.requireNonNull(updatedAt, "PlanJob.updatedAt");
    if (timeLimitSeconds < 1) {
      throw new IllegalArgumentException("PlanJob.timeLimitSeconds must be >= 1");
    }
    if (replanPriceDays != null && !(replanPriceDays >= 0 && replanPriceDays < POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "PlanJob.replanPriceDays must be a number >= 0, was " + replanPriceDays);
    }
  }

  /** A new job, queued. */
  public static PlanJob queued(
      long id, String user, Instant now, int timeLimitSeconds, int tasks, int teams) {
    return queued(id, user, now, timeLimitSeconds, tasks, teams, null);
  }

  /** A new job, queued; {@code replanPriceDays} for a re-plan, {@code null} for a fresh plan. */
  public static PlanJob queued(
      long id,
      String user,
      Instant now,
      int timeLimitSeconds,
      int tasks,
      int teams,
      Double replanPriceDays) {
    return new PlanJob(
        id,
        Status.QUEUED,
        user,
        now,
        now,
        timeLimitSeconds,
        tasks,
        teams,
        replanPriceDays,
        null,
        null,
        null,
        null,
        null);
  }

  /** A copy in another status. */
  public PlanJob withStatus(Status newStatus, Instant now, String why) {
    return new PlanJob(
        id,
        newStatus,
        submittedBy,
        submittedAt,
        now,
        timeLimitSeconds,
        taskCount,
        teamCount,
        replanPriceDays,
        hardScore,
        objective,
        greedyObjective,
        score,
        why);
  }

  /** A copy with the best plan's figures. */
  public PlanJob withBest(
      Instant now, long hard, double bestObjective, Double greedy, String bestScore) {
    return new PlanJob(
        id,
        status,
        submittedBy,
        submittedAt,
        now,
        timeLimitSeconds,
        taskCount,
        teamCount,
        replanPriceDays,
        hard,
        bestObjective,
        greedy,
        bestScore,
        error);
  }
}
