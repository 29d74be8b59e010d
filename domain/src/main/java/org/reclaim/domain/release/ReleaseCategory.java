package org.reclaim.domain.release;

import org.reclaim.domain.task.ReleaseMethod;

/**
 * The three ways land leaves the register (IMAS 07.11 §5). Every released m² is booked in exactly
 * one of them.
 */
public enum ReleaseCategory {
  /** Cancelled by non-technical survey: no evidence of contamination (IMAS 08.10). */
  CANCELLED,
  /** Reduced by technical survey: found free without full clearance (IMAS 08.20). */
  REDUCED,
  /** Cleared: contamination removed to the specified depth (IMAS 09.10). */
  CLEARED;

  /**
   * The category land released by {@code method} is booked in (IMAS 07.11): non-technical survey
   * cancels, technical survey reduces, every clearance method clears.
   */
  public static ReleaseCategory of(ReleaseMethod method) {
    return switch (method) {
      case NTS -> CANCELLED;
      case TS -> REDUCED;
      case MANUAL, MECHANICAL, MDD -> CLEARED;
    };
  }
}
