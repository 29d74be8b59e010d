package org.reclaim.planner.problem;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.reclaim.domain.task.ReleaseMethod;

/**
 * One accreditation as the planner sees it: a team may apply {@code method} in {@code regionId}
 * (IMAS 07.30 §4: an operator works only where and while it is accredited).
 *
 * @param method the release method
 * @param regionId the region, or {@code null} for an accreditation that holds in every region
 */
public record MethodRegion(ReleaseMethod method, @Nullable Long regionId) {
  public MethodRegion {
    Objects.requireNonNull(method, "MethodRegion.method");
  }

  /**
   * Whether this accreditation covers {@code taskMethod} in {@code taskRegionId}. A task with no
   * region is covered only by an accreditation that holds everywhere.
   */
  public boolean covers(ReleaseMethod taskMethod, @Nullable Long taskRegionId) {
    return method == taskMethod && (regionId == null || regionId.equals(taskRegionId));
  }
}
