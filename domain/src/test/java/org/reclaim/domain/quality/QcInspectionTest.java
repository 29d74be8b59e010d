package org.reclaim.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reclaim.domain.quality.QualityForTest.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.TaskStatus;

class QcInspectionTest {
  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
  private static final LocalDate MAY_9 = LocalDate.of(2026, 5, 9);

  @Test
  void theResultFollowsFromThePlan() {
    // Ac = 1: one non-conforming box passes, two fail.
    assertThat(inspection(1, 7, MAY_1, 1, 0).result()).isEqualTo(QcResult.PASSED);
    assertThat(inspection(1, 7, MAY_1, 2, 0).result()).isEqualTo(QcResult.FAILED);
    assertThat(inspection(1, 7, MAY_1, 2, 0).reason()).contains("accepts at most 1");
  }

  @Test
  void anyItemFoundFailsWhateverTheAcceptanceNumber() {
    QcInspection q = inspection(1, 7, MAY_1, 0, 1);
    assertThat(q.result()).isEqualTo(QcResult.FAILED);
    assertThat(q.reason()).contains("critical non-conformity");
  }

  @Test
  void moreNonConformingUnitsThanTheSampleIsRefused() {
    assertThatThrownBy(() -> inspection(1, 7, MAY_1, 81, 0))
        .hasMessageContaining("nonConformingUnits");
  }

  private static HazardousArea released() {
    return DomainForTest.area(1, 36.2, 50)
        .withStatus(HazardStatus.TASKED)
        .withStatus(HazardStatus.IN_PROGRESS)
        .withStatus(HazardStatus.RELEASED);
  }

  @Test
  void aFailedInspectionBlocksHandoverUntilAReInspectionPasses() {
    var task = DomainForTest.task(7, 1, 3L, TaskStatus.COMPLETED, 100);
    List<String> blocked =
        HandoverCheck.blockers(
            released(),
            List.of(task),
            Map.of(7L, List.of(inspection(1, 7, MAY_1, 0, 1))),
            List.of());
    assertThat(blocked).singleElement().asString().contains("failed QC inspection 1");
    List<String> clear =
        HandoverCheck.blockers(
            released(),
            List.of(task),
            Map.of(7L, List.of(inspection(2, 7, MAY_9, 0, 0), inspection(1, 7, MAY_1, 0, 1))),
            List.of());
    assertThat(clear).isEmpty();
  }

  @Test
  void everyBlockingReasonIsListed() {
    HazardousArea inProgress =
        DomainForTest.area(1, 36.2, 50)
            .withStatus(HazardStatus.TASKED)
            .withStatus(HazardStatus.IN_PROGRESS);
    var task = DomainForTest.task(7, 1, 3L, TaskStatus.IN_PROGRESS, 100);
    NonConformity open =
        new NonConformity(5, 4, "MARKING", NonConformity.Severity.CRITICAL, "re-mark lane", null);
    List<String> reasons =
        HandoverCheck.blockers(inProgress, List.of(task), Map.of(), List.of(open));
    assertThat(reasons)
        .containsExactly(
            "area 1 is IN_PROGRESS, not RELEASED",
            "task 7 is IN_PROGRESS, not COMPLETED",
            "critical non-conformity 5 (MARKING) is still open");
  }
}
