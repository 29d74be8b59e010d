package org.reclaim.simulation;

/**
 * What one policy's campaign on one seed came to, as totals and as weekly cumulative series (index
 * = week, the value at its end).
 *
 * @param policy the policy's name
 * @param seed the world's seed
 * @param spentUsd money spent on release work
 * @param value value released, US$, by component (see {@link Value})
 * @param cancelledM2 land cancelled by non-technical survey
 * @param reducedM2 land reduced by technical survey
 * @param clearedM2 land cleared
 * @param casualties casualties in the simulated population
 * @param expectedCasualties the expected number of them (the sum of the weekly accident rates)
 * @param wastedClearanceM2 m² cleared that held nothing
 * @param missedContaminationM2 contaminated m² released by cancellation or reduction (the truth
 *     says it held ordnance): the safety measure
 * @param itemsFound explosive ordnance items found
 * @param areasReleased areas released in full
 * @param areasWorked areas where any work was done
 * @param valueByWeek cumulative value released, US$
 * @param casualtiesByWeek cumulative casualties
 * @param releasedM2ByWeek cumulative land released, by category (cancelled, reduced, cleared)
 * @param spentByWeek cumulative money spent
 */
public record CampaignResult(
    String policy,
    long seed,
    double spentUsd,
    Value value,
    double cancelledM2,
    double reducedM2,
    double clearedM2,
    int casualties,
    double expectedCasualties,
    double wastedClearanceM2,
    double missedContaminationM2,
    long itemsFound,
    int areasReleased,
    int areasWorked,
    double[] valueByWeek,
    int[] casualtiesByWeek,
    double[][] releasedM2ByWeek,
    double[] spentByWeek) {

  /**
   * Value released, by what it is made of (docs/simulation.md, "Value").
   *
   * @param farmland yearly value of farmland back in use, for the weeks it was in use
   * @param exposure person-years of exposure removed × the value of one
   * @param infrastructure sites unblocked × the value of one
   * @param recovery budgets of recovery projects unblocked
   */
  public record Value(double farmland, double exposure, double infrastructure, double recovery) {
    /** The sum. */
    public double total() {
      return farmland + exposure + infrastructure + recovery;
    }
  }

  /** Value released per US$ spent (0 when nothing was spent). */
  public double valuePerUsd() {
    return spentUsd > 0 ? value.total() / spentUsd : 0;
  }

  /** Land released in all, m². */
  public double releasedM2() {
    return cancelledM2 + reducedM2 + clearedM2;
  }
}
