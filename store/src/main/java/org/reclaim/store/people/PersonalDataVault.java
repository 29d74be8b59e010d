package org.reclaim.store.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.reclaim.domain.people.PersonalData;
import org.reclaim.store.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Casualties' personal data (IMAS 13.10), sealed with the register's data key ({@link FieldCipher},
 * {@link DataKey}) in {@code casualty_personal}: the raw column holds no name, age, contact or
 * injury. This is the only way personal data leaves the store, and every read is written to the
 * audit log ({@code READ_PERSONAL}: who, which record, why) in the caller's transaction. The audit
 * log itself never holds personal values: writes are recorded with the names of the fields given.
 * Erasure deletes the sealed row (an {@code ERASE} entry records who and why); the casualty's
 * counted record stays, so aggregates do not change.
 *
 * <p>Thread safe.
 */
public final class PersonalDataVault {
  /** The audit log's entity name for personal data. */
  public static final String ENTITY = "CasualtyPersonalData";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private final Supplier<FieldCipher> cipher;

  PersonalDataVault(JdbcTemplate jdbc, AuditLog audit, Clock clock, Supplier<FieldCipher> cipher) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.cipher = cipher;
  }

  /** Stores (or replaces) the personal data of casualty {@code casualtyId}, audited. */
  public void put(long casualtyId, PersonalData data, String actor) {
    boolean existed = exists(casualtyId);
    if (existed) {
      jdbc.update("DELETE FROM casualty_personal WHERE casualty_id = ?", casualtyId);
    }
    insert(casualtyId, data);
    audit.record(
        actor,
        ENTITY,
        casualtyId,
        existed ? AuditLog.Action.UPDATE : AuditLog.Action.INSERT,
        null,
        Map.of("fields", fields(data)));
  }

  /**
   * Stores the personal data of newly imported casualties, with one audit entry for the batch (how
   * many and from where; never the values).
   */
  public void putAll(Map<Long, PersonalData> byCasualty, String actor, String source) {
    if (byCasualty.isEmpty()) {
      return;
    }
    insertBatch(byCasualty);
    auditBulk(byCasualty.size(), actor, source);
  }

  /**
   * Stores the personal data of new casualties without auditing; the caller audits the batch with
   * {@link #auditBulk} (an import writes many batches and audits once).
   */
  public void insertBatch(Map<Long, PersonalData> byCasualty) {
    if (byCasualty.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    String now = clock.instant().toString();
    byCasualty.forEach(
        (id, data) -> rows.add(new Object[] {id, cipher.get().seal(json(data), name(id)), now}));
    jdbc.batchUpdate(
        "INSERT INTO casualty_personal (casualty_id, sealed, written_at) VALUES (?, ?, ?)", rows);
  }

  /**
   * The one audit entry of personal data written in batches: for how many casualties (an import's
   * casualties, whose personal data was sealed where the file gave any) and from where.
   */
  public void auditBulk(long casualties, String actor, String source) {
    if (casualties == 0) {
      return;
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("casualties", casualties);
    summary.put("source", source);
    audit.record(actor, ENTITY, null, AuditLog.Action.BULK_INSERT, null, summary);
  }

  /**
   * The personal data of casualty {@code casualtyId}, if any is held; the read is audited with
   * {@code purpose}.
   */
  public Optional<PersonalData> find(long casualtyId, String actor, String purpose) {
    List<String> sealed =
        jdbc.queryForList(
            "SELECT sealed FROM casualty_personal WHERE casualty_id = ?", String.class, casualtyId);
    audit.record(
        actor,
        ENTITY,
        casualtyId,
        AuditLog.Action.READ_PERSONAL,
        null,
        Map.of("purpose", purpose, "held", !sealed.isEmpty()));
    return sealed.stream().findFirst().map(s -> parse(cipher.get().open(s, name(casualtyId))));
  }

  /** {@link #find} for many casualties (an export), one audit entry per record read. */
  public Map<Long, PersonalData> findAll(
      Collection<Long> casualtyIds, String actor, String purpose) {
    Map<Long, PersonalData> out = new LinkedHashMap<>();
    for (long id : casualtyIds) {
      find(id, actor, purpose).ifPresent(d -> out.put(id, d));
    }
    return out;
  }

  /** Whether personal data is held for the casualty (not audited: reveals nothing personal). */
  public boolean exists(long casualtyId) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM casualty_personal WHERE casualty_id = ?",
            Integer.class,
            casualtyId);
    return n != null && n > 0;
  }

  /**
   * Erases the personal data of casualty {@code casualtyId} on the person's request; audited with
   * {@code reason}.
   *
   * @return whether there was personal data to erase
   */
  public boolean erase(long casualtyId, String actor, String reason) {
    int n = jdbc.update("DELETE FROM casualty_personal WHERE casualty_id = ?", casualtyId);
    audit.record(
        actor,
        ENTITY,
        casualtyId,
        AuditLog.Action.ERASE,
        null,
        Map.of("reason", reason, "erased", n > 0));
    return n > 0;
  }

  /** Deletes every sealed row (clearing the register), unaudited: the caller audits the clear. */
  void deleteAll() {
    jdbc.update("DELETE FROM casualty_personal");
  }

  private void insert(long casualtyId, PersonalData data) {
    jdbc.update(
        "INSERT INTO casualty_personal (casualty_id, sealed, written_at) VALUES (?, ?, ?)",
        casualtyId,
        cipher.get().seal(json(data), name(casualtyId)),
        clock.instant().toString());
  }

  private static String name(long casualtyId) {
    return "casualty " + casualtyId;
  }

  private static List<String> fields(PersonalData d) {
    List<String> f = new ArrayList<>(List.of("name"));
    if (d.ageYears() != null) {
      f.add("age_years");
    }
    if (d.contact() != null) {
      f.add("contact");
    }
    if (d.injuries() != null) {
      f.add("injuries");
    }
    return f;
  }

  private static String json(PersonalData d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("ageYears", d.ageYears());
    m.put("contact", d.contact());
    m.put("injuries", d.injuries());
    return JSON.writeValueAsString(m);
  }

  private static PersonalData parse(String json) {
    Map<?, ?> m = JSON.readValue(json, Map.class);
    Object age = m.get("ageYears");
    return new PersonalData(
        (String) m.get("name"),
        age == null ? null : ((Number) age).intValue(),
        (String) m.get("contact"),
        (String) m.get("injuries"));
  }
}
