package org.reclaim.app.prioritise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reclaim.analysis.criteria.CriteriaOp;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.app.PostgisSchemaForTest;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StaleVersionException;
import org.reclaim.store.StoreConfig;
import org.reclaim.store.ranking.RankingRepository;
import org.reclaim.store.ranking.RowQuery;

/**
 * Ranking runs and profile versions stored in both databases (embedded H2GIS and PostGIS, one
 * schema per test). PostGIS tests are skipped without a server unless {@code
 * RECLAIM_REQUIRE_POSTGIS=1}.
 */
class PrioritisationStoreIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-01T08:00:00Z"), ZoneOffset.UTC);

  private void runsAreStoredAndReproduced(ReclaimStore s) {
    TenAreasForTest.fill(s);
    PrioritisationService service =
        new PrioritisationService(
            s,
            new ProfileCatalog(s),
            new org.reclaim.app.likelihood.LikelihoodService(s, CLOCK),
            CLOCK);
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
    // without an active likelihood model: no model recorded, the class rule's reason kept
    assertThat(run.likelihoodModelId()).isNull();
    assertThat(entries)
        .filteredOn(e -> e.method() != null)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.methodReason()).containsPattern("\\(SHA\\)|\\(CHA\\)"));
    assertThat(service.reproduce(run.id()).identical()).isTrue();
    tablePagesComeFromTheDatabase(service, run.id());

    PolicyProfile edited = service.profiles().getLatest("balanced");
    service.profiles().save("balanced", edited, 1, "analyst");
    assertThat(service.profiles().getLatest("balanced").version()).isEqualTo(2);
    assertThatThrownBy(() -> service.profiles().save("balanced", edited, 1, "someone else"))
        .isInstanceOf(StaleVersionException.class);
  }

  /** The ranking table's filter, order and window, in SQL on either database. */
  private void tablePagesComeFromTheDatabase(PrioritisationService service, long run) {
    org.reclaim.store.ranking.RowPage second =
        service.pageRows(run, new RowQuery(null, null, null, null, "rank", false, 3, 3));
    assertThat(second.matched()).isEqualTo(10);
    assertThat(second.rows()).extracting(RankingRepository.Row::rank).containsExactly(4, 5, 6);
    List<RankingRepository.Row> byScore =
        service.pageRows(run, new RowQuery(null, null, null, null, "score", true, 0, 10)).rows();
    assertThat(byScore)
        .extracting(RankingRepository.Row::score)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    List<RankingRepository.Row> byCode =
        service.pageRows(run, new RowQuery(null, null, null, null, "code", false, 0, 10)).rows();
    assertThat(byCode).extracting(RankingRepository.Row::code).isSorted();
    RankingRepository.Row any = byCode.get(4);
    org.reclaim.store.ranking.RowPage found =
        service.pageRows(
            run,
            new RowQuery(
                null,
                any.code().toUpperCase(java.util.Locale.ROOT),
                any.regionId(),
                any.status(),
                "region",
                false,
                0,
                10));
    assertThat(found.rows()).extracting(RankingRepository.Row::areaId).contains(any.areaId());
    assertThat(found.matched()).isEqualTo(found.rows().size());
    assertThat(
            service
                .pageRows(run, new RowQuery(null, "_", null, null, "spread", true, 0, 10))
                .matched())
        .as("_ is a character to find, not a wildcard")
        .isEqualTo(
            byCode.stream().filter(r -> r.code().contains("_") || r.name().contains("_")).count());
  }

  @Test
  void embeddedStoresRunsAndProfileVersions() {
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.inMemory("prioritisation-store-it"))) {
      runsAreStoredAndReproduced(store);
    }
  }

  @Test
  void postgisStoresRunsAndProfileVersions() throws Exception {
    try (PostgisSchemaForTest pg = PostgisSchemaForTest.open("prio")) {
      runsAreStoredAndReproduced(pg.store());
    }
  }
}
