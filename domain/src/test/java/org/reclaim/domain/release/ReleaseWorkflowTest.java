package org.reclaim.domain.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.geometry.AreaOp;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;

class ReleaseWorkflowTest {
  private static final LocalDate D1 = LocalDate.of(2026, 4, 1);
  private static final LocalDate D2 = LocalDate.of(2026, 4, 20);

  /** A 0.002° square at (36.2, 50.0): about 143 m × 222 m. */
  private static HazardousArea area(HazardStatus status) {
    return HazardousArea.builder()
        .id(1)
        .code("HA-1")
        .name("Field 1")
        .status(status)
        .contamination(java.util.EnumSet.of(ContaminationType.AP_MINE))
        .geometry(DomainForTest.wkt(DomainForTest.squareWkt(36.2, 50.0, 0.002)))
        .build();
  }

  private static Task task(ReleaseMethod method, TaskStatus status) {
    return new Task(7, 1, method, 3L, status, D1, D2, 1000, 0);
  }

  private static CompletionReport report(
      double cancelled, double reduced, double cleared, double residual, Geometry released) {
    return new CompletionReport(
        11,
        7,
        1,
        3,
        D1,
        D2,
        cancelled,
        reduced,
        cleared,
        residual,
        cleared > 0 ? 13 : null,
        List.of(new ItemFound(ContaminationType.AP_MINE, 10, 2)),
        released,
        null);
  }

  private static ReleaseWorkflow.Step complete(HazardousArea a, Task t, CompletionReport r) {
    AtomicLong ids = new AtomicLong(100);
    return ReleaseWorkflow.complete(
        a, t, LandReleaseAccount.open(a), a.geometry(), 0, r, ids::incrementAndGet);
  }

  @ParameterizedTest
  @EnumSource(
      value = HazardStatus.class,
      names = {"SUSPECTED", "CONFIRMED", "RESIDUAL_RISK"})
  void assigningATaskTasksItsArea(HazardStatus from) {
    ReleaseWorkflow.Step s =
        ReleaseWorkflow.transition(
            area(from), task(ReleaseMethod.MANUAL, TaskStatus.PLANNED), TaskStatus.ASSIGNED);
    assertThat(s.task().status()).isEqualTo(TaskStatus.ASSIGNED);
    assertThat(s.area().status()).isEqualTo(HazardStatus.TASKED);
  }

  @Test
  void assigningATaskOnAReleasedAreaIsRefusedWithTheReason() {
    assertThatThrownBy(
            () ->
                ReleaseWorkflow.transition(
                    area(HazardStatus.RELEASED),
                    task(ReleaseMethod.MANUAL, TaskStatus.PLANNED),
                    TaskStatus.ASSIGNED))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("status")
        .hasMessageContaining("RELEASED; there is nothing left to task");
  }

  @Test
  void startingATaskPutsTheAreaInProgress() {
    ReleaseWorkflow.Step s =
        ReleaseWorkflow.transition(
            area(HazardStatus.TASKED),
            task(ReleaseMethod.MANUAL, TaskStatus.ASSIGNED),
            TaskStatus.IN_PROGRESS);
    assertThat(s.area().status()).isEqualTo(HazardStatus.IN_PROGRESS);
    assertThat(s.task().status()).isEqualTo(TaskStatus.IN_PROGRESS);
  }

  @Test
  void startingOnAnUntaskedAreaIsRefused() {
    assertThatThrownBy(
            () ->
                ReleaseWorkflow.transition(
                    area(HazardStatus.CONFIRMED),
                    task(ReleaseMethod.MANUAL, TaskStatus.ASSIGNED),
                    TaskStatus.IN_PROGRESS))
        .hasMessageContaining("work starts on a TASKED or IN_PROGRESS area");
  }

  @Test
  void suspendingLeavesTheAreaAlone() {
    ReleaseWorkflow.Step s =
        ReleaseWorkflow.transition(
            area(HazardStatus.IN_PROGRESS),
            task(ReleaseMethod.MANUAL, TaskStatus.IN_PROGRESS),
            TaskStatus.SUSPENDED);
    assertThat(s.area().status()).isEqualTo(HazardStatus.IN_PROGRESS);
    assertThat(s.task().status()).isEqualTo(TaskStatus.SUSPENDED);
  }

  @Test
  void completionNeedsAReport() {
    assertThatThrownBy(
            () ->
                ReleaseWorkflow.transition(
                    area(HazardStatus.IN_PROGRESS),
                    task(ReleaseMethod.MANUAL, TaskStatus.IN_PROGRESS),
                    TaskStatus.COMPLETED))
        .hasMessageContaining("completed by its completion report");
  }

  @Test
  void anIllegalTaskTransitionNamesWhatIsAllowed() {
    assertThatThrownBy(
            () ->
                ReleaseWorkflow.transition(
                    area(HazardStatus.TASKED),
                    task(ReleaseMethod.MANUAL, TaskStatus.PLANNED),
                    TaskStatus.IN_PROGRESS))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("status"))
        .hasMessageContaining("cannot move from PLANNED to IN_PROGRESS");
  }

  @Test
  void aReportCoveringTheWholeAreaReleasesIt() {
    HazardousArea a = area(HazardStatus.IN_PROGRESS);
    double m2 = a.areaM2();
    // 30 % reduced + 70 % cleared = 100 % of the area.
    ReleaseWorkflow.Step s =
        complete(
            a,
            task(ReleaseMethod.MANUAL, TaskStatus.IN_PROGRESS),
            report(0, 0.3 * m2, 0.7 * m2, 0, null));
    assertThat(s.area().status()).isEqualTo(HazardStatus.RELEASED);
    assertThat(s.task().status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(s.bookings())
        .extracting(LandRelease::category)
        .containsExactly(ReleaseCategory.REDUCED, ReleaseCategory.CLEARED);
    assertThat(s.bookings()).extracting(LandRelease::id).containsExactly(101L, 102L);
    // Items are booked with the method's own category (cleared), once.
    assertThat(s.bookings()).extracting(LandRelease::itemsFound).containsExactly(0, 2);
  }

  @Test
  void aPartialReportLeavesTheAreaInProgress() {
    HazardousArea a = area(HazardStatus.IN_PROGRESS);
    ReleaseWorkflow.Step s =
        complete(
            a,
            task(ReleaseMethod.MANUAL, TaskStatus.IN_PROGRESS),
            report(0, 0, 0.5 * a.areaM2(), 0, null));
    assertThat(s.area().status()).isEqualTo(HazardStatus.IN_PROGRESS);
    assertThat(s.task().status()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void theRestRecordedAsResidualRiskMakesTheAreaResidualRisk() {
    HazardousArea a = area(HazardStatus.IN_PROGRESS);
    double m2 = a.areaM2();
    // 90 % cleared, the last 10 % left marked as residual risk: all of it accounted for.
    ReleaseWorkflow.Step s =
        complete(
            a,
            task(ReleaseMethod.MANUAL, TaskStatus.IN_PROGRESS),
            report(0, 0, 0.9 * m2, 0.1 * m2, null));
    assertThat(s.area().status()).isEqualTo(HazardStatus.RESIDUAL_RISK);
  }

  @Test
  void residualRiskBeyondWhatIsLeftIsRefused() {
    HazardousArea a = area(HazardStatus.IN_PROGRESS);
    double m2 = a.areaM2();
    assertThatThrownBy(
            () ->
                complete(
                    a,
                    task(ReleaseMethod.MANUAL, TaskStatus.IN_PROGRESS),
                    report(0, 0, 0.9 * m2, 0.2 * m2, null)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("residualRiskM2"));
  }

  @Test
  void overReleasingIsRefusedByTheAccount() {
    HazardousArea a = area(HazardStatus.IN_PROGRESS);
    assertThatThrownBy(
            () ->
                complete(
                    a,
                    task(ReleaseMethod.MANUAL, TaskStatus.IN_PROGRESS),
                    report(0, 0, a.areaM2() + 50, 0, null)))
        .hasMessageContaining("never more than the area's size");
  }

  @Test
  void anNtsTaskCanOnlyCancel() {
    HazardousArea a = area(HazardStatus.IN_PROGRESS);
    assertThatThrownBy(
            () ->
                complete(
                    a, task(ReleaseMethod.NTS, TaskStatus.IN_PROGRESS), report(0, 100, 0, 0, null)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("reducedM2"));
  }

  @Test
  void aTaskNotInProgressCannotBeCompleted() {
    HazardousArea a = area(HazardStatus.IN_PROGRESS);
    assertThatThrownBy(
            () ->
                complete(
                    a, task(ReleaseMethod.MANUAL, TaskStatus.ASSIGNED), report(0, 0, 100, 0, null)))
        .hasMessageContaining("cannot move from ASSIGNED to COMPLETED");
  }

  @Test
  void aDrawnPartialReleaseSplitsTheRemainingPolygon() {
    HazardousArea a = area(HazardStatus.IN_PROGRESS);
    // West half of the square: 0.001° × 0.002°.
    Geometry west =
        DomainForTest.wkt(
            "POLYGON ((36.2 50.0, 36.201 50.0, 36.201 50.002, 36.2 50.002, 36.2 50.0))");
    double westM2 = AreaOp.areaM2(west);
    ReleaseWorkflow.Step s =
        complete(
            a, task(ReleaseMethod.MANUAL, TaskStatus.IN_PROGRESS), report(0, 0, westM2, 0, west));
    Geometry rest = s.report().remainingGeometry();
    // remaining = area − released. Measured on its own, the lon/lat remainder differs by the
    // curvature of the edges split at new vertices: under 1 m² in 3.2 ha (relative 1e-5).
    assertThat(AreaOp.areaM2(rest)).isCloseTo(a.areaM2() - westM2, within(1e-5 * a.areaM2()));
    assertThat(rest.getEnvelopeInternal().getMinX()).isCloseTo(36.201, within(1e-9));
    assertThat(s.area().status()).isEqualTo(HazardStatus.IN_PROGRESS);
  }

  @Test
  void aDrawnPolygonThatDisagreesWithTheBookedM2IsRefused() {
    HazardousArea a = area(HazardStatus.IN_PROGRESS);
    Geometry west =
        DomainForTest.wkt(
            "POLYGON ((36.2 50.0, 36.201 50.0, 36.201 50.002, 36.2 50.002, 36.2 50.0))");
    // The drawn half is about half the area; booking a quarter disagrees by far more than 1 %.
    assertThatThrownBy(
            () ->
                complete(
                    a,
                    task(ReleaseMethod.MANUAL, TaskStatus.IN_PROGRESS),
                    report(0, 0, a.areaM2() / 4, 0, west)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("releasedGeometry"));
  }

  @Test
  void aFailedQcReopensTaskAndAreaAndReworkReleasesItAgain() {
    HazardousArea a = area(HazardStatus.IN_PROGRESS);
    ReleaseWorkflow.Step done =
        complete(
            a,
            task(ReleaseMethod.MANUAL, TaskStatus.IN_PROGRESS),
            report(0, 0, a.areaM2(), 0, null));
    ReleaseWorkflow.Step reopened = ReleaseWorkflow.reopenAfterFailedQc(done.area(), done.task());
    assertThat(reopened.task().status()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(reopened.area().status()).isEqualTo(HazardStatus.IN_PROGRESS);
    LandReleaseAccount account = LandReleaseAccount.of(a, done.bookings());
    ReleaseWorkflow.Step rework =
        ReleaseWorkflow.finishRework(reopened.area(), reopened.task(), account, 0);
    assertThat(rework.task().status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(rework.area().status()).isEqualTo(HazardStatus.RELEASED);
    assertThat(rework.bookings()).isEmpty();
  }

  @Test
  void aTaskOnAnotherAreaIsRefused() {
    Task other = new Task(7, 2, ReleaseMethod.MANUAL, 3L, TaskStatus.PLANNED, D1, D2, 10, 0);
    assertThatThrownBy(
            () ->
                ReleaseWorkflow.transition(
                    area(HazardStatus.CONFIRMED), other, TaskStatus.ASSIGNED))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("hazardousAreaId"));
  }
}
