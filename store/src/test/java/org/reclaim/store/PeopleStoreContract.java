package org.reclaim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reclaim.domain.DomainForTest.operator;
import static org.reclaim.domain.DomainForTest.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.reclaim.domain.people.Accident;
import org.reclaim.domain.people.AgeGroup;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.PersonalData;
import org.reclaim.domain.people.Sex;
import org.reclaim.store.audit.AuditChain;
import org.reclaim.store.audit.AuditLog;
import org.reclaim.store.people.PersonalDataVault;

/**
 * The people side's contract, on every vendor: personal data sealed at rest, every read audited,
 * erasure that keeps the counted record, and the audit log's hash chain catching an edit or a
 * deletion made past the store.
 */
abstract class PeopleStoreContract {
  private static final String NAME = "Oksana Hrytsenko";
  protected ReclaimStore store;

  protected abstract ReclaimStore openFreshStore();

  protected void dispose() {}

  @BeforeEach
  void open() {
    store = openFreshStore();
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
      dispose();
    }
  }

  private void seedCasualty() {
    GeometryFactory gf = new GeometryFactory();
    store.inTransaction(
        () -> {
          store.operators().insertAll(List.of(operator(1)), "test", "fixture");
          store.teams().insertAll(List.of(team(1, 1)), "test", "fixture");
          store
              .people()
              .accidents()
              .insert(
                  new Accident(
                      1,
                      LocalDate.of(2026, 5, 3),
                      gf.createPoint(new Coordinate(36.3, 49.6)),
                      null,
                      null,
                      "farming",
                      "anti-tank mine"),
                  "test");
          store
              .people()
              .casualties()
              .insert(
                  new Casualty(
                      7,
                      1,
                      Sex.FEMALE,
                      AgeGroup.AGE_18_59,
                      Casualty.Outcome.INJURED,
                      Casualty.Category.CIVILIAN,
                      true,
                      false,
                      null),
                  "test");
          store
              .people()
              .personalData()
              .put(7, new PersonalData(NAME, 41, "+380 67 123 4567", "left leg, below knee"), "va");
        });
  }

  @Test
  void personalDataIsSealedAtRestAndEveryReadIsAudited() {
    seedCasualty();

    String raw =
        new org.springframework.jdbc.core.JdbcTemplate(store.dataSource())
            .queryForObject(
                "SELECT sealed FROM casualty_personal WHERE casualty_id = 7", String.class);
    assertThat(raw).isNotBlank().doesNotContain("Oksana").doesNotContain("Hrytsenko");
    assertThat(new String(java.util.Base64.getDecoder().decode(raw))).doesNotContain("Oksana");

    PersonalData read =
        store.inTransaction(
            () ->
                store
                    .people()
                    .personalData()
                    .find(7, "va-officer", "case follow-up")
                    .orElseThrow());
    assertThat(read.name()).isEqualTo(NAME);
    assertThat(read.injuries()).isEqualTo("left leg, below knee");

    List<AuditLog.Entry> reads =
        store.audit().list(PersonalDataVault.ENTITY, 7L, "va-officer", null, null, 10);
    assertThat(reads)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(AuditLog.Action.READ_PERSONAL);
              assertThat(e.afterJson()).contains("case follow-up").doesNotContain("Oksana");
            });
    // the write was audited with the fields' names, never their values
    assertThat(store.audit().listFor(PersonalDataVault.ENTITY, 7))
        .allSatisfy(e -> assertThat(String.valueOf(e.afterJson())).doesNotContain("Oksana"));
  }

  @Test
  void erasureRemovesThePersonalDataAndKeepsTheCount() {
    seedCasualty();

    boolean erased =
        store.inTransaction(
            () -> store.people().personalData().erase(7, "admin", "the person's request"));

    assertThat(erased).isTrue();
    assertThat(store.people().personalData().find(7, "admin", "check")).isEmpty();
    assertThat(store.people().casualties().count()).isEqualTo(1);
    assertThat(store.audit().listFor(PersonalDataVault.ENTITY, 7))
        .extracting(AuditLog.Entry::action)
        .contains(AuditLog.Action.ERASE);
  }

  @Test
  void theHashChainCatchesAnEditAndADeletionOfAPastEntry() {
    seedCasualty();
    store.people().personalData().find(7, "va-officer", "follow-up");
    AuditChain.Verification clean = store.audit().chain().verify();
    assertThat(clean.intact()).as(String.join("; ", clean.problems())).isTrue();
    assertThat(clean.sealed()).isGreaterThanOrEqualTo(5);

    long victim = store.audit().listFor(PersonalDataVault.ENTITY, 7).get(0).seq();
    var jdbc = new org.springframework.jdbc.core.JdbcTemplate(store.dataSource());
    // someone with database access goes past the store: drops the append-only trigger, edits
    dropAppendOnlyTrigger(jdbc);
    jdbc.update("UPDATE audit_log SET actor = 'nobody' WHERE seq = ?", victim);

    AuditChain.Verification edited = store.audit().chain().verify();
    assertThat(edited.intact()).isFalse();
    assertThat(edited.problems().get(0)).contains("audit entry " + victim);

    jdbc.update("UPDATE audit_log SET actor = 'va' WHERE seq = ?", victim);
    assertThat(store.audit().chain().verify().intact()).isTrue();
    long last = store.audit().latestSeq();
    jdbc.update("DELETE FROM audit_log WHERE seq = ?", last);
    assertThat(store.audit().chain().verify().problems())
        .anySatisfy(p -> assertThat(p).contains("audit entry " + last + " ").contains("deleted"));
  }

  @Test
  void accountsKeepTheirHashOutOfTheAuditLog() {
    var users = store.people().users();
    users.create(
        "va1", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", "VICTIM_ASSISTANCE", null, "admin");
    var u = users.find("va1").orElseThrow();
    users.update("va1", "ANALYST", null, true, u.version(), "admin");
    assertThatThrownBy(() -> users.update("va1", "DONOR", null, true, u.version(), "admin"))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> users.create("va1", "x", "ANALYST", null, "admin"))
        .hasMessageContaining("taken");
    assertThat(store.audit().list(null, null, "admin", null, null, 10))
        .allSatisfy(e -> assertThat(String.valueOf(e.afterJson())).doesNotContain("bcrypt"));
    assertThat(Map.of("role", users.find("va1").orElseThrow().role()))
        .containsEntry("role", "ANALYST");
  }

  /** Vendor-specific: the trigger that keeps the audit log append-only. */
  protected abstract void dropAppendOnlyTrigger(org.springframework.jdbc.core.JdbcTemplate jdbc);
}
