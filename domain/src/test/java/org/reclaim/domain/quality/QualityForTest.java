package org.reclaim.domain.quality;

import java.time.LocalDate;

/** QC fixtures. */
final class QualityForTest {
  private QualityForTest() {}

  /** An inspection of task {@code taskId} under a plan with n = 80, Ac = 1. */
  static QcInspection inspection(long id, long taskId, LocalDate on, int nonConforming, int items) {
    SamplingPlan plan = SamplingPlanOp.plan(50_000, 100, InspectionLevel.II, 0.65);
    return new QcInspection(id, taskId, on, "QC body", plan, nonConforming, items);
  }
}
