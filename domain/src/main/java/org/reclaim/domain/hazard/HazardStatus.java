package org.reclaim.domain.hazard;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of a hazardous area in land release (IMAS 07.11): {@code SUSPECTED → CONFIRMED →
 * TASKED → IN_PROGRESS → RELEASED}, or {@code RESIDUAL_RISK} when clearance ends with risk left
 * that is recorded and marked.
 *
 * <p>Besides the forward path, an area may be tasked straight from {@code SUSPECTED} (non-technical
 * survey is itself a task), a task may be withdrawn ({@code TASKED → CONFIRMED/SUSPECTED}), and a
 * failed quality check reopens work ({@code RELEASED → IN_PROGRESS}, IMAS 09.20).
 */
public enum HazardStatus {
  SUSPECTED,
  CONFIRMED,
  TASKED,
  IN_PROGRESS,
  RELEASED,
  RESIDUAL_RISK;

  /** The statuses this one may move to. */
  public Set<HazardStatus> next() {
    return switch (this) {
      case SUSPECTED -> EnumSet.of(CONFIRMED, TASKED, RELEASED);
      case CONFIRMED -> EnumSet.of(TASKED);
      case TASKED -> EnumSet.of(IN_PROGRESS, SUSPECTED, CONFIRMED);
      case IN_PROGRESS -> EnumSet.of(RELEASED, RESIDUAL_RISK, TASKED);
      case RELEASED -> EnumSet.of(IN_PROGRESS);
      case RESIDUAL_RISK -> EnumSet.of(TASKED);
    };
  }

  /** Whether moving from this status to {@code target} is allowed. */
  public boolean canMoveTo(HazardStatus target) {
    return next().contains(target);
  }
}
