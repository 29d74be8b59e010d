package org.reclaim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reclaim.domain.DomainForTest.accreditation;
import static org.reclaim.domain.DomainForTest.area;
import static org.reclaim.domain.DomainForTest.country;
import static org.reclaim.domain.DomainForTest.evidence;
import static org.reclaim.domain.DomainForTest.infrastructure;
import static org.reclaim.domain.DomainForTest.oblast;
import static org.reclaim.domain.DomainForTest.operator;
import static org.reclaim.domain.DomainForTest.parcel;
import static org.reclaim.domain.DomainForTest.recoveryProject;
import static org.reclaim.domain.DomainForTest.release;
import static org.reclaim.domain.DomainForTest.road;
import static org.reclaim.domain.DomainForTest.settlement;
import static org.reclaim.domain.DomainForTest.task;
import static org.reclaim.domain.DomainForTest.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.release.ReleaseCategory;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.jdbc.JdbcRepository;
import org.reclaim.store.jobs.PlanDocument;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store's contract, run unchanged against every vendor: the embedded H2GIS database and a real
 * PostgreSQL/PostGIS server. A subclass says how to open a fresh, empty store.
 */
abstract class StoreContract {
  protected ReclaimStore store;

  /** Opens a fresh store with an empty register. */
  protected abstract ReclaimStore openFreshStore();

  /** Releases what {@link #openFreshStore()} created. */
  protected void dispose() {}

  @BeforeEach
  void open() {
    store = openFreshStore();
  }

  @AfterEach
  void close() {
    store.close();
    dispose();
  }

  private void seedRegionsAndOperator() {
    store.inTransaction(
        () -> {
          store.regions().insertAll(List.of(country()), "test", "fixture");
          store
              .regions()
              .insertAll(
                  List.of(oblast(2, "UA-63", 36, 49.5), oblast(3, "UA-14", 37.5, 47.8)),
                  "test",
                  "fixture");
          store.operators().insertAll(List.of(operator(1)), "test", "fixture");
        });
  }

  @Test
  void everyRecordTypeRoundTrips() {
    seedRegionsAndOperator();
    HazardousArea a = area(10, 36.2, 50.0);
    store.hazardousAreas().insert(a, "analyst");
    store.evidence().insert(evidence(20, EvidenceType.EO_SIGHTING, 36.2005, 50.0005), "analyst");
    store
        .evidenceLinks()
        .insertAll(List.of(new EvidenceLink(20, 10, EvidenceLink.Relation.SUPPORTS)));
    store.settlements().insert(settlement(30, 36.21, 50.01), "analyst");
    store.roads().insert(road(40), "analyst");
    store.infrastructure().insert(infrastructure(50), "analyst");
    store.parcels().insert(parcel(60, 36.199, 49.999), "analyst");
    store.recoveryProjects().insert(recoveryProject(70), "analyst");
    store.accreditations().insert(accreditation(80, 1, Activity.MANUAL_CLEARANCE), "nmaa");
    store.teams().insert(team(90, 1), "operator");
    store.tasks().insert(task(100, 10, 90L, TaskStatus.ASSIGNED, 5000), "planner");
    store.landReleases().insert(release(110, 10, ReleaseCategory.CANCELLED, 1000), "operator");

    assertThat(store.regions().getById(2).value()).isEqualTo(oblast(2, "UA-63", 36, 49.5));
    assertThat(store.hazardousAreas().getById(10).value()).isEqualTo(a);
    assertThat(store.evidence().getById(20).value())
        .isEqualTo(evidence(20, EvidenceType.EO_SIGHTING, 36.2005, 50.0005));
    assertThat(store.evidenceLinks().listForArea(10))
        .containsExactly(new EvidenceLink(20, 10, EvidenceLink.Relation.SUPPORTS));
    assertThat(store.evidenceLinks().listAll())
        .containsExactly(new EvidenceLink(20, 10, EvidenceLink.Relation.SUPPORTS));
    assertThat(store.settlements().getById(30).value()).isEqualTo(settlement(30, 36.21, 50.01));
    assertThat(store.roads().getById(40).value()).isEqualTo(road(40));
    assertThat(store.infrastructure().getById(50).value()).isEqualTo(infrastructure(50));
    assertThat(store.parcels().getById(60).value()).isEqualTo(parcel(60, 36.199, 49.999));
    assertThat(store.recoveryProjects().getById(70).value()).isEqualTo(recoveryProject(70));
    assertThat(store.accreditations().getById(80).value())
        .isEqualTo(accreditation(80, 1, Activity.MANUAL_CLEARANCE));
    assertThat(store.teams().getById(90).value()).isEqualTo(team(90, 1));
    assertThat(store.tasks().getById(100).value())
        .isEqualTo(task(100, 10, 90L, TaskStatus.ASSIGNED, 5000));
    assertThat(store.landReleases().getById(110).value())
        .isEqualTo(release(110, 10, ReleaseCategory.CANCELLED, 1000));
    assertThat(store.hazardousAreas().getById(10).version()).isEqualTo(1);
  }

  @Test
  void boundingBoxQueriesUseTheGeometryAndPage() {
    List<HazardousArea> areas = new ArrayList<>();
    // A 10 × 10 grid of small areas, 0.01° apart, from (36.0, 50.0).
    for (int i = 0; i < 100; i++) {
      areas.add(area(i + 1, 36.0 + (i % 10) * 0.01, 50.0 + (i / 10) * 0.01));
    }
    store.inTransaction(() -> store.hazardousAreas().insertAll(areas, "test", "grid"));
    // The box covers columns 0..2 and rows 0..1 → 3 × 2 = 6 areas.
    Envelope box = new Envelope(35.99, 36.025, 49.99, 50.015);
    assertThat(store.hazardousAreas().countInEnvelope(box)).isEqualTo(6);
    List<Versioned<HazardousArea>> page1 = store.hazardousAreas().listInEnvelope(box, 0, 4);
    List<Versioned<HazardousArea>> page2 = store.hazardousAreas().listInEnvelope(box, 4, 4);
    assertThat(page1).hasSize(4);
    assertThat(page2).hasSize(2);
    assertThat(page1.stream().map(v -> v.value().id())).containsExactly(1L, 2L, 3L, 11L);
    assertThat(page2.stream().map(v -> v.value().id())).containsExactly(12L, 13L);
    assertThat(store.hazardousAreas().countInEnvelope(new Envelope(30, 30.1, 45, 45.1))).isZero();
  }

  @Test
  void filtersCombineColumnValuesAndBoundingBox() {
    List<HazardousArea> areas = new ArrayList<>();
    // 20 areas along a line 0.01° apart from (36.0, 50.0); every third one is CONFIRMED.
    for (int i = 0; i < 20; i++) {
      HazardousArea a = area(i + 1, 36.0 + i * 0.01, 50.0);
      areas.add(i % 3 == 0 ? a.withStatus(HazardStatus.CONFIRMED) : a);
    }
    store.inTransaction(() -> store.hazardousAreas().insertAll(areas, "test", "line"));
    var confirmed = new JdbcRepository.Filter(java.util.Map.of("status", "CONFIRMED"), null);
    // i = 0, 3, 6, 9, 12, 15, 18 → ids 1, 4, 7, 10, 13, 16, 19.
    assertThat(store.hazardousAreas().count(confirmed)).isEqualTo(7);
    // The box covers i = 0..9 (lon 36.0–36.095): of those, ids 1, 4, 7, 10 are CONFIRMED.
    var boxed =
        new JdbcRepository.Filter(
            java.util.Map.of("status", "CONFIRMED"), new Envelope(35.99, 36.095, 49.99, 50.01));
    assertThat(store.hazardousAreas().list(boxed, 0, 100))
        .extracting(v -> v.value().id())
        .containsExactly(1L, 4L, 7L, 10L);
    var byArea = new JdbcRepository.Filter(java.util.Map.of("id_not_a_column", "1"), null);
    assertThatThrownBy(() -> store.hazardousAreas().count(byArea))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id_not_a_column");
  }

  @Test
  void aStaleUpdateIsRefusedAndWritesNothing() {
    JdbcRepository<HazardousArea> repo = store.hazardousAreas();
    HazardousArea a = area(5, 36.2, 50.0);
    repo.insert(a, "analyst-1");
    // Two users read version 1; the first saves, the second's save must fail.
    Versioned<HazardousArea> first = repo.update(a.withStatus(HazardStatus.CONFIRMED), 1, "a1");
    assertThat(first.version()).isEqualTo(2);
    assertThatThrownBy(() -> repo.update(a.withStatus(HazardStatus.TASKED), 1, "analyst-2"))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("HazardousArea 5");
    assertThat(repo.getById(5).value().status()).isEqualTo(HazardStatus.CONFIRMED);
    assertThat(repo.getById(5).version()).isEqualTo(2);
  }

  @Test
  void everyChangeIsAuditedWithBeforeAndAfter() {
    JdbcRepository<HazardousArea> repo = store.hazardousAreas();
    HazardousArea a = area(5, 36.2, 50.0);
    long before = store.audit().latestSeq();
    repo.insert(a, "analyst-1");
    long inserted = store.audit().latestSeq();
    assertThat(inserted).isGreaterThan(before);
    repo.update(a.withStatus(HazardStatus.CONFIRMED), 1, "analyst-2");
    assertThat(store.audit().latestSeq()).isGreaterThan(inserted);
    repo.delete(5, 2, "admin");
    List<AuditLog.Entry> log = store.audit().listFor("HazardousArea", 5);
    assertThat(log)
        .extracting(AuditLog.Entry::action)
        .containsExactly(AuditLog.Action.INSERT, AuditLog.Action.UPDATE, AuditLog.Action.DELETE);
    assertThat(log)
        .extracting(AuditLog.Entry::actor)
        .containsExactly("analyst-1", "analyst-2", "admin");
    assertThat(log.get(1).beforeJson()).contains("\"status\":\"SUSPECTED\"");
    assertThat(log.get(1).afterJson()).contains("\"status\":\"CONFIRMED\"");
    assertThat(log.get(2).afterJson()).isNull();
  }

  @Test
  void theAuditLogIsAppendOnly() {
    store.hazardousAreas().insert(area(5, 36.2, 50.0), "analyst");
    assertThatThrownBy(
            () ->
                new JdbcTemplate(store.dataSource())
                    .update("UPDATE audit_log SET actor = 'someone else'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> new JdbcTemplate(store.dataSource()).update("DELETE FROM audit_log"))
        .hasMessageContaining("append-only");
  }

  @Test
  void aFailedBulkInsertLeavesNothingBehind() {
    List<HazardousArea> areas = new ArrayList<>();
    for (int i = 1; i <= 12_000; i++) {
      areas.add(area(i, 36.0 + (i % 100) * 0.002, 50.0 + (i / 100) * 0.002));
    }
    areas.add(area(5, 36.5, 50.5)); // same id as an earlier record: the primary key refuses it
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    () -> store.hazardousAreas().insertAll(areas, "importer", "bad.csv")))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    assertThat(store.hazardousAreas().count()).isZero();
    assertThat(store.audit().listRecent(10))
        .noneMatch(e -> e.action() == AuditLog.Action.BULK_INSERT);
  }

  @Test
  void planJobsKeepTheirDocumentsAndRefuseStaleUpdates() {
    java.time.Instant t0 = java.time.Instant.parse("2026-04-06T08:00:00Z");
    long id = store.ids().allocate("plan_job", 1);
    var job = org.reclaim.store.jobs.PlanJob.queued(id, "analyst", t0, 30, 12, 3, 2.5);
    store.planJobs().insert(job, "analyst");
    String problem =
        "{\"horizonDays\": 10, \"teams\": [], \"tasks\": [" + "{}, ".repeat(20_000) + "{}]}";
    store
        .planDocuments()
        .insert(
            new org.reclaim.store.jobs.PlanDocument(
                store.ids().allocate("plan_document", 1),
                id,
                org.reclaim.store.jobs.PlanDocument.Kind.PROBLEM,
                problem),
            "analyst");
    var solving =
        job.withStatus(org.reclaim.store.jobs.PlanJob.Status.SOLVING, t0.plusSeconds(1), null)
            .withBest(t0.plusSeconds(2), 0, 1234.5, 1500.0, "[0]hard/[-1/-2/-3]soft");
    store.planJobs().update(solving, 1, "planner");
    assertThatThrownBy(() -> store.planJobs().update(solving, 1, "someone else"))
        .isInstanceOf(StaleVersionException.class);
    var stored = store.planJobs().getById(id);
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.value()).isEqualTo(solving);
    assertThat(stored.value().replanPriceDays()).isEqualTo(2.5);
    assertThat(store.planDocuments().find(id, PlanDocument.Kind.PROBLEM))
        .get()
        .satisfies(d -> assertThat(d.content()).isEqualTo(problem));
  }

  @Test
  void allocatedIdBlocksNeverOverlap() {
    store.hazardousAreas().insert(area(41, 36.2, 50.0), "analyst");
    long a = store.ids().allocate("hazardous_area", 1000);
    long b = store.ids().allocate("hazardous_area", 10);
    assertThat(a).isEqualTo(42); // seeded from the largest id in the table
    assertThat(b).isEqualTo(1042);
  }

  @Test
  void pagesListInIdOrderAndCount() {
    store.inTransaction(
        () ->
            store
                .hazardousAreas()
                .insertAll(
                    List.of(area(3, 36.2, 50), area(1, 36.3, 50), area(2, 36.4, 50)), "t", "t"));
    assertThat(store.hazardousAreas().list(1, 5))
        .extracting(v -> v.value().id())
        .containsExactly(2L, 3L);
    assertThat(store.hazardousAreas().count()).isEqualTo(3);
    assertThat(store.hazardousAreas().findById(99)).isEmpty();
    assertThatThrownBy(() -> store.hazardousAreas().getById(99))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            store
                .accreditations()
                .list(new JdbcRepository.Filter(Map.of("operator_id", "1"), null), 0, 10))
        .isEmpty();
    assertThat(Set.of(store.vendor())).isNotEmpty();
  }
}
