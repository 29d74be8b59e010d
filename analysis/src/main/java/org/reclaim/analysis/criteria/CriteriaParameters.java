package org.reclaim.analysis.criteria;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The distances, decays and dates that turn the register into criterion values. All distances in
 * metres, measured in an equal-area projection of the data (never in degrees). Recorded with every
 * ranking run, so that the run can be reproduced.
 *
 * @param asOf the day ages are counted to (accident recency)
 * @param settlementRadiusM settlements farther than this from an area add no exposed population
 * @param populationDecayM e-folding distance of the population weight: {@code exp(-d / decay)}
 * @param nearestSettlementLimitM the nearest-settlement search stops here; farther counts as this
 * @param infrastructureBufferM infrastructure within this distance of an area is blocked by it
 * @param roadBufferM roads within this distance of an area are blocked by it
 * @param recoveryBufferM recovery projects within this distance of an area wait for it
 * @param accidentRadiusM accidents within this distance of an area count for it
 * @param accidentHalfLifeDays an accident's weight halves every this many days
 * @param evidenceBufferM locational uncertainty of evidence: points this close to an area count as
 *     inside it
 * @param cancelBelow with a likelihood model: below this probability an area without direct
 *     evidence is recommended for cancellation by non-technical survey (IMAS 08.10)
 * @param clearAbove with a likelihood model: from this probability on an area is recommended for
 *     full clearance (IMAS 09.10); between the two, technical survey to reduce it (IMAS 08.20)
 */
public record CriteriaParameters(
    LocalDate asOf,
    double settlementRadiusM,
    double populationDecayM,
    double nearestSettlementLimitM,
    double infrastructureBufferM,
    double roadBufferM,
    double recoveryBufferM,
    double accidentRadiusM,
    double accidentHalfLifeDays,
    double evidenceBufferM,
    double cancelBelow,
    double clearAbove) {

  /** Validates every distance (finite, ≥ 0; decays and half-life &gt; 0). */
  public CriteriaParameters {
    Objects.requireNonNull(asOf, "asOf");
    nonNegative("settlementRadiusM", settlementRadiusM);
    positive("populationDecayM", populationDecayM);
    positive("nearestSettlementLimitM", nearestSettlementLimitM);
    nonNegative("infrastructureBufferM", infrastructureBufferM);
    nonNegative("roadBufferM", roadBufferM);
    nonNegative("recoveryBufferM", recoveryBufferM);
    nonNegative("accidentRadiusM", accidentRadiusM);
    positive("accidentHalfLifeDays", accidentHalfLifeDays);
    nonNegative("evidenceBufferM", evidenceBufferM);
    if (!(cancelBelow >= 0 && cancelBelow <= clearAbove && clearAbove <= 1)) {
      throw new IllegalArgumentException(
          "parameters.cancelBelow, clearAbove: need 0 <= cancelBelow <= clearAbove <= 1, were "
              + cancelBelow
              + " and "
              + clearAbove);
    }
  }

  /**
   * Defaults: 5 km settlement radius with a 2 km decay, nearest settlement searched to 50 km, 500 m
   * around infrastructure and recovery projects, 100 m around roads and evidence points, accidents
   * within 2 km with a one-year half-life; with a likelihood model, cancellation below a 10 %
   * probability of contamination and full clearance from 25 % (in the decision simulator, 50 %
   * released 1.7× the land but missed four times the contamination the status quo did, and caused
   * more casualties; 25 % kept missed contamination within the stated tolerance:
   * docs/simulation.md).
   */
  public static CriteriaParameters defaults(LocalDate asOf) {
    return new CriteriaParameters(
        asOf, 5_000, 2_000, 50_000, 500, 100, 500, 2_000, 365, 100, 0.10, 0.25);
  }

  /** The largest distance any evidence criterion looks at: how far one new report can reach. */
  public double evidenceReachM() {
    return Math.max(accidentRadiusM, evidenceBufferM);
  }

  /** These parameters as a flat map (for the stored record of a run). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("asOf", asOf.toString());
    m.put("settlementRadiusM", settlementRadiusM);
    m.put("populationDecayM", populationDecayM);
    m.put("nearestSettlementLimitM", nearestSettlementLimitM);
    m.put("infrastructureBufferM", infrastructureBufferM);
    m.put("roadBufferM", roadBufferM);
    m.put("recoveryBufferM", recoveryBufferM);
    m.put("accidentRadiusM", accidentRadiusM);
    m.put("accidentHalfLifeDays", accidentHalfLifeDays);
    m.put("evidenceBufferM", evidenceBufferM);
    m.put("cancelBelow", cancelBelow);
    m.put("clearAbove", clearAbove);
    return m;
  }

  /**
   * The defaults for {@code asOf} with any entry of {@code overrides} (keys as in {@link #toMap()},
   * numbers or numeric strings) replacing them.
   *
   * @throws IllegalArgumentException naming the key of an unknown or non-numeric entry
   */
  public static CriteriaParameters fromMap(LocalDate asOf, Map<String, ?> overrides) {
    Map<String, Object> m = defaults(asOf).toMap();
    for (Map.Entry<String, ?> e : overrides.entrySet()) {
      if (!m.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "parameters." + e.getKey() + ": unknown parameter; known are " + m.keySet());
      }
      m.put(e.getKey(), e.getValue());
    }
    return new CriteriaParameters(
        LocalDate.parse(m.get("asOf").toString()),
        number(m, "settlementRadiusM"),
        number(m, "populationDecayM"),
        number(m, "nearestSettlementLimitM"),
        number(m, "infrastructureBufferM"),
        number(m, "roadBufferM"),
        number(m, "recoveryBufferM"),
        number(m, "accidentRadiusM"),
        number(m, "accidentHalfLifeDays"),
        number(m, "evidenceBufferM"),
        number(m, "cancelBelow"),
        number(m, "clearAbove"));
  }

  private static double number(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(String.valueOf(v));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("parameters." + key + ": not a number: " + v, e);
    }
  }

  private static void nonNegative(String field, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("parameters." + field + ": must be finite and >= 0: " + v);
    }
  }

  private static void positive(String field, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("parameters." + field + ": must be finite and > 0: " + v);
    }
  }
}
