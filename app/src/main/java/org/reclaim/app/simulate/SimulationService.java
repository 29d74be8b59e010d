package org.reclaim.app.simulate;

import java.util.ArrayList;
import java.util.List;
import org.reclaim.analysis.profile.PolicyProfile;
import org.reclaim.app.prioritise.ProfileCatalog;
import org.reclaim.simulation.Comparison;
import org.reclaim.simulation.ComparisonResult;
import org.reclaim.simulation.SimulationParameters;
import org.reclaim.simulation.policy.Policies;
import org.springframework.stereotype.Service;

/**
 * Runs decision-quality comparisons: every policy on the same seeds of the demo world, under one of
 * the built-in policy profiles (the same profile for today's impact scoring and for Reclaim's
 * ranking, so that only the decisions differ). Stateless; thread safe.
 */
@Service
public final class SimulationService {
  /** The what-if page's limits: a short comparison answered within a request. */
  public static final int WHAT_IF_MAX_SEEDS = 5;

  public static final int WHAT_IF_MAX_YEARS = 2;
  public static final double WHAT_IF_MAX_SCALE = 0.5;

  /**
   * A comparison to run.
   *
   * @param profile a built-in policy profile
   * @param seeds how many worlds (seeds {@code firstSeed}, {@code firstSeed + 1}, …)
   * @param firstSeed the first seed
   * @param years campaign length
   * @param budgetUsdPerYear money each year; {@code null} for the default scaled to the world
   * @param scale size of the demo world (1 = 3,000 areas)
   * @param planMoves local-search moves of each optimised plan
   * @param threads campaigns at once
   * @param whatIf only the status quo's impact scoring against Reclaim's full policy
   * @param cancelBelow the profile's cancellation threshold replaced, or {@code null}
   * @param clearAbove the profile's clearance threshold replaced, or {@code null}
   */
  public record Request(
      String profile,
      int seeds,
      long firstSeed,
      int years,
      Double budgetUsdPerYear,
      double scale,
      long planMoves,
      int threads,
      boolean whatIf,
      Double cancelBelow,
      Double clearAbove) {
    /** A request at the profile's own thresholds. */
    public Request(
        String profile,
        int seeds,
        long firstSeed,
        int years,
        Double budgetUsdPerYear,
        double scale,
        long planMoves,
        int threads,
        boolean whatIf) {
      this(
          profile,
          seeds,
          firstSeed,
          years,
          budgetUsdPerYear,
          scale,
          planMoves,
          threads,
          whatIf,
          null,
          null);
    }

    /** Checks every field; a bad one is named. */
    public Request {
      if (profile == null || !ProfileCatalog.BUILT_IN.contains(profile)) {
        throw new IllegalArgumentException(
            "profile: one of " + ProfileCatalog.BUILT_IN + ", was " + profile);
      }
      if (seeds < 1 || seeds > 1_000) {
        throw new IllegalArgumentException("seeds: must be in 1..1000, was " + seeds);
      }
      if (years < 1 || years > 20) {
        throw new IllegalArgumentException("years: must be in 1..20, was " + years);
      }
      if (budgetUsdPerYear != null && !(budgetUsdPerYear > 0)) {
        throw new IllegalArgumentException(
            "budgetUsdPerYear: must be > 0, was " + budgetUsdPerYear);
      }
      if (!(scale > 0 && scale <= 10)) {
        throw new IllegalArgumentException("scale: must be in (0, 10], was " + scale);
      }
      if (planMoves < 1) {
        throw new IllegalArgumentException("planMoves: must be >= 1, was " + planMoves);
      }
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException("threads: must be in 1..64, was " + threads);
      }
    }

    /** The profile, with the thresholds this request replaces. */
    public PolicyProfile policyProfile() {
      PolicyProfile p = ProfileCatalog.builtIn(profile);
      if (cancelBelow == null && clearAbove == null) {
        return p;
      }
      java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>(p.parameters());
      if (cancelBelow != null) {
        parameters.put("cancelBelow", cancelBelow);
      }
      if (clearAbove != null) {
        parameters.put("clearAbove", clearAbove);
      }
      return new PolicyProfile(
          p.name(),
          p.version(),
          p.title(),
          p.description(),
          p.method(),
          p.normalisation(),
          p.weights(),
          p.pairwise(),
          parameters,
          p.topN());
    }

    /** The parameters of docs/simulation.md with this request's settings. */
    public SimulationParameters parameters() {
      SimulationParameters d = SimulationParameters.defaults();
      return d.withYears(years)
          .withDemoScale(scale)
          .withBudget(budgetUsdPerYear != null ? budgetUsdPerYear : d.budgetUsdPerYear() * scale)
          .withComputing(planMoves, threads);
    }

    /** The seeds. */
    public List<Long> seedList() {
      List<Long> out = new ArrayList<>(seeds);
      for (int k = 0; k < seeds; k++) {
        out.add(firstSeed + k);
      }
      return out;
    }
  }

  /** Runs {@code request}. */
  public ComparisonResult compare(Request request, Comparison.Progress progress) {
    SimulationParameters p = request.parameters();
    PolicyProfile profile = request.policyProfile();
    return Comparison.run(
        p,
        request.seedList(),
        request.whatIf() ? Policies.whatIf(profile, p) : Policies.standard(profile, p),
        progress);
  }
}
