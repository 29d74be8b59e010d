package org.reclaim.domain.task;

import org.reclaim.domain.operator.Activity;

/**
 * How land is released (IMAS 07.11): by non-technical survey, technical survey, or clearance by one
 * of three means. Each method needs an accreditation for one activity and books released land in
 * one category.
 */
public enum ReleaseMethod {
  /** Non-technical survey; cancels land with no evidence (IMAS 08.10). */
  NTS(Activity.NTS),
  /** Technical survey; reduces land found free of contamination (IMAS 08.20). */
  TS(Activity.TS),
  /** Manual clearance (IMAS 09.10). */
  MANUAL(Activity.MANUAL_CLEARANCE),
  /** Mechanical clearance (IMAS 09.50). */
  MECHANICAL(Activity.MECHANICAL),
  /** Clearance with mine detection dogs (IMAS 09.40). */
  MDD(Activity.MDD);

  private final Activity activity;

  ReleaseMethod(Activity activity) {
    this.activity = activity;
  }

  /** The accreditation a team's operator needs for this method. */
  public Activity activity() {
    return activity;
  }
}
