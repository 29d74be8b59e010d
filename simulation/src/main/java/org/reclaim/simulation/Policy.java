package org.reclaim.simulation;

import java.util.List;
import org.reclaim.domain.task.ReleaseMethod;

/**
 * How an authority decides, every planning period of a campaign, which hazardous areas to work on,
 * by which method, and how to put the work on its teams. A policy sees the {@link Register} (what
 * the authority knows), never the truth. Implementations keep what they learn between periods, so
 * one instance serves one campaign.
 */
public interface Policy {
  /** How the chosen work is put on the teams. */
  enum Planning {
    /**
     * In the policy's order, each part to the eligible team that can start it first — the planner's
     * greedy baseline, as work is assigned by hand.
     */
    IN_ORDER,
    /** The tasking planner's optimised plan (constructions, improvement, Timefold search). */
    OPTIMISED
  }

  /**
   * Work a policy wants done: a method on an area, at a priority.
   *
   * @param area the area's index in the register
   * @param method the release method
   * @param priority with {@link Planning#IN_ORDER}, the order (higher first); with {@link
   *     Planning#OPTIMISED}, the priority per m² (the planner weighs completion by priority × m²)
   */
  record Work(int area, ReleaseMethod method, double priority) {
    public Work {
      if (!(priority >= 0) || Double.isInfinite(priority)) {
        throw new IllegalArgumentException("Work.priority must be >= 0, was " + priority);
      }
    }
  }

  /** The name reports use. */
  String name();

  /** How its work is planned. */
  Planning planning();

  /**
   * The work wanted in the coming period, most important first; areas left out are not worked. An
   * area whose method is under way keeps that method whatever is asked.
   */
  List<Work> choose(Register register);
}
