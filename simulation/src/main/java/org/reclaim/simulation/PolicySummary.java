package org.reclaim.simulation;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One policy's campaigns over the seeds, each measure as a mean with its 95 % interval, and the
 * weekly series as mean and interval bands (for the report's charts).
 *
 * @param policy the policy's name
 * @param statusQuo whether it is today's practice
 * @param seeds campaigns summarised
 * @param valuePerUsd value released per US$ spent
 * @param valueUsd value released
 * @param valueUsdByYear value released in each year of the campaign
 * @param spentUsd money spent
 * @param cancelledKm2 land cancelled by non-technical survey, km²
 * @param reducedKm2 land reduced by technical survey, km²
 * @param clearedKm2 land cleared, km²
 * @param casualties casualties in the simulated population
 * @param expectedCasualties their expectation (less noisy)
 * @param wastedClearanceKm2 km² cleared that held nothing
 * @param missedContaminationKm2 contaminated km² released by cancellation or reduction
 * @param itemsFound items found
 * @param areasReleased areas released in full
 * @param valueBands cumulative value by week: mean, low, high (three rows)
 * @param casualtyBands cumulative casualties by week: mean, low, high
 */
public record PolicySummary(
    String policy,
    boolean statusQuo,
    int seeds,
    Estimate valuePerUsd,
    Estimate valueUsd,
    List<Estimate> valueUsdByYear,
    Estimate spentUsd,
    Estimate cancelledKm2,
    Estimate reducedKm2,
    Estimate clearedKm2,
    Estimate casualties,
    Estimate expectedCasualties,
    Estimate wastedClearanceKm2,
    Estimate missedContaminationKm2,
    Estimate itemsFound,
    Estimate areasReleased,
    double[][] valueBands,
    double[][] casualtyBands) {

  static PolicySummary of(String policy, boolean statusQuo, List<CampaignResult> runs) {
    int weeks = runs.get(0).valueByWeek().length;
    int years = Math.max(1, weeks / 52);
    List<Estimate> byYear = new java.util.ArrayList<>();
    for (int y = 0; y < years; y++) {
      int end = Math.min(weeks, (y + 1) * 52) - 1;
      int before = y * 52 - 1;
      byYear.add(
          estimate(runs, r -> r.valueByWeek()[end] - (before < 0 ? 0 : r.valueByWeek()[before])));
    }
    return new PolicySummary(
        policy,
        statusQuo,
        runs.size(),
        estimate(runs, CampaignResult::valuePerUsd),
        estimate(runs, r -> r.value().total()),
        byYear,
        estimate(runs, CampaignResult::spentUsd),
        estimate(runs, r -> r.cancelledM2() / 1e6),
        estimate(runs, r -> r.reducedM2() / 1e6),
        estimate(runs, r -> r.clearedM2() / 1e6),
        estimate(runs, CampaignResult::casualties),
        estimate(runs, CampaignResult::expectedCasualties),
        estimate(runs, r -> r.wastedClearanceM2() / 1e6),
        estimate(runs, r -> r.missedContaminationM2() / 1e6),
        estimate(runs, CampaignResult::itemsFound),
        estimate(runs, CampaignResult::areasReleased),
        bands(runs, weeks, (r, w) -> r.valueByWeek()[w]),
        bands(runs, weeks, (r, w) -> r.casualtiesByWeek()[w]));
  }

  private static Estimate estimate(List<CampaignResult> runs, ToDoubleFunction<CampaignResult> f) {
    return Estimate.of(runs.stream().mapToDouble(f).toArray());
  }

  private interface Series {
    double at(CampaignResult r, int week);
  }

  private static double[][] bands(List<CampaignResult> runs, int weeks, Series s) {
    double[][] out = new double[3][weeks];
    for (int w = 0; w < weeks; w++) {
      double[] v = new double[runs.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = s.at(runs.get(k), w);
      }
      Estimate e = Estimate.of(v);
      out[0][w] = e.mean();
      out[1][w] = e.low();
      out[2][w] = e.high();
    }
    return out;
  }
}
