package org.reclaim.app.release;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reclaim.domain.compensation.CompensationCheck;
import org.reclaim.domain.compensation.CompensationRules;
import org.reclaim.domain.context.AgriculturalParcel;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.Versioned;
import org.springframework.stereotype.Service;

/**
 * The agricultural compensation pre-check over the register: the parcel, the hazardous areas whose
 * box meets it, which of those a completed non-technical survey confirmed (a CHA with a COMPLETED
 * NTS task), and the imported reference lines ({@code reference-lines}).
 *
 * <p>Thread safe: state lives in the store.
 */
@Service
public final class CompensationService {
  private final ReclaimStore store;

  public CompensationService(ReclaimStore store) {
    this.store = store;
  }

  /** Checks parcel {@code parcelId} against {@code rules}. */
  public CompensationCheck.Result check(long parcelId, CompensationRules rules) {
    AgriculturalParcel parcel = store.parcels().getById(parcelId).value();
    List<HazardousArea> areas =
        store
            .hazardousAreas()
            .listInEnvelope(parcel.geometry().getEnvelopeInternal(), 0, 5_000)
            .stream()
            .map(Versioned::value)
            .toList();
    Set<Long> confirmed = new HashSet<>(store.tasks().listAreasConfirmedBySurvey());
    return CompensationCheck.check(
        parcel, areas, confirmed, store.referenceLines().listAll(), rules);
  }
}
