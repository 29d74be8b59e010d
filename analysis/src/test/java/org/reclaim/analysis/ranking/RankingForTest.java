package org.reclaim.analysis.ranking;

import java.util.Map;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.profile.PolicyProfile;

/** Profiles and hand-built criteria rows for ranking tests. */
final class RankingForTest {
  private RankingForTest() {}

  static PolicyProfile profile(String method, String normalisation, Map<String, Double> weights) {
    return new PolicyProfile("test", 1, null, null, method, normalisation, weights, null, null, 10);
  }

  /** A weighted sum, min-max normalised, over safety, evidence and cost. */
  static PolicyProfile weightedSum() {
    return profile("weighted-sum", "min-max", safetyWeights());
  }

  static Map<String, Double> safetyWeights() {
    return Map.of(
        "population_exposed", 3.0,
        "accident_severity", 3.0,
        "evidence_density", 2.0,
        "direct_evidence", 1.0,
        "release_cost_usd", 1.0,
        "distance_to_settlement_m", 0.5);
  }

  /** A row with these raw values (one per criterion, in column order) and no sources. */
  static AreaCriteria row(long id, double... values) {
    long[][] sources = new long[CriterionId.all().size()][0];
    return new AreaCriteria(id, values, null, false, sources);
  }
}
