package org.reclaim.planner.plan;

/** Why a task is not in a plan, from the most to the least fundamental. */
public enum UnassignedReason {
  /** No team is accredited for the task's method in its region (IMAS 07.30). */
  NO_ACCREDITED_TEAM,
  /** Accredited teams exist, but none can work the terrain and vegetation (no productivity). */
  NO_SUITABLE_TEAM,
  /** Every eligible team's schedule is too full to finish it within its availability. */
  DOES_NOT_FIT_HORIZON,
  /** It would fit, but charging it would overspend its earmark with every team that fits. */
  OVER_BUDGET,
  /** It would fit within budget after some team's last task, yet was left out. */
  NOT_SCHEDULED
}
