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
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.context.ReferenceLine;
import org.reclaim.domain.funding.CostBooking;
import org.reclaim.domain.funding.Disbursement;
import org.reclaim.domain.funding.Donor;
import org.reclaim.domain.funding.Earmark;
import org.reclaim.domain.funding.Grant;
import org.reclaim.domain.funding.Pledge;
import org.reclaim.domain.handover.Handover;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.quality.InspectionLevel;
import org.reclaim.domain.quality.NonConformity;
import org.reclaim.domain.quality.QaVisit;
import org.reclaim.domain.quality.QcInspection;
import org.reclaim.domain.quality.QcResult;
import org.reclaim.domain.quality.SamplingPlanOp;
import org.reclaim.domain.release.CompletionReport;
import org.reclaim.domain.release.ItemFound;
import org.reclaim.domain.strategy.Indicator;
import org.reclaim.domain.strategy.IndicatorTarget;
import org.reclaim.domain.strategy.Measure;
import org.reclaim.domain.task.TaskStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

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
            new JdbcTemplate(store.dataSource())
                .queryForObject("SELECT result FROM qc_inspection WHERE id = 320", String.class))
        .isEqualTo("FAILED");
    assertThat(store.handovers().getById(330).value()).isEqualTo(h);
  }

  @Test
  void fundingAndStrategyRecordsRoundTrip() {
    LocalDate jan = LocalDate.of(2026, 1, 10);
    LocalDate dec = LocalDate.of(2026, 12, 31);
    Donor donor = new Donor(1, "Japan", "JP");
    Pledge pledge = new Pledge(2, 1, jan, 1_000_000, jan, dec);
    Grant earmarked =
        new Grant(
            3, 1, 2L, "JP-1", 600_000, jan, new Earmark(1L, Activity.MANUAL_CLEARANCE, jan, dec));
    Grant open = new Grant(4, 1, null, "JP-2", 10_000, jan, new Earmark(null, null, jan, dec));
    Disbursement paid = new Disbursement(5, 3, jan, 300_000);
    CostBooking cost = new CostBooking(6, 100, 3L, jan, 12_500.5);
    CostBooking own = new CostBooking(7, 100, null, jan, 99);
    Indicator km2 =
        new Indicator(8, "S1.1", "km² released per year", Measure.RELEASED_KM2, 2024, 0, "MA-01");
    IndicatorTarget y2026 = new IndicatorTarget(9, 8, 2026, 300, 8_000_000);
    store.inTransaction(
        () -> {
          store.donors().insert(donor, "t");
          store.pledges().insert(pledge, "t");
          store.grants().insert(earmarked, "t");
          store.grants().insert(open, "t");
          store.disbursements().insert(paid, "t");
          store.costBookings().insert(cost, "t");
          store.costBookings().insert(own, "t");
          store.indicators().insert(km2, "t");
          store.indicatorTargets().insert(y2026, "t");
        });
    assertThat(store.donors().getById(1).value()).isEqualTo(donor);
    assertThat(store.pledges().getById(2).value()).isEqualTo(pledge);
    assertThat(store.grants().getById(3).value()).isEqualTo(earmarked);
    assertThat(store.grants().getById(4).value()).isEqualTo(open);
    assertThat(store.disbursements().getById(5).value()).isEqualTo(paid);
    assertThat(store.costBookings().listByTask(100L)).containsExactly(cost, own);
    assertThat(store.indicators().getById(8).value()).isEqualTo(km2);
    assertThat(store.indicatorTargets().getById(9).value()).isEqualTo(y2026);
    IndicatorTarget twice = new IndicatorTarget(10, 8, 2026, 350, 0);
    assertThatThrownBy(() -> store.indicatorTargets().insert(twice, "t"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void referenceLinesRoundTripAndAreFoundByBoundingBox() {
    ReferenceLine line =
        new ReferenceLine(
            40,
            ReferenceLine.Kind.CONTACT_LINE,
            "contact line",
            LocalDate.of(2026, 5, 1),
            DomainForTest.wkt("LINESTRING (36.6 49.5, 36.6 50.5)"));
    store.referenceLines().insert(line, "t");
    assertThat(store.referenceLines().getById(40).value()).isEqualTo(line);
    assertThat(store.referenceLines().countInEnvelope(new Envelope(36.5, 36.7, 50, 50.1)))
        .isEqualTo(1);
    assertThat(store.referenceLines().countInEnvelope(new Envelope(36.0, 36.5, 50, 50.1))).isZero();
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
