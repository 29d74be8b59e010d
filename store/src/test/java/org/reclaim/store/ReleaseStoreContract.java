package org.reclaim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reclaim.domain.DomainForTest.area;
import static org.reclaim.domain.DomainForTest.country;
import static org.reclaim.domain.DomainForTest.operator;
import static org.reclaim.domain.DomainForTest.task;
import static org.reclaim.domain.DomainForTest.team;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.handover.Handover;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.quality.InspectionLevel;
import org.reclaim.domain.quality.NonConformity;
import org.reclaim.domain.quality.QaVisit;
import org.reclaim.domain.quality.QcInspection;
import org.reclaim.domain.quality.QcResult;
import org.reclaim.domain.quality.SamplingPlanOp;
import org.reclaim.domain.release.CompletionReport;
import org.reclaim.domain.release.ItemFound;
import org.reclaim.domain.task.TaskStatus;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The contract of the land release workflow tables ({@code V3__land_release_workflow.sql}), run
 * unchanged on both vendors like {@link StoreContract}.
 */
abstract class ReleaseStoreContract {
  protected ReclaimStore store;

  protected abstract ReclaimStore openFreshStore();

  protected void dispose() {}

  @BeforeEach
  void open() {
    store = openFreshStore();
    store.inTransaction(
        () -> {
          store.regions().insertAll(List.of(country()), "test", "fixture");
          store.operators().insertAll(List.of(operator(1)), "test", "fixture");
          store.teams().insert(team(90, 1), "test");
          store.hazardousAreas().insert(area(10, 36.2, 50.0), "test");
          store.tasks().insert(task(100, 10, 90L, TaskStatus.COMPLETED, 5000), "test");
        });
  }

  @AfterEach
  void close() {
    store.close();
    dispose();
  }

  static CompletionReport report(long id) {
    Geometry released = DomainForTest.wkt(DomainForTest.squareWkt(36.2, 50.0, 0.0005));
    Geometry remaining =
        DomainForTest.wkt(
            "POLYGON ((36.2005 50, 36.201 50, 36.201 50.001, 36.2 50.001, 36.2 50.0005,"
                + " 36.2005 50.0005, 36.2005 50))");
    return new CompletionReport(
        id,
        100,
        10,
        90,
        LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 4, 20),
        0,
        500,
        1500.5,
        0,
        13,
        List.of(
            new ItemFound(ContaminationType.AP_MINE, 10, 2),
            new ItemFound(ContaminationType.UXO_ERW, 30, 1)),
        released,
        remaining);
  }

  @Test
  void everyWorkflowRecordRoundTrips() {
    CompletionReport r = report(200);
    store.completionReports().insert(r, "operator");
    QaVisit visit = new QaVisit(300, 100, LocalDate.of(2026, 4, 10), "NMAA QA", "lane marking");
    store.qaVisits().insert(visit, "nmaa");
    NonConformity nc =
        new NonConformity(
            310, 300, "MARKING", NonConformity.Severity.MAJOR, "re-mark lanes 3-5", null);
    store.nonConformities().insert(nc, "nmaa");
    QcInspection qc =
        new QcInspection(
            320,
            100,
            LocalDate.of(2026, 5, 2),
            "NMAA QC",
            SamplingPlanOp.plan(2000.5, 100, InspectionLevel.II, 1.0),
            0,
            1);
    store.qcInspections().insert(qc, "nmaa");
    Handover h =
        new Handover(
            330,
            10,
            "UA-HO-2026-0001",
            LocalDate.of(2026, 6, 1),
            "Hromada council",
            2000.5,
            LandUse.AGRICULTURE,
            LocalDate.of(2026, 7, 1));
    store.handovers().insert(h, "nmaa");

    CompletionReport back = store.completionReports().getById(200).value();
    assertThat(back).isEqualTo(r);
    assertThat(back.itemCount()).isEqualTo(3);
    assertThat(back.remainingGeometry().equalsExact(r.remainingGeometry())).isTrue();
    assertThat(store.qaVisits().getById(300).value()).isEqualTo(visit);
    assertThat(store.nonConformities().getById(310).value()).isEqualTo(nc);
    QcInspection qcBack = store.qcInspections().getById(320).value();
    assertThat(qcBack).isEqualTo(qc);
    assertThat(qcBack.result()).isEqualTo(QcResult.FAILED);
    assertThat(
            store
                .jdbc()
                .queryForObject("SELECT result FROM qc_inspection WHERE id = 320", String.class))
        .isEqualTo("FAILED");
    assertThat(store.handovers().getById(330).value()).isEqualTo(h);
  }

  @Test
  void aTaskHasOneCompletionReport() {
    store.completionReports().insert(report(200), "operator");
    assertThatThrownBy(() -> store.completionReports().insert(report(201), "operator"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void anAreaIsHandedOverOnce() {
    Handover h =
        new Handover(330, 10, "C-1", LocalDate.of(2026, 6, 1), "Owner", 10, LandUse.FOREST, null);
    store.handovers().insert(h, "nmaa");
    Handover again =
        new Handover(331, 10, "C-2", LocalDate.of(2026, 6, 2), "Owner", 10, LandUse.FOREST, null);
    assertThatThrownBy(() -> store.handovers().insert(again, "nmaa"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
