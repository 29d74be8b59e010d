package org.reclaim.domain.task;

import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.release.ReleaseCategory;

/**
 * How land is released (IMAS 07.11): by non-technical survey, technical survey, or clearance by one
 * of three means. Each method needs an accreditation for one activity and books released land in
 * one category.
 */
public enum ReleaseMethod {
  /** Non-technical survey; cancels land with no evidence (IMAS 08.10). */
  NTS(Activity.NTS, ReleaseCategory.CANCELLED),
  /** Technical survey; reduces land found free of contamination (IMAS 08.20). */
  TS(Activity.TS, ReleaseCategory.REDUCED),
  /** Manual clearance (IMAS 09.10). */
  MANUAL(Activity.MANUAL_CLEARANCE, ReleaseCategory.CLEARED),
  /** Mechanical clearance (IMAS 09.50). */
  MECHANICAL(Activity.MECHANICAL, ReleaseCategory.CLEARED),
  /** Clearance with mine detection dogs (IMAS 09.40). */
  MDD(Activity.MDD, ReleaseCategory.CLEARED);

  private final Activity activity;
  private final ReleaseCategory category;

  ReleaseMethod(Activity activity, ReleaseCategory category) {
    this.activity = activity;
    this.category = category;
  }

  /** The accreditation a team's operator needs for this method. */
  public Activity activity() {
    return activity;
  }

  /** The category land released by this method is booked in. */
  public ReleaseCategory category() {
    return category;
  }
}
