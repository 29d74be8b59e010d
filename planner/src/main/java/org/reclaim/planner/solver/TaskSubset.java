package org.reclaim.planner.solver;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Some of a solution's tasks, held as positions into its task list: a team's eligible tasks. A
 * clone of the solution re-points the same positions at its own task list in O(1) ({@link #over}),
 * where copying the lists element by element made cloning the best solution the largest cost of the
 * search on 5,000 tasks. Read-only.
 */
final class TaskSubset extends AbstractList<PlannedTask> implements RandomAccess {
  private final int[] positions;
  private final List<PlannedTask> all;

  TaskSubset(int[] positions, List<PlannedTask> all) {
    this.positions = positions;
    this.all = all;
  }

  /** The same positions in another task list of the same order (a clone's). */
  TaskSubset over(List<PlannedTask> otherAll) {
    return new TaskSubset(positions, otherAll);
  }

  @Override
  public PlannedTask get(int i) {
    return all.get(positions[i]);
  }

  @Override
  public int size() {
    return positions.length;
  }
}
