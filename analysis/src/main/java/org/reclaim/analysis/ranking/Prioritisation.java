package org.reclaim.analysis.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reclaim.analysis.criteria.AreaCriteria;
import org.reclaim.analysis.criteria.CriterionId;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.analysis.scoring.Criterion;
import org.reclaim.analysis.scoring.DecisionMatrix;
import org.reclaim.analysis.scoring.ExpectedValueOp;
import org.reclaim.analysis.scoring.RankedAlternative;
import org.reclaim.analysis.scoring.Ranking;
import org.reclaim.analysis.scoring.TopsisOp;
import org.reclaim.analysis.scoring.WeightedSumOp;
import org.reclaim.analysis.scoring.Weights;

/**
 * Ranks hazardous areas: their criteria ({@code analysis.criteria}) become a decision matrix, which
 * the profile's scoring method ({@code analysis.scoring}) turns into scores with per-criterion
 * contributions. Stateless and thread safe.
 */
public final class Prioritisation {
  private Prioritisation() {}

  /**
   * The decision matrix of these areas: one row per area (id as text), one column per criterion.
   */
  public static DecisionMatrix matrix(List<AreaCriteria> rows) {
    List<String> ids = new ArrayList<>(rows.size());
    double[][] values = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      ids.add(Long.toString(rows.get(i).areaId()));
      values[i] = rows.get(i).values();
    }
    List<Criterion> criteria = CriterionId.all().stream().map(CriterionId::toCriterion).toList();
    return DecisionMatrix.of(ids, criteria, values);
  }

  /**
   * The profile's weights on the consequence criteria only: what releasing an area gains (people,
   * land, infrastructure, recovery, accidents), not the evidence, likelihood or cost criteria that
   * the expected value accounts for otherwise.
   */
  static Weights consequenceWeights(PolicyProfile profile) {
    Weights all = profile.effectiveWeights();
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (CriterionId c : CriterionId.all()) {
      boolean consequence =
          switch (c) {
            case POPULATION_EXPOSED,
                DISTANCE_TO_SETTLEMENT_M,
                INFRASTRUCTURE_BLOCKED,
                ROADS_BLOCKED_M,
                AGRICULTURAL_AREA_M2,
                AGRICULTURAL_VALUE_USD,
                RECOVERY_BUDGET_USD,
                ACCIDENT_SEVERITY ->
                true;
            default -> false;
          };
      out.put(c.key(), consequence ? all.getWeight(c.key()) : 0.0);
    }
    return Weights.of(out);
  }

  /**
   * Ranks {@code rows} under {@code profile}.
   *
   * @throws IllegalArgumentException when there are no rows
   */
  public static AreaRanking rank(List<AreaCriteria> rows, PolicyProfile profile) {
    Objects.requireNonNull(profile, "profile");
    if (rows.isEmpty()) {
      return new AreaRanking(profile.name(), profile.version(), profile.method(), List.of());
    }
    DecisionMatrix matrix = matrix(rows);
    Ranking ranking =
        switch (profile.scoringMethod()) {
          case TOPSIS -> new TopsisOp().apply(matrix, profile.effectiveWeights());
          case WEIGHTED_SUM ->
              new WeightedSumOp(profile.normalisationMethod())
                  .apply(matrix, profile.effectiveWeights());
          case EXPECTED_VALUE ->
              new ExpectedValueOp(
                      CriterionId.CONTAMINATION_LIKELIHOOD.key(),
                      CriterionId.RELEASE_COST_USD.key())
                  .apply(matrix, consequenceWeights(profile));
        };
    Map<Long, AreaCriteria> byId = new HashMap<>(rows.size() * 2);
    rows.forEach(r -> byId.put(r.areaId(), r));
    List<RankedArea> out = new ArrayList<>(rows.size());
    for (RankedAlternative a : ranking.alternatives()) {
      long id = Long.parseLong(a.alternative());
      out.add(new RankedArea(id, a.rank(), a.score(), a.contributions(), byId.get(id)));
    }
    return new AreaRanking(profile.name(), profile.version(), ranking.method(), out);
  }
}
