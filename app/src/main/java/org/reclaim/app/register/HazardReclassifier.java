package org.reclaim.app.register;

import java.util.Collection;
import java.util.List;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceLink;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardClassifier;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;

/**
 * Keeps each area's SHA/CHA class following its evidence (IMAS 07.11): after evidence is linked to
 * areas, every touched SHA is classified again from all its supporting evidence and becomes a CHA —
 * audited, version raised — once any of it is direct. A CHA is never turned back into an SHA here:
 * the authority may have confirmed it on evidence that is not in Reclaim; cancelling or reducing it
 * is land release, not reclassification.
 */
final class HazardReclassifier {
  private HazardReclassifier() {}

  /**
   * Reclassifies {@code areaIds}; runs in the caller's transaction.
   *
   * @return how many areas became CHA
   */
  static int reclassify(ReclaimStore store, Collection<Long> areaIds, String actor) {
    int changed = 0;
    for (long areaId : areaIds) {
      Versioned<HazardousArea> area = store.hazardousAreas().findById(areaId).orElse(null);
      if (area == null || area.value().hazardClass() == HazardClass.CHA) {
        continue;
      }
      List<Long> supporting =
          store.evidenceLinks().listForArea(areaId).stream()
              .filter(l -> l.relation() == EvidenceLink.Relation.SUPPORTS)
              .map(EvidenceLink::evidenceId)
              .toList();
      List<Evidence> evidence =
          supporting.isEmpty() ? List.of() : store.evidence().listByIds(supporting);
      HazardClass c = HazardClassifier.classify(evidence);
      if (c == HazardClass.CHA) {
        store.hazardousAreas().update(area.value().withHazardClass(c), area.version(), actor);
        changed++;
      }
    }
    return changed;
  }
}
