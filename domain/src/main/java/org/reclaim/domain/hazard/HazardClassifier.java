package org.reclaim.domain.hazard;

import java.util.Collection;
import org.reclaim.domain.evidence.Evidence;
import org.reclaim.domain.evidence.EvidenceClass;

/**
 * Decides SHA or CHA from the evidence linked to an area.
 *
 * <p>IMAS 07.11 §5 and IMSMA practice: an area is <em>confirmed</em> (CHA) once there is direct
 * evidence of explosive ordnance — an item seen or found, a detection confirmed, an accident — and
 * stays <em>suspected</em> (SHA) while the evidence is only indirect (combat history, hearsay, a
 * low-confidence sensor return). Evidence that contradicts the suspicion is not counted here; it
 * feeds cancellation by non-technical survey.
 */
public final class HazardClassifier {
  private HazardClassifier() {}

  /** {@link HazardClass#CHA} if any supporting evidence is direct, else {@link HazardClass#SHA}. */
  public static HazardClass classify(Collection<Evidence> supportingEvidence) {
    for (Evidence e : supportingEvidence) {
      if (e.evidenceClass() == EvidenceClass.DIRECT) {
        return HazardClass.CHA;
      }
    }
    return HazardClass.SHA;
  }
}
