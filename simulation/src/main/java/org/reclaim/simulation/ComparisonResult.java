package org.reclaim.simulation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparison's outcome: every policy's summary, and the goal stated in docs/simulation.md judged
 * on it — Reclaim's best policy releases at least {@link #GOAL_RATIO} times the value per US$ of
 * the best status-quo policy (paired by seed), with missed contamination no higher than the
 * status-quo policies' highest plus {@link #MISSED_TOLERANCE} of it.
 *
 * @param parameters what the campaigns assumed
 * @param seeds the worlds' seeds
 * @param policies each policy's summary, in the order compared
 * @param campaigns every campaign's result
 * @param bestStatusQuo the status-quo policy with the highest mean value per US$
 * @param bestReclaim the other policy with the highest mean value per US$
 * @param ratio value per US$ of {@code bestReclaim} ÷ that of {@code bestStatusQuo}, per seed
 * @param missedAllowedKm2 the missed contamination the goal allows, km²
 */
public record ComparisonResult(
    SimulationParameters parameters,
    List<Long> seeds,
    List<PolicySummary> policies,
    List<CampaignResult> campaigns,
    String bestStatusQuo,
    String bestReclaim,
    Estimate ratio,
    double missedAllowedKm2) {
  /** The value per US$ Reclaim's best policy must reach, as a multiple of the status quo's best. */
  public static final double GOAL_RATIO = 1.5;

  /** Share of the status quo's highest missed contamination Reclaim may exceed it by. */
  public static final double MISSED_TOLERANCE = 0.10;

  static ComparisonResult of(
      SimulationParameters parameters,
      List<Long> seeds,
      List<PolicySummary> policies,
      List<CampaignResult> campaigns) {
    Comparator<PolicySummary> byValue = Comparator.comparingDouble(s -> s.valuePerUsd().mean());
    PolicySummary statusQuo =
        policies.stream().filter(PolicySummary::statusQuo).max(byValue).orElse(null);
    PolicySummary reclaim = policies.stream().filter(s -> !s.statusQuo()).max(byValue).orElse(null);
    if (statusQuo == null || reclaim == null) {
      return new ComparisonResult(
          parameters, seeds, policies, campaigns, "", "", Estimate.of(new double[0]), Double.NaN);
    }
    Map<Long, Double> base = new HashMap<>();
    Map<Long, Double> ours = new HashMap<>();
    for (CampaignResult r : campaigns) {
      if (r.policy().equals(statusQuo.policy())) {
        base.put(r.seed(), r.valuePerUsd());
      } else if (r.policy().equals(reclaim.policy())) {
        ours.put(r.seed(), r.valuePerUsd());
      }
    }
    double[] ratios =
        seeds.stream()
            .filter(s -> base.containsKey(s) && ours.containsKey(s) && base.get(s) > 0)
            .mapToDouble(s -> ours.get(s) / base.get(s))
            .toArray();
    double worstMissed =
        policies.stream()
            .filter(PolicySummary::statusQuo)
            .mapToDouble(s -> s.missedContaminationKm2().mean())
            .max()
            .orElse(0);
    return new ComparisonResult(
        parameters,
        seeds,
        policies,
        campaigns,
        statusQuo.policy(),
        reclaim.policy(),
        Estimate.of(ratios),
        worstMissed * (1 + MISSED_TOLERANCE));
  }

  /** The summary of policy {@code name}. */
  public PolicySummary policy(String name) {
    return policies.stream()
        .filter(p -> p.policy().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no policy " + name));
  }

  /** Whether the value goal is met: the ratio's mean at least {@link #GOAL_RATIO}. */
  public boolean valueGoalMet() {
    return ratio.mean() >= GOAL_RATIO;
  }

  /** Whether Reclaim's best policy misses no more contamination than the goal allows. */
  public boolean safetyGoalMet() {
    return !bestReclaim.isEmpty()
        && policy(bestReclaim).missedContaminationKm2().mean() <= missedAllowedKm2 + 1e-12;
  }
}
