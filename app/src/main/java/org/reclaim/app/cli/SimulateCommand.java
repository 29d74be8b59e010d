package org.reclaim.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reclaim.app.simulate.SimulationReport;
import org.reclaim.app.simulate.SimulationService;
import org.reclaim.simulation.ComparisonResult;
import org.reclaim.simulation.Estimate;
import org.reclaim.simulation.PolicySummary;
import org.reclaim.simulation.SimulationParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reclaim simulate}: years of land release on the demo world with its hidden truth, every
 * policy on the same seeds (docs/simulation.md), the measures with their 95 % intervals, and the
 * goal judged; {@code --report} writes the HTML report. Needs no register.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Compare land-release policies (today's practice and Reclaim's) in a seeded simulation of"
            + " years of work on the demo world with its hidden truth.")
public final class SimulateCommand implements Callable<Integer> {
  @Option(names = "--seeds", defaultValue = "20", description = "Worlds (${DEFAULT-VALUE}).")
  int seeds;

  @Option(
      names = "--first-seed",
      defaultValue = "1",
      description = "First seed (${DEFAULT-VALUE}).")
  long firstSeed;

  @Option(
      names = "--years",
      defaultValue = "3",
      description = "Campaign length (${DEFAULT-VALUE}).")
  int years;

  @Option(names = "--budget", description = "US$ a year (default: 30,000,000 × --scale).")
  Double budget;

  @Option(
      names = "--scale",
      defaultValue = "1",
      description = "Demo world size, 1 = 3,000 hazardous areas (${DEFAULT-VALUE}).")
  double scale;

  @Option(
      names = "--profile",
      defaultValue = "civilian-safety",
      description = "Built-in policy profile for the ranking policies (${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = "--plan-moves",
      defaultValue = "5000",
      description = "Local-search moves of each optimised plan (${DEFAULT-VALUE}).")
  long planMoves;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Campaigns at once (${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--what-if",
      description = "Only today's impact scoring against Reclaim's full policy.")
  boolean whatIf;

  @Option(
      names = "--cancel-below",
      description =
          "Replace the profile's threshold below which likely-clean land is cancelled by"
              + " non-technical survey (default 0.10).")
  Double cancelBelow;

  @Option(
      names = "--clear-above",
      description =
          "Replace the profile's threshold from which land is cleared rather than reduced by"
              + " technical survey (default 0.25).")
  Double clearAbove;

  @Option(names = "--report", description = "Write the HTML report here.")
  Path report;

  @Override
  public Integer call() throws IOException {
    SimulationService.Request request;
    try {
      request =
          new SimulationService.Request(
              profile,
              seeds,
              firstSeed,
              years,
              budget,
              scale,
              planMoves,
              threads,
              whatIf,
              cancelBelow,
              clearAbove);
      request.policyProfile();
    } catch (IllegalArgumentException e) {
      System.err.println("reclaim simulate: " + e.getMessage());
      return 2;
    }
    long start = System.nanoTime();
    ComparisonResult result;
    try (ProgressBars bars = new ProgressBars()) {
      result =
          new SimulationService()
              .compare(request, (done, total, last) -> bars.progress("campaigns", done, total));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    print(result, System.out);
    System.out.printf(
        Locale.ROOT,
        "%d campaigns in %.1f s (%d threads)%n",
        result.campaigns().size(),
        seconds,
        threads);
    if (report != null) {
      Files.writeString(report, SimulationReport.html(result, profile), StandardCharsets.UTF_8);
      System.out.println("wrote " + report);
    }
    return 0;
  }

  /** The table of measures and the goal, as text. */
  public static void print(ComparisonResult r, PrintStream out) {
    SimulationParameters p = r.parameters();
    out.printf(
        Locale.ROOT,
        "%d seeds, %d years, demo scale %s, US$ %,.0f a year; mean [95 %% interval] over seeds%n",
        r.seeds().size(),
        p.years(),
        p.demoScale(),
        p.budgetUsdPerYear());
    out.printf(
        Locale.ROOT,
        "%-38s %-22s %-20s %-10s %-10s %-10s %-18s %-12s %-18s%n",
        "policy",
        "value per US$",
        "value US$ M",
        "canc. km²",
        "red. km²",
        "clr. km²",
        "casualties",
        "wasted km²",
        "missed km²");
    for (PolicySummary s : r.policies()) {
      out.printf(
          Locale.ROOT,
          "%-38s %-22s %-20s %-10.2f %-10.2f %-10.2f %-18s %-12.2f %-18s%n",
          s.policy() + (s.statusQuo() ? " *" : ""),
          interval(s.valuePerUsd(), 1, 2),
          interval(s.valueUsd(), 1e-6, 0),
          s.cancelledKm2().mean(),
          s.reducedKm2().mean(),
          s.clearedKm2().mean(),
          interval(s.casualties(), 1, 0),
          s.wastedClearanceKm2().mean(),
          interval(s.missedContaminationKm2(), 1, 3));
    }
    out.println("* status quo");
    out.printf(
        Locale.ROOT,
        "goal: %s releases %.2f× [%.2f–%.2f] the value per US$ of %s (target %.1f×): %s%n",
        r.bestReclaim(),
        r.ratio().mean(),
        r.ratio().low(),
        r.ratio().high(),
        r.bestStatusQuo(),
        ComparisonResult.GOAL_RATIO,
        r.valueGoalMet() ? "MET" : "NOT MET");
    out.printf(
        Locale.ROOT,
        "safety: %s misses %.3f km² of contamination (allowed %.3f km²): %s%n",
        r.bestReclaim(),
        r.bestReclaim().isEmpty()
            ? Double.NaN
            : r.policy(r.bestReclaim()).missedContaminationKm2().mean(),
        r.missedAllowedKm2(),
        r.safetyGoalMet() ? "MET" : "NOT MET");
  }

  private static String interval(Estimate e, double scale, int digits) {
    String f = "%." + digits + "f";
    return String.format(
        Locale.ROOT,
        f + " [" + f + "–" + f + "]",
        e.mean() * scale,
        e.low() * scale,
        e.high() * scale);
  }
}
