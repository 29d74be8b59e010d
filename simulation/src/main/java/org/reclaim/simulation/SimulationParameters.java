package org.reclaim.simulation;

/**
 * Everything a land-release campaign assumes, with its default and the source it comes from
 * (docs/simulation.md gives each in full). Every policy of a comparison runs under the same
 * parameters; only its decisions differ.
 *
 * @param years length of the campaign, years (52 weekly steps each)
 * @param planEveryWeeks a policy decides (ranks, recommends methods, plans) every this many weeks,
 *     for a horizon of as many weeks; work under way at the end of a period carries over
 * @param budgetUsdPerYear money for release work each year; work stops when a year's money is spent
 * @param demoScale size of the demo world ({@code DemoParameters.demo().scaled}): 1 = 3,000 areas
 * @param partDays an area's work is split into parts of about this many team-days (at the median
 *     team's rate for the method, terrain and vegetation), so that several teams can work one large
 *     area and a part fits well inside a planning period
 * @param productivitySigma spread of a team's weekly productivity (lognormal, mean 1)
 * @param ntsDetect chance that non-technical survey of contaminated land finds the evidence that
 *     confirms it (otherwise the land is cancelled: missed contamination)
 * @param ntsCancelClean chance that non-technical survey of clean land can cancel it (otherwise it
 *     is inconclusive and goes on to technical survey)
 * @param tsDetect chance that technical survey of contaminated land finds it (then only the
 *     contaminated part is left for clearance; otherwise all of it is reduced: missed)
 * @param qcFail chance that quality control after clearance finds a fault, reopening a tenth of the
 *     part's work (IMAS 09.20)
 * @param casualtiesPerExposedYear casualties a year per person living near hazardous areas, as the
 *     register stands on the first day; the rate on each area follows its contaminated share and
 *     whether its land is released (used fully) or still marked
 * @param useOfMarkedLand how much people still use land marked hazardous, against released land (1)
 * @param reportPerWeek chance a week that people report explosive ordnance on contaminated land not
 *     yet released (a direct report)
 * @param falseReportPerWeek chance a week of a report on clean land (an indirect one)
 * @param usdPerInfrastructureSite value of unblocking one critical infrastructure site
 * @param usdPerExposedPersonYear value of one person-year of exposure removed (the value of a
 *     statistical life × the casualty risk it carries)
 * @param valueYears years a release keeps giving its yearly value (farmland in use, exposure
 *     removed), counted as an annuity at {@code discountRate}
 * @param discountRate yearly rate at which later value counts less (also from the campaign's start
 *     to the release)
 * @param retrainEveryWeeks a learning policy retrains its likelihood model this often
 * @param planMoves local-search moves of an optimised plan (a move limit, not a time limit: the
 *     campaign's plans, and so its numbers, depend on the seed only)
 * @param threads campaigns run at once
 */
public record SimulationParameters(
    int years,
    int planEveryWeeks,
    double budgetUsdPerYear,
    double demoScale,
    double partDays,
    double productivitySigma,
    double ntsDetect,
    double ntsCancelClean,
    double tsDetect,
    double qcFail,
    double casualtiesPerExposedYear,
    double useOfMarkedLand,
    double reportPerWeek,
    double falseReportPerWeek,
    double usdPerInfrastructureSite,
    double usdPerExposedPersonYear,
    int valueYears,
    double discountRate,
    int retrainEveryWeeks,
    long planMoves,
    int threads) {

  /** Checks every number. */
  public SimulationParameters {
    positive("years", years);
    positive("planEveryWeeks", planEveryWeeks);
    positive("budgetUsdPerYear", budgetUsdPerYear);
    positive("demoScale", demoScale);
    positive("partDays", partDays);
    nonNegative("productivitySigma", productivitySigma);
    for (double p :
        new double[] {
          ntsDetect,
          ntsCancelClean,
          tsDetect,
          qcFail,
          useOfMarkedLand,
          reportPerWeek,
          falseReportPerWeek
        }) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("parameters: a probability must be in [0, 1], was " + p);
      }
    }
    nonNegative("casualtiesPerExposedYear", casualtiesPerExposedYear);
    nonNegative("usdPerInfrastructureSite", usdPerInfrastructureSite);
    nonNegative("usdPerExposedPersonYear", usdPerExposedPersonYear);
    positive("valueYears", valueYears);
    nonNegative("discountRate", discountRate);
    positive("retrainEveryWeeks", retrainEveryWeeks);
    positive("planMoves", planMoves);
    positive("threads", threads);
  }

  /** The defaults of docs/simulation.md: 3 years, the full demo world, US$ 30 M a year. */
  public static SimulationParameters defaults() {
    return new SimulationParameters(
        3,
        13,
        30_000_000,
        1.0,
        20,
        0.3,
        0.7,
        0.85,
        0.9,
        0.05,
        7e-5,
        0.2,
        0.004,
        0.001,
        250_000,
        105,
        20,
        0.05,
        13,
        5_000,
        2);
  }

  /**
   * What a yearly value of 1 from now on is worth today: the annuity factor of {@code valueYears}
   * at {@code discountRate}.
   */
  public double annuity() {
    return discountRate == 0
        ? valueYears
        : (1 - Math.pow(1 + discountRate, -valueYears)) / discountRate;
  }

  /** What 1 in week {@code week} of the campaign is worth at its start. */
  public double discount(int week) {
    return Math.pow(1 + discountRate, -week / 52.0);
  }

  /** Weekly steps of the campaign. */
  public int weeks() {
    return years * 52;
  }

  /** With {@code n} years. */
  public SimulationParameters withYears(int n) {
    return copy(n, budgetUsdPerYear, demoScale, planMoves, threads);
  }

  /** On a demo world of {@code scale}. */
  public SimulationParameters withDemoScale(double scale) {
    return copy(years, budgetUsdPerYear, scale, planMoves, threads);
  }

  /** With a budget of {@code usd} a year. */
  public SimulationParameters withBudget(double usd) {
    return copy(years, usd, demoScale, planMoves, threads);
  }

  /** With optimised plans of {@code moves}, {@code threadCount} campaigns at once. */
  public SimulationParameters withComputing(long moves, int threadCount) {
    return copy(years, budgetUsdPerYear, demoScale, moves, threadCount);
  }

  /** These parameters with the ones a user sets from the command line changed. */
  private SimulationParameters copy(
      int y, double budget, double scale, long moves, int threadCount) {
    return new SimulationParameters(
        y,
        planEveryWeeks,
        budget,
        scale,
        partDays,
        productivitySigma,
        ntsDetect,
        ntsCancelClean,
        tsDetect,
        qcFail,
        casualtiesPerExposedYear,
        useOfMarkedLand,
        reportPerWeek,
        falseReportPerWeek,
        usdPerInfrastructureSite,
        usdPerExposedPersonYear,
        valueYears,
        discountRate,
        retrainEveryWeeks,
        moves,
        threadCount);
  }

  private static void positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("parameters." + name + ": must be > 0, was " + v);
    }
  }

  private static void nonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("parameters." + name + ": must be >= 0, was " + v);
    }
  }
}
