package org.reclaim.simulation;

import java.util.Map;
import org.reclaim.analysis.profile.PolicyProfile;

/** The built-in civilian-safety profile's weights (analysis/…/profiles/civilian-safety.json). */
public final class ProfilesForTest {
  private ProfilesForTest() {}

  public static PolicyProfile civilianSafety() {
    return new PolicyProfile(
        "civilian-safety",
        1,
        "Civilian safety first",
        "",
        "weighted-sum",
        "min-max",
        Map.of(
            "population_exposed", 0.30,
            "distance_to_settlement_m", 0.15,
            "accident_severity", 0.20,
            "direct_evidence", 0.10,
            "evidence_density", 0.08,
            "infrastructure_blocked", 0.05,
            "roads_blocked_m", 0.05,
            "release_cost_usd", 0.04,
            "release_duration_days", 0.03),
        null,
        Map.of(),
        100);
  }
}
