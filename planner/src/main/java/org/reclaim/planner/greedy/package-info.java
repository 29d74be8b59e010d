/**
 * The greedy baseline ({@link org.reclaim.planner.greedy.GreedyPlanner}): highest value first, to
 * the eligible team that finishes it earliest. May use: {@code problem}, {@code plan}.
 */
@NullMarked
package org.reclaim.planner.greedy;

import org.jspecify.annotations.NullMarked;
