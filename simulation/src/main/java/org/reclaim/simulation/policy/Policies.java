package org.reclaim.simulation.policy;

import java.util.List;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.simulation.Comparison;
import org.reclaim.simulation.SimulationParameters;

/** The policies a comparison sets side by side (docs/simulation.md, "Policies"). */
public final class Policies {
  private Policies() {}

  /**
   * Today's practice — first come first served, largest area first, nearest to a team's base, the
   * impact score of {@code profile} worked in order — and Reclaim's ranking under {@code profile}
   * with its plan, without and with the likelihood.
   */
  public static List<Comparison.Entry> standard(PolicyProfile profile, SimulationParameters p) {
    return List.of(
        new Comparison.Entry("first come, first served", true, OrderedPolicy::firstComeFirstServed),
        new Comparison.Entry("largest area first", true, OrderedPolicy::largestFirst),
        new Comparison.Entry("nearest to team base", true, OrderedPolicy::nearestToBase),
        new Comparison.Entry(
            "impact score, worked in order", true, () -> RankingPolicy.impactScoring(profile)),
        new Comparison.Entry(
            "Reclaim: ranking + plan", false, () -> RankingPolicy.reclaimPlan(profile)),
        new Comparison.Entry(
            "Reclaim: ranking + plan + likelihood",
            false,
            () -> RankingPolicy.reclaimLikelihood(profile, p.retrainEveryWeeks())));
  }

  /** Today's practice against Reclaim's full policy only: the quick what-if. */
  public static List<Comparison.Entry> whatIf(PolicyProfile profile, SimulationParameters p) {
    List<Comparison.Entry> all = standard(profile, p);
    return List.of(all.get(3), all.get(5));
  }
}
