package org.reclaim.app.register;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.domain.people.Casualty;
import org.reclaim.domain.people.PersonalData;
import org.reclaim.io.Layer;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.jdbc.JdbcRepository;
import org.springframework.stereotype.Component;

/**
 * Which repository holds each importable layer. Evidence links have no repository of the generic
 * kind (a link has no identity of its own), so they are written on their own path.
 */
@Component
public final class LayerCatalog {
  private final ReclaimStore store;
  private final Map<Layer, JdbcRepository<?>> repositories = new EnumMap<>(Layer.class);

  public LayerCatalog(ReclaimStore store) {
    this.store = store;
    repositories.put(Layer.REGIONS, store.regions());
    repositories.put(Layer.HAZARDOUS_AREAS, store.hazardousAreas());
    repositories.put(Layer.EVIDENCE, store.evidence());
    repositories.put(Layer.SETTLEMENTS, store.settlements());
    repositories.put(Layer.ROADS, store.roads());
    repositories.put(Layer.INFRASTRUCTURE, store.infrastructure());
    repositories.put(Layer.PARCELS, store.parcels());
    repositories.put(Layer.RECOVERY_PROJECTS, store.recoveryProjects());
    repositories.put(Layer.OPERATORS, store.operators());
    repositories.put(Layer.ACCREDITATIONS, store.accreditations());
    repositories.put(Layer.TEAMS, store.teams());
    repositories.put(Layer.TASKS, store.tasks());
    repositories.put(Layer.LAND_RELEASES, store.landReleases());
    repositories.put(Layer.REFERENCE_LINES, store.referenceLines());
    repositories.put(Layer.OCCUPATION_SNAPSHOTS, store.occupationSnapshots());
    repositories.put(Layer.PERSONNEL, store.people().personnel());
    repositories.put(Layer.COURSES, store.people().courses());
    repositories.put(Layer.QUALIFICATIONS, store.people().qualifications());
    repositories.put(Layer.EORE_SESSIONS, store.people().eoreSessions());
    repositories.put(Layer.ACCIDENTS, store.people().accidents());
    repositories.put(Layer.CASUALTIES, store.people().casualties());
    repositories.put(Layer.REFERRALS, store.people().referrals());
  }

  /** The repository of {@code layer}; throws for evidence links, which have none. */
  public JdbcRepository<?> repository(Layer layer) {
    JdbcRepository<?> r = repositories.get(layer);
    if (r == null) {
      throw new IllegalArgumentException(layer + " records are not addressable one by one");
    }
    return r;
  }

  /** Every id of {@code layer} in the register, ascending. */
  public long[] listIds(Layer layer) {
    return repository(layer).listIds();
  }

  /** Whether records of {@code layer} have an id and a repository. */
  public boolean isAddressable(Layer layer) {
    return repositories.containsKey(layer);
  }

  /** The table new ids of {@code layer} are allocated for. */
  public String table(Layer layer) {
    return layer == Layer.EVIDENCE_LINKS ? "evidence_link" : repository(layer).mapping().table();
  }

  /** Inserts a batch of {@code layer} without auditing it; see {@link #auditBulk}. */
  @SuppressWarnings("unchecked")
  public void insertBatch(Layer layer, java.util.List<?> batch) {
    if (layer == Layer.EVIDENCE_LINKS) {
      store.evidenceLinks().insertAll((Collection<EvidenceLink>) batch);
      return;
    }
    ((JdbcRepository<Object>) repository(layer)).insertBatch((Collection<Object>) batch);
    if (layer == Layer.CASUALTIES) {
      // the counted records went to their table; the personal data goes to the vault, sealed
      java.util.Map<Long, PersonalData> personal = new java.util.LinkedHashMap<>();
      for (Object o : batch) {
        Casualty c = (Casualty) o;
        if (c.personal() != null) {
          personal.put(c.id(), c.personal());
        }
      }
      store.people().personalData().insertBatch(personal);
    }
  }

  /**
   * Stores the personal data a single record carries (a casualty created or replaced through the
   * API), sealed and audited; the counted record goes to its table as any other. Records of other
   * layers carry none.
   */
  public void putPersonalData(Object record, String actor) {
    if (record instanceof Casualty c && c.personal() != null) {
      store.people().personalData().put(c.id(), c.personal(), actor);
    }
  }

  /** The id of a record of {@code layer}, or 0 for evidence links, which have none. */
  @SuppressWarnings("unchecked")
  public long idOf(Layer layer, Object record) {
    return layer == Layer.EVIDENCE_LINKS
        ? 0
        : ((JdbcRepository<Object>) repository(layer)).mapping().id().applyAsLong(record);
  }

  /** The one audit entry of a bulk insert of {@code layer}. */
  public void auditBulk(
      Layer layer, long count, long firstId, long lastId, String actor, String source) {
    if (layer == Layer.EVIDENCE_LINKS) {
      store
          .audit()
          .record(
              actor,
              "EvidenceLink",
              null,
              org.reclaim.store.audit.AuditLog.Action.BULK_INSERT,
              null,
              java.util.Map.of("records", count, "source", source));
      return;
    }
    repository(layer).auditBulk(count, firstId, lastId, actor, source);
    if (layer == Layer.CASUALTIES) {
      store.people().personalData().auditBulk(count, actor, source);
    }
  }
}
