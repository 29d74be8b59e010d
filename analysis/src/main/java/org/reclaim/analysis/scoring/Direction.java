package org.reclaim.analysis.scoring;

/**
 * Which way a criterion points: whether more of it makes an alternative more or less preferable.
 * People exposed or land blocked are {@link #BENEFIT} criteria for prioritisation (more means clear
 * it sooner); the cost of release or the distance to the nearest team are {@link #COST} criteria.
 */
public enum Direction {
  /** Larger raw values are better. */
  BENEFIT,
  /** Smaller raw values are better. */
  COST
}
