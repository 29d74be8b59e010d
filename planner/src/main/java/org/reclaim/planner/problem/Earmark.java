package org.reclaim.planner.problem;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.task.ReleaseMethod;

/**
 * Money a donor has set aside for some work: in one region (or anywhere), for one activity (or
 * any), up to {@code amountUsd}.
 *
 * <p>Each task is charged to exactly one earmark, the first in {@link PlanningProblem#earmarks()}
 * that {@link #funds funds} it, so callers list the most specific earmarks first. A task no earmark
 * funds is not budget-constrained (paid from core funds). The cost charged is the team's day rate ×
 * the task's working days.
 *
 * @param id unique identifier
 * @param donor donor name, free text
 * @param regionId region the money is for, or {@code null} for any region
 * @param activity activity the money is for, or {@code null} for any
 * @param amountUsd amount available, US$, {@code >= 0}
 */
public record Earmark(
    String id,
    String donor,
    @Nullable Long regionId,
    @Nullable Activity activity,
    double amountUsd) {
  public Earmark {
    Objects.requireNonNull(id, "Earmark.id");
    Objects.requireNonNull(donor, "Earmark.donor");
    if (!(amountUsd >= 0) || Double.isInfinite(amountUsd)) {
      throw new IllegalArgumentException("Earmark.amountUsd: " + amountUsd + " must be >= 0");
    }
  }

  /** Whether this earmark may pay for {@code task}. */
  public boolean funds(PlanTask task) {
    if (regionId != null && !regionId.equals(task.regionId())) {
      return false;
    }
    if (activity == null) {
      return true;
    }
    ReleaseMethod method = task.method();
    return method != null && method.activity() == activity;
  }
}
