package org.reclaim.analysis.criteria;

import java.util.Locale;
import java.util.Optional;
import org.reclaim.domain.hazard.HazardClass;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.task.ReleaseMethod;

/**
 * Which release method an area should get, why, and what it is expected to cost (IMAS 07.11: use
 * the least effort that gives confidence the land is safe).
 *
 * <p>Without a likelihood model, by the area's class: a suspected area (SHA) is surveyed first, by
 * the cheaper of non-technical survey (cancel, IMAS 08.10) and technical survey (reduce, 08.20); a
 * confirmed one (CHA) is cleared by the cheapest method (09.10).
 *
 * <p>With the probability {@code p} of a likelihood model and the profile's thresholds: below
 * {@link CriteriaParameters#cancelBelow()} the area is cancelled by non-technical survey — unless
 * it has direct evidence, which no model may talk away (it then gets technical survey); below
 * {@link CriteriaParameters#clearAbove()} technical survey reduces it; from there on it is cleared.
 * The expected cost of a survey counts the clearance that follows when ordnance is found: {@code
 * cost(survey) + p × cost(clearance)}. A method no team can apply falls back to the next one in
 * that sequence.
 *
 * <p>Stateless; thread safe.
 */
public final class MethodRecommendation {
  /** The probability of contamination a suspected area is taken to have without a model. */
  public static final double PRIOR_SHA = 0.3;

  /** The probability a confirmed area is taken to have without a model. */
  public static final double PRIOR_CHA = 0.8;

  private MethodRecommendation() {}

  /**
   * A recommendation.
   *
   * @param method the method
   * @param expectedCostUsd what releasing the area is expected to cost, USD
   * @param durationDays team-days of the method (and of the clearance that may follow, weighted by
   *     its probability)
   * @param fallback whether a rate came from the method's overall median (no team has a figure for
   *     the area's terrain and vegetation)
   * @param reason why, in words for the analyst
   */
  public record Recommendation(
      ReleaseMethod method,
      double expectedCostUsd,
      double durationDays,
      boolean fallback,
      String reason) {
    /** A priced method, as it stands, recommended for {@code why}. */
    public static Recommendation of(ReleaseCostModel.Estimate e, String why) {
      return new Recommendation(e.method(), e.costUsd(), e.durationDays(), e.fallback(), why);
    }
  }

  /** The probability to use for an area: the model's, else the prior of its class. */
  public static double probability(HazardousArea area, Double modelled) {
    if (modelled != null) {
      return modelled;
    }
    return area.hazardClass() == HazardClass.CHA ? PRIOR_CHA : PRIOR_SHA;
  }

  /**
   * The recommendation for {@code area} of {@code areaM2} m².
   *
   * @param modelled the model's probability, or {@code null} without a model (class rule)
   * @param directEvidence whether direct evidence supports the area
   * @return empty when no team can apply any suitable method
   */
  public static Optional<Recommendation> recommend(
      HazardousArea area,
      double areaM2,
      Double modelled,
      boolean directEvidence,
      CriteriaParameters parameters,
      ReleaseCostModel costs) {
    if (modelled == null) {
      return costs
          .cheapest(area.hazardClass(), area.terrain(), area.vegetation(), areaM2)
          .map(
              e ->
                  Recommendation.of(
                      e,
                      area.hazardClass() == HazardClass.CHA
                          ? "confirmed (CHA): cleared by the cheapest method, IMAS 09.10"
                          : "suspected (SHA): surveyed first by the cheaper survey, IMAS 07.11"));
    }
    double p = modelled;
    Optional<ReleaseCostModel.Estimate> clearance =
        costs.cheapest(HazardClass.CHA, area.terrain(), area.vegetation(), areaM2);
    if (p < parameters.cancelBelow() && !directEvidence) {
      Optional<Recommendation> nts =
          survey(
              ReleaseMethod.NTS,
              area,
              areaM2,
              p,
              clearance,
              costs,
              String.format(
                  Locale.ROOT,
                  "probability %.2f below %.2f and no direct evidence: cancel by non-technical"
                      + " survey, IMAS 08.10",
                  p,
                  parameters.cancelBelow()));
      if (nts.isPresent()) {
        return nts;
      }
    }
    if (p < parameters.clearAbove()) {
      String why =
          p < parameters.cancelBelow()
              ? String.format(
                  Locale.ROOT,
                  "probability %.2f, but direct evidence: no cancellation; reduce by technical"
                      + " survey, IMAS 08.20",
                  p)
              : String.format(
                  Locale.ROOT,
                  "probability %.2f between %.2f and %.2f: reduce by technical survey, IMAS 08.20",
                  p,
                  parameters.cancelBelow(),
                  parameters.clearAbove());
      Optional<Recommendation> ts =
          survey(ReleaseMethod.TS, area, areaM2, p, clearance, costs, why);
      if (ts.isPresent()) {
        return ts;
      }
    }
    return clearance.map(
        e ->
            Recommendation.of(
                e,
                String.format(
                    Locale.ROOT,
                    "probability %.2f%s: full clearance by the cheapest method, IMAS 09.10",
                    p,
                    p >= parameters.clearAbove()
                        ? String.format(Locale.ROOT, " from %.2f on", parameters.clearAbove())
                        : " (no survey team)")));
  }

  private static Optional<Recommendation> survey(
      ReleaseMethod method,
      HazardousArea area,
      double areaM2,
      double p,
      Optional<ReleaseCostModel.Estimate> clearance,
      ReleaseCostModel costs,
      String reason) {
    return costs
        .price(method, area.terrain(), area.vegetation(), areaM2)
        .map(
            s ->
                new Recommendation(
                    method,
                    s.costUsd() + p * clearance.map(ReleaseCostModel.Estimate::costUsd).orElse(0.0),
                    s.durationDays()
                        + p * clearance.map(ReleaseCostModel.Estimate::durationDays).orElse(0.0),
                    s.fallback(),
                    reason));
  }
}
