package org.reclaim.planner.plan;

/**
 * A task left out of a plan, and why.
 *
 * @param taskId the task
 * @param reason the reason, judged against the finished plan
 * @param detail one sentence for people, naming the team or earmark involved
 */
public record Unassigned(String taskId, UnassignedReason reason, String detail) {}
