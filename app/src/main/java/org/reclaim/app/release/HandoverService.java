package org.reclaim.app.release;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.handover.Handover;
import org.reclaim.domain.handover.NexusOp;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.hazard.LandUse;
import org.reclaim.domain.quality.HandoverCheck;
import org.reclaim.domain.quality.QcInspection;
import org.reclaim.domain.task.Task;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;
import org.springframework.stereotype.Service;

/**
 * Handover of released land and its use afterwards: the checks that must pass first ({@link
 * HandoverCheck}), the certificate, the land's return to use, and the nexus measure ({@link
 * NexusOp}).
 *
 * <p>Thread safe: state lives in the store.
 */
@Service
public final class HandoverService {
  private final ReclaimStore store;
  private final QualityService quality;
  private final ReleaseService release;

  public HandoverService(ReclaimStore store, QualityService quality, ReleaseService release) {
    this.store = store;
    this.quality = quality;
    this.release = release;
  }

  /** One handover; throws {@link org.reclaim.store.NotFoundException} if absent. */
  public Versioned<Handover> get(long id) {
    return store.handovers().getById(id);
  }

  /** Every reason the area cannot be handed over yet; empty when it can. */
  public List<String> blockers(long areaId) {
    HazardousArea area = store.hazardousAreas().getById(areaId).value();
    List<Task> tasks = store.tasks().listByArea(areaId);
    Map<Long, List<QcInspection>> qc = new HashMap<>();
    for (Task t : tasks) {
      qc.put(t.id(), quality.inspections(t.id()));
    }
    return HandoverCheck.blockers(area, tasks, qc, quality.openCritical(areaId));
  }

  /**
   * Hands a released area over and issues its certificate.
   *
   * @throws DomainException naming {@code hazardousAreaId} with every blocking reason
   */
  public Versioned<Handover> handOver(
      long areaId,
      LocalDate on,
      String recipient,
      LandUse landUseAfter,
      LocalDate returnedToUseOn,
      String actor) {
    return store.inTransaction(
        () -> {
          List<String> blocked = blockers(areaId);
          if (!blocked.isEmpty()) {
            throw new DomainException(
                "Handover", "hazardousAreaId", "cannot hand over: " + String.join("; ", blocked));
          }
          HazardousArea area = store.hazardousAreas().getById(areaId).value();
          long id = store.ids().allocate("handover", 1);
          String certificate = String.format("HO-%d-%06d", on.getYear(), id);
          Handover h =
              new Handover(
                  id,
                  areaId,
                  certificate,
                  on,
                  recipient,
                  release.account(area).releasedM2(),
                  landUseAfter == null ? area.landUse() : landUseAfter,
                  returnedToUseOn);
          return store.handovers().insert(h, actor);
        });
  }

  /** The printable certificate of a handover (HTML), with the area and its region's name. */
  public String certificate(long handoverId) {
    Handover h = store.handovers().getById(handoverId).value();
    HazardousArea area = store.hazardousAreas().getById(h.hazardousAreaId()).value();
    String region =
        area.regionId() == null ? null : store.regions().getById(area.regionId()).value().name();
    return HandoverCertificate.html(h, area, region);
  }

  /** The handover of an area, if it has been handed over. */
  public java.util.Optional<Versioned<Handover>> findByArea(long areaId) {
    return store.handovers().listByArea(areaId).stream()
        .findFirst()
        .map(h -> store.handovers().getById(h.id()));
  }

  /** Records the land's use after release and the day it returned to use. */
  public Versioned<Handover> returnToUse(
      long handoverId, long expectedVersion, LandUse use, LocalDate on, String actor) {
    Handover h = store.handovers().getById(handoverId).value();
    return store.handovers().update(h.withReturnToUse(use, on), expectedVersion, actor);
  }

  /** Hectares of farmland back in production, region id → year (or month) → ha. */
  public Map<Long, Map<String, Double>> nexus(boolean monthly) {
    Map<Long, Long> regionOfArea = store.handovers().regionsOfAreasHandedOver();
    List<NexusOp.Placed> placed =
        store.handovers().listAll().stream()
            .map(h -> new NexusOp.Placed(h, regionOfArea.get(h.hazardousAreaId())))
            .toList();
    return NexusOp.hectaresByRegion(placed, monthly);
  }
}
