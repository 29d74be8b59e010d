package org.reclaim.domain.funding;

import java.time.LocalDate;
import org.reclaim.domain.Check;
import org.reclaim.domain.operator.Activity;

/**
 * What a grant may pay for: a region (or anywhere), an activity (or any), and a period.
 *
 * @param regionId the region whose work it funds, or {@code null} for any region
 * @param activity the activity it funds, or {@code null} for any
 * @param from first day costs may be booked
 * @param to last day costs may be booked, not before {@code from}
 */
public record Earmark(Long regionId, Activity activity, LocalDate from, LocalDate to) {
  public Earmark {
    Check.notNull("Grant", "periodFrom", from);
    Check.notNull("Grant", "periodTo", to);
    Check.ordered("Grant", "periodTo", from, to);
  }

  /**
   * Why a cost does not fit this earmark, or {@code null} when it does.
   *
   * @param costRegionId the region of the task's area, or {@code null} if unknown
   */
  public String refusal(Long costRegionId, Activity costActivity, LocalDate on) {
    if (regionId != null && !regionId.equals(costRegionId)) {
      return "earmarked for region " + regionId + ", the task is in region " + costRegionId;
    }
    if (activity != null && activity != costActivity) {
      return "earmarked for " + activity + ", the task is " + costActivity;
    }
    if (on.isBefore(from) || on.isAfter(to)) {
      return "earmarked for " + from + " to " + to + ", the cost is dated " + on;
    }
    return null;
  }
}
