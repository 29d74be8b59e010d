package org.reclaim.app.prioritise;

import java.util.List;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.evidence.EvidenceType;
import org.reclaim.store.ReclaimStore;

/**
 * A hand-made register for prioritisation tests: ten areas in a row with villages, parcels, a road,
 * infrastructure, a recovery project, evidence and a team near them.
 */
public final class TenAreasForTest {
  private TenAreasForTest() {}

  /** Ten areas along 50.0° N, villages, roads, parcels, infrastructure, evidence and a team. */
  public static void fill(ReclaimStore s) {
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
}
