package org.reclaim.analysis.criteria;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.reclaim.analysis.scoring.Criterion;
import org.reclaim.analysis.scoring.Direction;

/**
 * The criteria Reclaim computes for every hazardous area, each with its key (as used in policy
 * profiles and APIs), unit and direction. Formulas are in {@code docs/prioritisation.md}; the
 * computation is {@link CriteriaOp}.
 */
public enum CriterionId {
  /** People living near the area, each settlement's population decayed with its distance. */
  POPULATION_EXPOSED("population_exposed", "persons", Direction.BENEFIT, SourceLayer.SETTLEMENT),
  /** Distance from the area to the nearest settlement; nearer means more urgent. */
  DISTANCE_TO_SETTLEMENT_M("distance_to_settlement_m", "m", Direction.COST, SourceLayer.SETTLEMENT),
  /** Critical infrastructure features inside the area or within the infrastructure buffer. */
  INFRASTRUCTURE_BLOCKED(
      "infrastructure_blocked", "count", Direction.BENEFIT, SourceLayer.INFRASTRUCTURE),
  /** Length of road and railway inside the area or within the road buffer. */
  ROADS_BLOCKED_M("roads_blocked_m", "m", Direction.BENEFIT, SourceLayer.ROAD),
  /** Agricultural parcel area inside the hazardous area. */
  AGRICULTURAL_AREA_M2("agricultural_area_m2", "m2", Direction.BENEFIT, SourceLayer.PARCEL),
  /** Yearly value of the agricultural land locked inside the area. */
  AGRICULTURAL_VALUE_USD("agricultural_value_usd", "USD", Direction.BENEFIT, SourceLayer.PARCEL),
  /** Budget of recovery projects (not done) overlapping the area or within the recovery buffer. */
  RECOVERY_BUDGET_USD(
      "recovery_budget_usd", "USD", Direction.BENEFIT, SourceLayer.RECOVERY_PROJECT),
  /** Accidents near the area, weighted by casualties and halved every half-life. */
  ACCIDENT_SEVERITY(
      "accident_severity", "recency-weighted accidents", Direction.BENEFIT, SourceLayer.EVIDENCE),
  /** Reliability-weighted evidence per km² inside the area (and its locational buffer). */
  EVIDENCE_DENSITY("evidence_density", "per km2", Direction.BENEFIT, SourceLayer.EVIDENCE),
  /** 1 when the area is confirmed by direct evidence (IMAS 07.11 CHA), 0 when only indirect. */
  DIRECT_EVIDENCE("direct_evidence", "0/1", Direction.BENEFIT, SourceLayer.EVIDENCE),
  /** Estimated cost of releasing the area by the cheapest suitable method. */
  RELEASE_COST_USD("release_cost_usd", "USD", Direction.COST, SourceLayer.NONE),
  /** Estimated team-days of that method. */
  RELEASE_DURATION_DAYS("release_duration_days", "team-days", Direction.COST, SourceLayer.NONE),
  /** Economic value unlocked (farm value + recovery budget) per USD of release cost. */
  BENEFIT_PER_COST("benefit_per_cost", "USD/USD", Direction.BENEFIT, SourceLayer.NONE),
  /**
   * Probability that the area holds explosive ordnance: the active likelihood model's, else a prior
   * by the area's class ({@link MethodRecommendation#PRIOR_SHA}, {@link
   * MethodRecommendation#PRIOR_CHA}).
   */
  CONTAMINATION_LIKELIHOOD(
      "contamination_likelihood", "probability", Direction.BENEFIT, SourceLayer.NONE);

  private static final List<CriterionId> ALL = List.of(values());
  private static final List<CriterionId> SPATIAL =
      Arrays.stream(values()).filter(c -> c.source != SourceLayer.NONE).toList();

  private final String key;
  private final String unit;
  private final Direction direction;
  private final SourceLayer source;

  CriterionId(String key, String unit, Direction direction, SourceLayer source) {
    this.key = key;
    this.unit = unit;
    this.direction = direction;
    this.source = source;
  }

  /** Every criterion, in column order. */
  public static List<CriterionId> all() {
    return ALL;
  }

  /**
   * The criteria computed by spatial analysis of a context layer (those with a {@link #source()}),
   * in column order: what the PostGIS yardstick and the Spark job compute too.
   */
  public static List<CriterionId> spatial() {
    return SPATIAL;
  }

  /** The criterion with this key, if any. */
  public static Optional<CriterionId> findByKey(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }

  /** The name used in profiles, APIs and exports, e.g. {@code population_exposed}. */
  public String key() {
    return key;
  }

  /** Unit of the raw value. */
  public String unit() {
    return unit;
  }

  /** Whether more is better (benefit) or less is better (cost). */
  public Direction direction() {
    return direction;
  }

  /** The layer whose features stand behind the value, {@link SourceLayer#NONE} when derived. */
  public SourceLayer source() {
    return source;
  }

  /** This criterion as a column of a decision matrix. */
  public Criterion toCriterion() {
    return new Criterion(key, direction, unit);
  }
}
