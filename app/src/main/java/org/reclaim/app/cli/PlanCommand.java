package org.reclaim.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reclaim.app.plan.PlanRequest;
import org.reclaim.app.plan.RegisterPlanning;
import org.reclaim.app.wiring.RegisterContext;
import org.reclaim.planner.PlanResult;
import org.reclaim.planner.PlannerService;
import org.reclaim.planner.json.PlanJson;
import org.reclaim.planner.json.ProblemJson;
import org.reclaim.planner.plan.Plan;
import org.reclaim.planner.plan.PlanChanges;
import org.reclaim.planner.plan.PlanKpis;
import org.reclaim.planner.plan.SolveOptions;
import org.reclaim.planner.plan.SolveProgress;
import org.reclaim.planner.plan.Unassigned;
import org.reclaim.planner.problem.PlanningProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reclaim plan --input problem.json}: solves a plain scheduling problem (the same JSON as
 * {@code POST /api/v1/plans}, documented in {@code docs/planner.md}), or with {@code
 * --from-register} the register's best-ranked areas (as {@code POST /api/v1/plans/from-register}),
 * within a time limit, shows the search's progress on standard error, prints the plan's figures
 * beside the greedy baseline's and writes the schedule and its objective as JSON. Exit 0 with a
 * feasible plan, 1 with an infeasible one, 2 on bad input.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Plan tasks on teams: weighted completion, with the greedy baseline beside it.")
final class PlanCommand implements Callable<Integer> {
  @Option(
      names = {"-i", "--input"},
      paramLabel = "PROBLEM",
      description = "Problem as JSON (see docs/planner.md).")
  Path input;

  @Option(
      names = "--from-register",
      description =
          "Plan the register's best-ranked areas (recommended method each; tasks under way"
              + " pinned; accredited teams; grants as earmarks) instead of --input.")
  boolean fromRegister;

  @Mixin DatabaseOption database = new DatabaseOption();

  @Option(
      names = "--ranking-run",
      paramLabel = "ID",
      description = "With --from-register: the ranking run to plan from (default: the latest).")
  Long rankingRun;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "With --from-register and no run: rank under this policy profile first.")
  String profile;

  @Option(
      names = "--horizon-start",
      paramLabel = "DATE",
      description = "With --from-register: day 0 of the plan (default: today).")
  LocalDate horizonStart;

  @Option(
      names = "--horizon-days",
      paramLabel = "DAYS",
      description = "With --from-register: horizon length (default 90).")
  Integer horizonDays;

  @Option(
      names = "--max-areas",
      paramLabel = "N",
      description = "With --from-register: how many of the best-ranked areas (default 200).")
  Integer maxAreas;

  @Option(
      names = "--write-problem",
      paramLabel = "FILE",
      description = "With --from-register: also write the problem built as problem.json here.")
  Path writeProblem;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PLAN",
      description = "Write the plan as JSON here (default: standard output).")
  Path output;

  @Option(
      names = {"-t", "--time-limit"},
      defaultValue = "30s",
      paramLabel = "DURATION",
      description = "Solver time limit, e.g. 30s, 2m (default ${DEFAULT-VALUE}).")
  String timeLimit;

  @Option(names = "--seed", defaultValue = "0", description = "Solver seed.")
  long seed;

  @Option(
      names = "--previous",
      paramLabel = "PLAN",
      description =
          "Re-plan: start from this earlier plan.json (tasks marked inProgressTeam in the problem"
              + " stay pinned) and report how many assignments moved.")
  Path previous;

  @Option(
      names = "--replan-price-days",
      defaultValue = "1",
      paramLabel = "DAYS",
      description =
          "With --previous: a task moves to another team only when that gains the plan more than"
              + " this many days of the task's value (default ${DEFAULT-VALUE}; 0: any gain).")
  double replanPriceDays;

  @Override
  public Integer call() throws IOException {
    PlanningProblem problem;
    Duration limit;
    List<PlanChanges.Previous> before = null;
    if (!SolveOptions.isReplanPrice(replanPriceDays)) {
      System.err.println("reclaim plan: --replan-price-days must be a number >= 0");
      return 2;
    }
    if ((input == null) == !fromRegister) {
      System.err.println("reclaim plan: give either --input PROBLEM or --from-register");
      return 2;
    }
    try {
      limit = Duration.parse("PT" + timeLimit.toUpperCase(Locale.ROOT));
      problem = fromRegister ? fromRegister(limit) : ProblemJson.read(Files.readString(input));
      if (previous != null) {
        before = PlanJson.readSchedule(Files.readString(previous));
      }
    } catch (NoSuchFileException e) {
      System.err.println("reclaim plan: no such file: " + e.getFile());
      return 2;
    } catch (IllegalArgumentException
        | java.time.format.DateTimeParseException
        | org.reclaim.store.NotFoundException e) {
      System.err.println(
          "reclaim plan: " + (fromRegister ? "register" : input) + ": " + e.getMessage());
      return 2;
    }
    System.err.printf(
        "reclaim plan: %d tasks, %d teams, %d-day horizon, time limit %s%n",
        problem.tasks().size(), problem.teams().size(), problem.horizonDays(), limit);
    return report(solve(problem, before, limit));
  }

  /** Solves with progress: a bar on a terminal, plain lines elsewhere. */
  private PlanResult solve(
      PlanningProblem problem, List<PlanChanges.Previous> before, Duration limit) {
    PlanResult result;
    boolean bars = Terminal.interactive();
    AtomicReference<String> best = new AtomicReference<>("");
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    try (ProgressBar bar =
        bars
            ? new ProgressBarBuilder()
                .setTaskName("solving")
                .setInitialMax(limit.toMillis())
                .setUnit(" s", 1000)
                .setStyle(ProgressBarStyle.ASCII)
                .continuousUpdate()
                .setUpdateIntervalMillis(500)
                .build()
            : null) {
      // on a terminal the bar follows the clock, each new best plan updating the figures beside
      // it; elsewhere a plain line every few seconds says the same
      long started = System.nanoTime();
      if (bar != null) {
        ticker.scheduleAtFixedRate(
            () -> bar.stepTo(Math.min(limit.toMillis(), (System.nanoTime() - started) / 1_000_000)),
            250,
            250,
            TimeUnit.MILLISECONDS);
      } else {
        ticker.scheduleAtFixedRate(
            () ->
                System.err.printf(
                    Locale.ROOT,
                    "  solving %5.1f s of %d s%s%n",
                    (System.nanoTime() - started) / 1e9,
                    limit.toSeconds(),
                    best.get()),
            ProgressBars.PLAIN_EVERY_MS,
            ProgressBars.PLAIN_EVERY_MS,
            TimeUnit.MILLISECONDS);
      }
      SolveOptions options =
          SolveOptions.ofTimeLimit(limit).withRandomSeed(seed).withReplanPriceDays(replanPriceDays);
      Consumer<SolveProgress> progress =
          p -> {
            best.set(
                String.format(
                    Locale.ROOT,
                    " best %s objective %.6g",
                    p.feasible() ? "feasible" : "INFEASIBLE",
                    p.objective()));
            if (bar != null) {
              bar.setExtraMessage(best.get());
            }
          };
      PlannerService planner = new PlannerService();
      result =
          before == null
              ? planner.solve(problem, options, progress)
              : planner.replan(problem, before, options, progress, null);
      ticker.shutdownNow();
      if (bar != null) {
        bar.stepTo(limit.toMillis());
      }
    } finally {
      ticker.shutdownNow();
    }
    return result;
  }

  /** Prints the figures of both plans and writes the plan; the exit code. */
  private int report(PlanResult result) throws IOException {
    print("greedy", result.greedy());
    print("solver", result.plan());
    System.err.printf(
        Locale.ROOT, "improvement over greedy: %.2f %%%n", 100 * result.improvementOverGreedy());
    if (result.changes() != null) {
      PlanChanges c = result.changes();
      System.err.printf(
          "re-plan: %d assignments kept, %d moved (%d to another team), %d added, %d dropped%n",
          c.kept(), c.moved(), c.reassigned(), c.added(), c.dropped());
    }
    for (Unassigned u : result.plan().unassigned()) {
      System.err.printf("unassigned %s: %s (%s)%n", u.taskId(), u.reason(), u.detail());
    }
    String json = PlanJson.write(result);
    if (output == null) {
      System.out.println(json);
    } else {
      Files.writeString(output, json);
      System.err.println("plan written to " + output);
    }
    return result.plan().feasible() ? 0 : 1;
  }

  /**
   * The problem {@code POST /api/v1/plans/from-register} would queue, built from the register these
   * options name; written to {@code --write-problem} when given.
   */
  private PlanningProblem fromRegister(Duration limit) throws IOException {
    try (RegisterContext register = RegisterContext.open(database.config())) {
      RegisterPlanning planning = register.services().planning();
      RegisterPlanning.Built built =
          planning.build(
              new PlanRequest(
                  rankingRun,
                  profile,
                  horizonStart,
                  horizonDays,
                  (int) Math.max(1, limit.toSeconds()),
                  maxAreas,
                  null,
                  null,
                  null),
              "cli");
      System.err.printf(
          "reclaim plan: ranking run %d (%s): %d areas, %d tasks under way, %d of the best"
              + " skipped (released or no method), %d earmarks%n",
          built.rankingRunId(),
          built.profile(),
          built.areas(),
          built.inProgress(),
          built.skipped(),
          built.earmarks());
      if (writeProblem != null) {
        Files.writeString(writeProblem, built.json());
        System.err.println("problem written to " + writeProblem);
      }
      return built.problem();
    }
  }

  private static void print(String name, Plan plan) {
    PlanKpis k = plan.kpis();
    System.err.printf(
        Locale.ROOT,
        "%-6s objective %.6g  weighted completion %.6g  assigned %d  unassigned %d"
            + "  cost US$%,.0f  utilisation %.1f %%  %s%n",
        name,
        k.objective(),
        k.weightedCompletion(),
        k.assignedCount(),
        k.unassignedCount(),
        k.costUsd(),
        100 * k.teamUtilisation(),
        plan.feasible() ? "feasible" : plan.violations().size() + " hard violations");
  }
}
