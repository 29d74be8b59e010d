package org.reclaim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reclaim.domain.DomainForTest.settlement;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reclaim.store.audit.AuditLog;

/**
 * An import a crash cut off leaves nothing behind in the embedded store: whatever rows the
 * database's recovery left in its reserved id blocks are removed when the store opens, and only
 * there; completed imports and other records are untouched.
 */
class ImportRunsTest {
  @TempDir Path dir;

  @Test
  void openingTheEmbeddedStoreRemovesWhatAnInterruptedImportLeftInItsIdBlocks() {
    long run;
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.embedded(dir))) {
      store.settlements().insert(settlement(5, 36.0, 50.0), "analyst");
      long done = store.importRuns().begin("settlement", "earlier.csv", "analyst");
      store.importRuns().block(done, 100, 199);
      store.inTransaction(
          () -> {
            store.settlements().insert(settlement(100, 36.1, 50.0), "analyst");
            store.importRuns().complete(done, 1);
          });
      run = store.importRuns().begin("settlement", "cut-off.csv", "analyst");
      store.importRuns().block(run, 1000, 1999);
      // what a recovery left behind, as if committed: rows in the interrupted run's block
      store.settlements().insert(settlement(1000, 36.2, 50.0), "analyst");
      store.settlements().insert(settlement(1500, 36.3, 50.0), "analyst");
    }
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.embedded(dir))) {
      assertThat(store.settlements().listAll())
          .extracting(s -> s.id())
          .containsExactlyInAnyOrder(5L, 100L);
      assertThat(
              store.audit().list("settlement", null, "reclaim", null, null, 10).stream()
                  .filter(e -> e.action() == AuditLog.Action.DELETE)
                  .map(AuditLog.Entry::afterJson))
          .singleElement()
          .satisfies(
              json ->
                  assertThat(json)
                      .contains("\"importRun\":" + run)
                      .contains("\"leftoverRowsRemoved\":2"));
      // recovered once: opening again removes nothing more
      assertThat(store.importRuns().recoverInterrupted()).isEmpty();
    }
  }

  @Test
  void openingAnEmbeddedStoreLeftByAKilledProcessSetsIdentitiesPastTheStoredValues() {
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.embedded(dir))) {
      store.settlements().insert(settlement(5, 36.0, 50.0), "analyst");
      store.settlements().insert(settlement(7, 36.2, 50.0), "analyst");
      var jdbc = new org.springframework.jdbc.core.JdbcTemplate(store.dataSource());
      long last = jdbc.queryForObject("SELECT MAX(seq) FROM audit_log", Long.class);
      // what a crash did: the identity counter behind the rows written
      jdbc.execute("ALTER TABLE audit_log ALTER COLUMN seq RESTART WITH 1");
      assertThat(last).isGreaterThan(1);
      // ... and the process was killed: the store never marked closed
      jdbc.update("UPDATE store_state SET clean = 0 WHERE id = 1");
      jdbc.execute("CHECKPOINT");
      jdbc.execute("SHUTDOWN IMMEDIATELY");
    } catch (RuntimeException closingAKilledStore) {
      // the pool finds its database gone, as after a kill
    }
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.embedded(dir))) {
      store.settlements().insert(settlement(6, 36.1, 50.0), "analyst");
      assertThat(store.settlements().listAll()).hasSize(3);
    }
  }

  @Test
  void afterAKillNoIdAnImportOrARecordHeldIsHandedOutAgain() {
    long written = -1;
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.embedded(dir))) {
      written = store.ids().allocate("evidence", 1);
      long run = store.importRuns().begin("evidence", "cut-off.csv", "analyst");
      long first = store.ids().allocate("evidence", 1_000);
      store.importRuns().block(run, first, first + 999);
      var jdbc = new org.springframework.jdbc.core.JdbcTemplate(store.dataSource());
      // what a kill did: the counter's last commits lost, behind the block and the record
      jdbc.update("UPDATE id_allocator SET next_id = ? WHERE entity = 'evidence'", written);
      jdbc.update("UPDATE store_state SET clean = 0 WHERE id = 1");
      jdbc.execute("CHECKPOINT");
      jdbc.execute("SHUTDOWN IMMEDIATELY");
    } catch (RuntimeException closingAKilledStore) {
      // the pool finds its database gone, as after a kill
    }
    try (ReclaimStore store = ReclaimStore.open(StoreConfig.embedded(dir))) {
      long next = store.ids().allocate("evidence", 1);
      assertThat(next).isGreaterThan(written + 1_000);
    }
  }
}
