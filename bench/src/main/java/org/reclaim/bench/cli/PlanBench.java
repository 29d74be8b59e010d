package org.reclaim.bench.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reclaim.bench.plan.PlanBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reclaim bench plan}: the planner against its targets (docs/benchmarks.md#targets) — a
 * national instance (5,000 tasks, 500 teams, 90 days: feasible within 60 s, objective at least 15 %
 * below greedy) and small instances against the exact optimum from CP-SAT (gap at most 3 %), one
 * line per instance. Exit 0 when every target is met.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Planner benchmark: large instance vs greedy, small instances vs CP-SAT.")
final class PlanBench implements Callable<Integer> {
  @Option(names = "--tasks", defaultValue = "5000", description = "Tasks (${DEFAULT-VALUE}).")
  int tasks;

  @Option(names = "--teams", defaultValue = "500", description = "Teams (${DEFAULT-VALUE}).")
  int teams;

  @Option(names = "--horizon", defaultValue = "90", description = "Days (${DEFAULT-VALUE}).")
  int horizon;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--time-limit",
      defaultValue = "50",
      description =
          "Time limit of the large instance's solve, starts included, s (${DEFAULT-VALUE}; the"
              + " 60 s target is for the plan to be ready)")
  int timeLimit;

  @Option(
      names = "--small",
      defaultValue = "20x4,30x5,45x6,60x8",
      split = ",",
      description = "Small instance sizes, TASKSxTEAMS (${DEFAULT-VALUE}); empty to skip.")
  List<String> small = new ArrayList<>();

  @Option(names = "--small-seeds", defaultValue = "2", description = "Seeds per small size.")
  int smallSeeds;

  @Option(
      names = "--small-limit",
      defaultValue = "20",
      description = "Solver limit per small instance, s (${DEFAULT-VALUE}).")
  int smallLimit;

  @Option(
      names = "--exact-limit",
      defaultValue = "60",
      description = "CP-SAT limit per small instance, s (2 workers).")
  int exactLimit;

  @Option(names = "--skip-large", description = "Run only the small instances.")
  boolean skipLarge;

  @Option(
      names = "--lower-bound",
      description =
          "Also bound the large instance's optimum from below: the LP of each independent part"
              + " small enough (OR-Tools GLOP), else its Lagrangian bound.")
  boolean lowerBound;

  @Option(
      names = "--replan",
      description =
          "Also re-plan the large instance a week on (first week in progress, 200 new tasks) at"
              + " re-planning prices 0, 1 and 5 days and afresh, each within --replan-limit.")
  boolean replan;

  @Option(
      names = "--replan-limit",
      defaultValue = "30",
      description = "Time limit per re-plan of --replan, s (${DEFAULT-VALUE}).")
  int replanLimit;

  @Option(
      names = "--lp-limit",
      defaultValue = "600",
      description =
          "Time limit per part of --lower-bound (its LP or its Lagrangian bound), s"
              + " (${DEFAULT-VALUE}).")
  int lpLimit;

  @Override
  public Integer call() {
    PlanBenchmark bench =
        new PlanBenchmark(
            System.out,
            lowerBound ? Duration.ofSeconds(lpLimit) : null,
            replan ? Duration.ofSeconds(replanLimit) : null);
    boolean met = true;
    if (!skipLarge) {
      long[] last = {0};
      met &=
          bench.large(
              seed,
              tasks,
              teams,
              horizon,
              Duration.ofSeconds(timeLimit),
              p -> {
                if (p.elapsedMillis() - last[0] >= 5_000) {
                  last[0] = p.elapsedMillis();
                  System.err.printf(
                      Locale.ROOT,
                      "  %5.1f s  best %s objective %.4e%n",
                      p.elapsedMillis() / 1000.0,
                      p.feasible() ? "feasible" : "INFEASIBLE",
                      p.objective());
                }
              });
    }
    List<PlanBenchmark.Size> sizes = new ArrayList<>();
    for (String s : small) {
      if (s.isBlank()) {
        continue;
      }
      String[] parts = s.toLowerCase(Locale.ROOT).split("x");
      sizes.add(new PlanBenchmark.Size(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
    }
    if (!sizes.isEmpty()) {
      met &=
          bench.small(
              sizes, smallSeeds, Duration.ofSeconds(smallLimit), Duration.ofSeconds(exactLimit));
    }
    System.out.println(met ? "all planner targets MET" : "some planner targets NOT MET");
    return met ? 0 : 1;
  }
}
