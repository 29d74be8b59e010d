package org.reclaim.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.reclaim.app.release.OperationsReport;
import org.reclaim.app.release.OperationsReportPdf;
import org.reclaim.app.release.ReportService;
import org.reclaim.app.release.ReportService.GroupBy;
import org.reclaim.app.wiring.Services;
import org.reclaim.domain.compensation.CompensationCheck;
import org.reclaim.domain.compensation.CompensationRules;
import org.reclaim.domain.funding.HalfYear;
import org.reclaim.domain.funding.PledgeReportOp;
import org.reclaim.domain.release.ReleaseAggregateOp;
import org.reclaim.domain.strategy.GradingOp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code reclaim report …}: the aggregate reports of land release from the command line, the same
 * figures as {@code GET /api/v1/reports/…}, as tab-separated text (or HTML/PDF for the monthly
 * report). Exit 0 on success, 2 when an option is refused (the message names it).
 *
 * <p>Table-driven: {@link #REPORTS} holds one {@link Report} per subcommand — its name, options,
 * the service call and what it answers (a {@link Table}, a {@link Document} or a {@link Verdict}) —
 * and {@link #addTo} turns each into a picocli subcommand with the shared {@code --db-url} / {@code
 * --demo} options.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Reports: operations, monthly, donors, cost-per-m2, indicators, nexus, compensation,"
            + " export.",
    subcommands = {ExportCommand.class})
final class ReportCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** What a report answers. */
  sealed interface Result permits Table, Document, Verdict {}

  /**
   * Rows printed tab-separated under a header (column names separated by tabs); a {@code double}
   * cell prints with 2 decimals.
   */
  record Table(String header, List<List<Object>> rows) implements Result {}

  /** A page written to {@code --out} (or printed): HTML, or a PDF when {@code pdf} is given. */
  record Document(Supplier<String> html, Supplier<byte[]> pdf) implements Result {}

  /** Lines printed as they are, and the exit code they mean. */
  record Verdict(List<String> lines, int exitCode) implements Result {}

  /** One option of a report. */
  record Opt(
      String name, Class<?> type, boolean required, String defaultValue, String description) {
    static Opt required(String name, Class<?> type, String description) {
      return new Opt(name, type, true, null, description);
    }

    /** An optional option; {@code defaultValue} may be {@code null} (absent = null). */
    static Opt optional(String name, Class<?> type, String defaultValue, String description) {
      return new Opt(name, type, false, defaultValue, description);
    }
  }

  /** The parsed options of one run. */
  record Args(CommandSpec spec) {
    <T> T get(String name) {
      return spec.findOption(name).getValue();
    }
  }

  /** One report: its subcommand, options, and the service call that answers it. */
  record Report(
      String name,
      String description,
      List<Opt> options,
      BiFunction<Args, Services, Result> call) {}

  private static final String BY_PERIOD = "MONTH, YEAR, REGION, OPERATOR or METHOD";

  static final List<Report> REPORTS =
      List.of(
          new Report(
              "operations",
              "Land released between two dates, by month, year, region, operator or method.",
              List.of(
                  Opt.required("--from", LocalDate.class, "First day, e.g. 2026-01-01."),
                  Opt.required("--to", LocalDate.class, "Last day, e.g. 2026-12-31."),
                  Opt.optional("--by", GroupBy.class, "MONTH", BY_PERIOD + " (default: MONTH).")),
              ReportCommand::operations),
          new Report(
              "monthly",
              "The monthly operations report as an HTML page or a PDF.",
              List.of(
                  Opt.required("--month", YearMonth.class, "The month, e.g. 2026-04."),
                  Opt.optional("--out", Path.class, null, "Write to this file (default: output)."),
                  Opt.optional(
                      "--pdf", boolean.class, "false", "PDF instead of HTML (needs --out).")),
              ReportCommand::monthly),
          new Report(
              "donors",
              "Pledge report per donor for a half-year, with each donor's share.",
              List.of(Opt.required("--half", String.class, "The half-year, e.g. 2026-H1.")),
              ReportCommand::donors),
          new Report(
              "cost-per-m2",
              "Cost per m² released by method, operator or region.",
              List.of(
                  Opt.optional(
                      "--by",
                      GroupBy.class,
                      "METHOD",
                      "METHOD, OPERATOR or REGION (default: METHOD).")),
              ReportCommand::costPerM2),
          new Report(
              "indicators",
              "Strategy indicators: target, actual, achievement from the baseline and grade per"
                  + " year.",
              List.of(),
              (a, s) -> indicators(s)),
          new Report(
              "nexus",
              "Hectares of released farmland back in production, by region and year.",
              List.of(
                  Opt.optional("--monthly", boolean.class, "false", "By month instead of year.")),
              ReportCommand::nexus),
          new Report(
              "compensation",
              "Agricultural compensation pre-check of one parcel; exit 0 eligible, 1 not.",
              List.of(
                  Opt.required("--parcel", long.class, "The parcel's id."),
                  Opt.optional(
                      "--no-nts", boolean.class, "false", "Do not require NTS confirmation."),
                  Opt.optional(
                      "--min-km-contact-line",
                      double.class,
                      "0",
                      "Required distance from the contact line, km (0: no rule)."),
                  Opt.optional(
                      "--min-km-border",
                      double.class,
                      "0",
                      "Required distance from the border, km (0: no rule).")),
              ReportCommand::compensation));

  /** Adds a subcommand per {@link #REPORTS} entry to the {@code report} command line. */
  static void addTo(CommandLine report) {
    for (Report r : REPORTS) {
      Runner runner = new Runner(r);
      CommandSpec spec = CommandSpec.wrapWithoutInspection(runner);
      spec.name(r.name()).mixinStandardHelpOptions(true);
      spec.usageMessage().description(r.description());
      spec.addMixin("db", CommandSpec.forAnnotatedObject(runner.db));
      for (Opt o : r.options()) {
        OptionSpec.Builder b =
            OptionSpec.builder(o.name()).type(o.type()).description(o.description());
        b.required(o.required());
        if (o.defaultValue() != null) {
          b.defaultValue(o.defaultValue());
        }
        spec.addOption(b.build());
      }
      runner.spec = spec;
      report.addSubcommand(r.name(), new CommandLine(spec));
    }
  }

  /** Runs one report on the register and prints its result. */
  private static final class Runner implements Callable<Integer> {
    private final Report report;
    private final DatabaseOption db = new DatabaseOption();
    private CommandSpec spec;

    Runner(Report report) {
      this.report = report;
    }

    @Override
    public Integer call() {
      Args args = new Args(spec);
      return RegisterCall.run(
          "report " + report.name(), null, db, s -> print(report.call().apply(args, s), args));
    }
  }

  private static int print(Result result, Args args) {
    return switch (result) {
      case Table t -> {
        System.out.println(t.header());
        t.rows().forEach(row -> System.out.println(tabs(row)));
        yield 0;
      }
      case Verdict v -> {
        v.lines().forEach(System.out::println);
        yield v.exitCode();
      }
      case Document d -> document(d, args);
    };
  }

  private static int document(Document d, Args args) {
    Path out = args.get("--out");
    boolean pdf = args.get("--pdf");
    if (!pdf) {
      return RegisterCall.write("report", d.html().get(), out);
    }
    if (out == null) {
      System.err.println("reclaim report monthly: --pdf needs --out FILE");
      return 2;
    }
    try {
      Files.write(out, d.pdf().get());
      System.out.println("wrote " + out);
      return 0;
    } catch (IOException e) {
      System.err.println("reclaim report: cannot write " + out + ": " + e.getMessage());
      return 1;
    }
  }

  private static String tabs(List<Object> row) {
    List<String> cells = new ArrayList<>(row.size());
    for (Object c : row) {
      cells.add(c instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(c));
    }
    return String.join("\t", cells);
  }

  private static List<Object> totals(Object key, ReleaseAggregateOp.Totals t) {
    return List.of(
        key,
        t.bookings(),
        t.cancelledM2(),
        t.reducedM2(),
        t.clearedM2(),
        t.releasedM2(),
        t.itemsFound());
  }

  private static Result operations(Args a, Services s) {
    GroupBy by = a.get("--by");
    Map<String, ReleaseAggregateOp.Totals> g =
        s.reports().operations(a.get("--from"), a.get("--to"), by);
    List<List<Object>> rows = new ArrayList<>();
    g.forEach((k, t) -> rows.add(totals(k, t)));
    rows.add(totals("total", OperationsReport.total(g)));
    return new Table(
        by.name().toLowerCase(Locale.ROOT)
            + "\tbookings\tcancelled_m2\treduced_m2\tcleared_m2\treleased_m2\titems",
        rows);
  }

  private static Result monthly(Args a, Services s) {
    YearMonth month = a.get("--month");
    ReportService r = s.reports();
    LocalDate f = month.atDay(1);
    LocalDate t = month.atEndOfMonth();
    OperationsReport.Names names = s.reports().names();
    Map<String, ReleaseAggregateOp.Totals> byRegion = r.operations(f, t, GroupBy.REGION);
    Map<String, ReleaseAggregateOp.Totals> byOperator = r.operations(f, t, GroupBy.OPERATOR);
    Map<String, ReleaseAggregateOp.Totals> byMethod = r.operations(f, t, GroupBy.METHOD);
    return new Document(
        () -> OperationsReport.html(month, byRegion, byOperator, byMethod, names),
        () -> OperationsReportPdf.pdf(month, byRegion, byOperator, byMethod, names));
  }

  private static Result donors(Args a, Services s) {
    HalfYear h = HalfYear.parse(a.get("--half"));
    List<List<Object>> rows = new ArrayList<>();
    for (PledgeReportOp.Line l : s.reports().donors(h)) {
      rows.add(
          List.of(
              l.donor(),
              l.pledgedUsd(),
              l.committedUsd(),
              l.disbursedUsd(),
              l.spentUsd(),
              l.outputsM2(),
              l.sharePercent()));
    }
    return new Table(
        "donor\tpledged_usd\tcommitted_usd\tdisbursed_usd\tspent_usd\toutputs_m2\tshare_percent",
        rows);
  }

  private static Result costPerM2(Args a, Services s) {
    GroupBy by = a.get("--by");
    List<List<Object>> rows = new ArrayList<>();
    s.reports()
        .costPerM2(by)
        .forEach(
            (k, r) ->
                rows.add(
                    List.of(
                        k,
                        r.tasks(),
                        r.costUsd(),
                        r.releasedM2(),
                        String.format(Locale.ROOT, "%.4f", r.usdPerM2()))));
    return new Table(
        by.name().toLowerCase(Locale.ROOT) + "\ttasks\tcost_usd\treleased_m2\tusd_per_m2", rows);
  }

  private static Result indicators(Services s) {
    List<List<Object>> rows = new ArrayList<>();
    for (GradingOp.Row r : s.reports().indicators(GradingOp.Thresholds.DEFAULT)) {
      rows.add(
          List.of(
              r.indicator().code(),
              r.year(),
              String.valueOf(r.target()),
              String.valueOf(r.actual()),
              100 * r.achievement(),
              r.grade(),
              r.budgetUsd(),
              r.indicator().budgetLine()));
    }
    return new Table(
        "code\tyear\ttarget\tactual\tachievement_percent\tgrade\tbudget_usd\tbudget_line", rows);
  }

  private static Result nexus(Args a, Services s) {
    List<List<Object>> rows = new ArrayList<>();
    s.handovers()
        .nexus(a.get("--monthly"))
        .forEach(
            (region, byPeriod) -> byPeriod.forEach((p, ha) -> rows.add(List.of(region, p, ha))));
    return new Table("region_id\tperiod\thectares", rows);
  }

  private static Result compensation(Args a, Services s) {
    long parcel = a.get("--parcel");
    boolean noNts = a.get("--no-nts");
    CompensationCheck.Result r =
        s.compensation()
            .check(
                parcel,
                new CompensationRules(
                    !noNts, a.get("--min-km-contact-line"), a.get("--min-km-border")));
    List<String> lines = new ArrayList<>();
    lines.add("parcel " + parcel + ": " + (r.eligible() ? "ELIGIBLE" : "NOT ELIGIBLE"));
    r.findings()
        .forEach(
            f -> lines.add((f.passed() ? "  pass  " : "  FAIL  ") + f.rule() + ": " + f.detail()));
    return new Verdict(lines, r.eligible() ? 0 : 1);
  }
}
