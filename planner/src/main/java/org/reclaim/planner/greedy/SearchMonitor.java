package org.reclaim.planner.greedy;

/**
 * What the caller of a search ({@link ScheduleImprover}) sees of it while it runs, and how the
 * caller stops it early. Called on the searching thread.
 */
public interface SearchMonitor {
  /** A plan with this objective (value × days, tasks left out included) has been found. */
  void improved(double objective);

  /** Whether the search should stop now; it then returns the best plan so far. */
  boolean stopped();
}
