package org.reclaim.bench.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reclaim.app.cli.SimulateCommand;
import org.reclaim.app.simulate.SimulationReport;
import org.reclaim.app.simulate.SimulationService;
import org.reclaim.simulation.ComparisonResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reclaim bench decisions}: the decision-quality comparison of docs/simulation.md — six
 * policies, 3 years, 20 seeds, the full demo world — against its targets: finished within ten
 * minutes on this machine, and the goal (Reclaim's best policy at least 1.5× the value per US$ of
 * the best status-quo policy, missed contamination within its tolerance), reported whatever it
 * says.
 */
@Command(
    name = "decisions",
    mixinStandardHelpOptions = true,
    description = "Benchmark the decision simulator: 6 policies x 3 years x 20 seeds, timed.")
final class DecisionsBench implements Callable<Integer> {
  static final double TARGET_SECONDS = 600;

  @Option(names = "--seeds", defaultValue = "20", description = "Worlds (${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--years", defaultValue = "3", description = "Years (${DEFAULT-VALUE}).")
  int years;

  @Option(names = "--profile", defaultValue = "civilian-safety", description = "Profile.")
  String profile;

  @Option(names = "--report", description = "Also write the HTML report here.")
  Path report;

  @Override
  public Integer call() throws Exception {
    SimulationService.Request request =
        new SimulationService.Request(profile, seeds, 1, years, null, 1.0, 5_000, 2, false);
    long start = System.nanoTime();
    ComparisonResult r =
        new SimulationService()
            .compare(
                request,
                (done, total, last) ->
                    System.err.printf(
                        Locale.ROOT,
                        "  %d/%d %s, seed %d (%.0f s)%n",
                        done,
                        total,
                        last.policy(),
                        last.seed(),
                        (System.nanoTime() - start) / 1e9));
    double seconds = (System.nanoTime() - start) / 1e9;
    SimulateCommand.print(r, System.out);
    boolean fast = seconds <= TARGET_SECONDS;
    System.out.printf(
        Locale.ROOT,
        "%d campaigns (%d policies x %d seeds x %d years) in %.0f s   target <= %.0f s  %s%n",
        r.campaigns().size(),
        r.policies().size(),
        seeds,
        years,
        seconds,
        TARGET_SECONDS,
        fast ? "MET" : "NOT MET");
    if (report != null) {
      Files.writeString(report, SimulationReport.html(r, profile), StandardCharsets.UTF_8);
      System.out.println("wrote " + report);
    }
    return fast ? 0 : 1;
  }
}
