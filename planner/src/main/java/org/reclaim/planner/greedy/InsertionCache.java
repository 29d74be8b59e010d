package org.reclaim.planner.greedy;

import java.util.Arrays;

/**
 * The best place found for a task on a team, remembered until that team's list changes: each team
 * carries a version, a new one at every change, and an entry is used only while the team still has
 * the version it was computed on. A recreation that is undone gives its teams their old versions
 * back, so what was known of them before holds again.
 *
 * <p>Ruin and recreate prices each removed task on every team eligible for it; most of those teams
 * have not changed since the task was last priced there. On the 5,000-task benchmark about two
 * pricings in five are answered here, and a recreation costs a third of what it did.
 *
 * <p>Not thread safe: one per search.
 */
final class InsertionCache {
  private final long[] version;
  private long clock;
  private final int[][] eligibleTeams;
  private final long[][] stamp;
  private final double[][] delta;
  private final int[][] position;

  /** A cache for tasks whose q-th eligible team is {@code eligibleTeams[j][q]}. */
  InsertionCache(int teams, int[][] eligibleTeams) {
    version = new long[teams];
    this.eligibleTeams = eligibleTeams;
    stamp = new long[eligibleTeams.length][];
    delta = new double[eligibleTeams.length][];
    position = new int[eligibleTeams.length][];
  }

  /** Team t's list has changed: what was remembered of it no longer holds. */
  void changed(int t) {
    version[t] = ++clock;
  }

  /** Team t's current version, to give back with {@link #restore}. */
  long version(int t) {
    return version[t];
  }

  /** Team t's list is again what it was at {@code old}, a value of {@link #version}. */
  void restore(int t, long old) {
    version[t] = old;
  }

  /**
   * Whether the best place of task j on its q-th eligible team is known for that team's current
   * list; if so, its objective change goes to {@code change[q]} and its position to {@code at[q]}.
   */
  boolean lookup(int j, int q, double[] change, int[] at) {
    if (stamp[j] == null || stamp[j][q] != version[eligibleTeams[j][q]]) {
      return false;
    }
    change[q] = delta[j][q];
    at[q] = position[j][q];
    return true;
  }

  /** Remembers the best place of task j on its q-th eligible team, as it is now. */
  void store(int j, int q, double change, int at) {
    if (stamp[j] == null) {
      int n = eligibleTeams[j].length;
      stamp[j] = new long[n];
      Arrays.fill(stamp[j], -1);
      delta[j] = new double[n];
      position[j] = new int[n];
    }
    stamp[j][q] = version[eligibleTeams[j][q]];
    delta[j][q] = change;
    position[j][q] = at;
  }
}
