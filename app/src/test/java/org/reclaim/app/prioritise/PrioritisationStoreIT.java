package org.reclaim.app.prioritise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StaleVersionException;
import org.reclaim.store.StoreConfig;

/**
 * Ranking runs and profile versions stored in both databases (embedded H2GIS and PostGIS, one
 * schema per test), and PostGIS's SQL yardstick agreeing with Reclaim's criteria on a hand-made
 * register. PostGIS tests are skipped without a server unless {@code RECLAIM_REQUIRE_POSTGIS=1}.
 */
class PrioritisationStoreIT {
  private static final String URL =
      env("RECLAIM_TEST_PG_URL", "jdbc:postgresql://localhost:5432/reclaim_test");
  private static final String USER = env("RECLAIM_TEST_PG_USER", "reclaim");
  private static final String PASSWORD = env("RECLAIM_TEST_PG_PASSWORD", "reclaim");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-01T08:00:00Z"), ZoneOffset.UTC);

  private ReclaimStore store;
  private String schema;

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @AfterEach
  void close() throws SQLException {
    if (store != null) {
      store.close();
    }
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private ReclaimStore postgis() {
    schema = "prio_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      schema = null;
      String message =
          "PostGIS tests skipped: no PostgreSQL at " + URL + " (" + e.getMessage() + ")";
      if ("1".equals(System.getenv("RECLAIM_REQUIRE_POSTGIS"))) {
        throw new IllegalStateException(message, e);
      }
      Assumptions.abort(message);
    }
    String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    return ReclaimStore.open(new StoreConfig(url, USER, PASSWORD));
  }

  /** Ten areas along 50.0° N, villages, roads, parcels, infrastructure, evidence and a team. */
  private static void fill(ReclaimStore s) {
    s.inTransaction(
        () -> {
          s.regions().insertAll(List.of(DomainForTest.country()), "t", "fixture");
          for (int i = 1; i <= 10; i++) {
            s.hazardousAreas().insert(DomainForTest.area(i, 36.19 + i * 0.01, 50.0), "t");
            s.settlements().insert(DomainForTest.settlement(i, 36.19 + i * 0.013, 50.004), "t");
            s.parcels().insert(DomainForTest.parcel(i, 36.1905 + i * 0.01, 50.0005), "t");
          }
          s.roads().insert(DomainForTest.road(1), "t");
          s.infrastructure().insert(DomainForTest.infrastructure(1), "t");
          s.recoveryProjects().insert(DomainForTest.recoveryProject(1), "t");
          s.evidence()
              .insert(DomainForTest.evidence(1, EvidenceType.EO_SIGHTING, 36.25, 50.0), "t");
          s.evidence().insert(DomainForTest.evidence(2, EvidenceType.ACCIDENT, 36.23, 50.001), "t");
          s.operators().insert(DomainForTest.operator(1), "t");
          s.teams().insert(DomainForTest.team(1, 1), "t");
        });
  }

  private void runsAreStoredAndReproduced(ReclaimStore s) {
    fill(s);
    PrioritisationService service = new PrioritisationService(s, CLOCK);
    RankingRepository.Run run =
        service.run(
            new PrioritisationService.RunRequest(
                "civilian-safety", null, null, LocalDate.of(2026, 11, 1), 20, 0.2, 7),
            "analyst",
            CriteriaOp.Progress.NONE);
    assertThat(run.areaCount()).isEqualTo(10);
    assertThat(run.snapshotAt()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
    List<RankingRepository.Entry> entries = service.listEntries(run.id(), 0, 100);
    assertThat(entries).hasSize(10);
    assertThat(entries).extracting(RankingRepository.Entry::rank).isSorted();
    assertThat(entries.get(0).stability()).isNotNull();
    assertThat(service.reproduce(run.id()).identical()).isTrue();

    PolicyProfile edited = service.profiles().getLatest("balanced");
    service.profiles().save("balanced", edited, 1, "analyst");
    assertThat(service.profiles().getLatest("balanced").version()).isEqualTo(2);
    assertThatThrownBy(() -> service.profiles().save("balanced", edited, 1, "someone else"))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void embeddedStoresRunsAndProfileVersions() {
    store = ReclaimStore.open(StoreConfig.inMemory("prioritisation-store-it"));
    runsAreStoredAndReproduced(store);
  }

  @Test
  void postgisStoresRunsAndProfileVersions() {
    store = postgis();
    runsAreStoredAndReproduced(store);
  }

  @Test
  void postgisSqlAgreesWithReclaimsCriteria() {
    store = postgis();
    fill(store);
    PrioritisationService service = new PrioritisationService(store, CLOCK);
    var snapshot = service.snapshot(null);
    var parameters =
        ProfileCatalog.builtIn("civilian-safety").criteriaParameters(LocalDate.of(2026, 11, 1));
    CriteriaOp op = CriteriaOp.of(snapshot, parameters);
    List<AreaCriteria> ours = op.computeAll(CriteriaOp.Progress.NONE);
    PostgisCriteriaQuery sql = new PostgisCriteriaQuery(store.jdbc());
    sql.prepare(op.frame());
    Map<Long, double[]> theirs = sql.compute(parameters);
    assertThat(theirs).hasSize(10);
    int nonZero = 0;
    for (AreaCriteria a : ours) {
      for (CriterionId c : PostgisCriteriaQuery.SPATIAL) {
        double x = a.value(c);
        double y = theirs.get(a.areaId())[c.ordinal()];
        assertThat(y)
            .as("area %d, %s", a.areaId(), c.key())
            .isCloseTo(x, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(x))));
        nonZero += x != 0 ? 1 : 0;
      }
    }
    // the fixture exercises the criteria: most values are not zero
    assertThat(nonZero).isGreaterThan(30);
  }
}
