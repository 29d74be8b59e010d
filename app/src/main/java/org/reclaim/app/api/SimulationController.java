package org.reclaim.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.reclaim.app.simulate.SimulationService;
import org.reclaim.simulation.Comparison;
import org.reclaim.simulation.ComparisonResult;
import org.reclaim.simulation.Estimate;
import org.reclaim.simulation.PolicySummary;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The what-if: a short simulation of a chosen profile's decisions against today's practice on the
 * demo world (docs/simulation.md), answered within the request. The full comparison is {@code
 * reclaim simulate}.
 */
@RestController
@RequestMapping("/api/v1/simulations")
@Tag(name = "Simulation", description = "Decision quality on the demo world with its hidden truth")
class SimulationController {
  private final SimulationService simulations;

  SimulationController(SimulationService simulations) {
    this.simulations = simulations;
  }

  /**
   * A what-if request.
   *
   * @param profile built-in policy profile (default civilian-safety)
   * @param seeds worlds, 1–5 (default 2)
   * @param years campaign length, 1–2 (default 1)
   * @param scale demo world size, up to 0.5 (default 0.2)
   */
  record WhatIfRequest(String profile, Integer seeds, Integer years, Double scale) {}

  /**
   * One policy's figures: means with 95 % intervals over the seeds, and cumulative value released
   * by week (mean).
   */
  record PolicyView(
      String policy,
      boolean statusQuo,
      Estimate valuePerUsd,
      Estimate valueUsd,
      Estimate spentUsd,
      double cancelledKm2,
      double reducedKm2,
      double clearedKm2,
      Estimate casualties,
      Estimate wastedClearanceKm2,
      Estimate missedContaminationKm2,
      double[] valueByWeek) {
    static PolicyView of(PolicySummary s) {
      return new PolicyView(
          s.policy(),
          s.statusQuo(),
          s.valuePerUsd(),
          s.valueUsd(),
          s.spentUsd(),
          s.cancelledKm2().mean(),
          s.reducedKm2().mean(),
          s.clearedKm2().mean(),
          s.casualties(),
          s.wastedClearanceKm2(),
          s.missedContaminationKm2(),
          s.valueBands()[0]);
    }
  }

  /**
   * The answer.
   *
   * @param ratio value per US$ of Reclaim's policy ÷ that of today's impact scoring, per seed
   */
  record WhatIf(
      String profile,
      int seeds,
      int years,
      double scale,
      double budgetUsdPerYear,
      List<PolicyView> policies,
      Estimate ratio) {}

  @Operation(
      summary = "What if: a profile's decisions with Reclaim against today's practice",
      description =
          "Runs the impact score worked in order (today) and Reclaim's ranking, plan and"
              + " likelihood on the same seeds of the demo world; answers within the request.")
  @PostMapping("/what-if")
  WhatIf whatIf(@RequestBody WhatIfRequest request) {
    String profile = request.profile() == null ? "civilian-safety" : request.profile();
    int seeds = request.seeds() == null ? 2 : request.seeds();
    int years = request.years() == null ? 1 : request.years();
    double scale = request.scale() == null ? 0.2 : request.scale();
    if (seeds < 1 || seeds > SimulationService.WHAT_IF_MAX_SEEDS) {
      throw new RequestFieldException(
          "seeds", "must be in 1.." + SimulationService.WHAT_IF_MAX_SEEDS + ", was " + seeds);
    }
    if (years < 1 || years > SimulationService.WHAT_IF_MAX_YEARS) {
      throw new RequestFieldException(
          "years", "must be in 1.." + SimulationService.WHAT_IF_MAX_YEARS + ", was " + years);
    }
    if (!(scale > 0 && scale <= SimulationService.WHAT_IF_MAX_SCALE)) {
      throw new RequestFieldException(
          "scale", "must be in (0, " + SimulationService.WHAT_IF_MAX_SCALE + "], was " + scale);
    }
    SimulationService.Request run =
        new SimulationService.Request(profile, seeds, 1, years, null, scale, 2_000, 2, true);
    ComparisonResult r = simulations.compare(run, Comparison.Progress.NONE);
    return new WhatIf(
        profile,
        seeds,
        years,
        scale,
        r.parameters().budgetUsdPerYear(),
        r.policies().stream().map(PolicyView::of).toList(),
        r.ratio());
  }
}
