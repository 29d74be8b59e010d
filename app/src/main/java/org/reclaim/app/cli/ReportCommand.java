package org.reclaim.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.reclaim.app.register.RegisterFactory;
import org.reclaim.app.release.HandoverService;
import org.reclaim.app.release.OperationsReport;
import org.reclaim.app.release.OperationsReportPdf;
import org.reclaim.app.release.ReportService;
import org.reclaim.app.release.ReportService.GroupBy;
import org.reclaim.domain.DomainException;
import org.reclaim.domain.funding.CostPerM2Op;
import org.reclaim.domain.funding.HalfYear;
import org.reclaim.domain.funding.PledgeReportOp;
import org.reclaim.domain.release.ReleaseAggregateOp;
import org.reclaim.domain.strategy.GradingOp;
import org.reclaim.store.ReclaimStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reclaim report …}: the aggregate reports of land release from the command line, the same
 * figures as {@code GET /api/v1/reports/…}, as tab-separated text (or HTML for the monthly report).
 * Exit 0 on success, 2 when an option is refused (the message names it).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Reports: operations, monthly, donors, cost-per-m2, indicators, nexus, compensation,"
            + " export.",
    subcommands = {
      ReportCommand.Operations.class,
      ReportCommand.Monthly.class,
      ReportCommand.Donors.class,
      ReportCommand.CostPerM2.class,
      ReportCommand.Indicators.class,
      ReportCommand.Nexus.class,
      ReportCommand.Compensation.class,
      ExportCommand.class
    })
final class ReportCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** Opens the register, runs {@code work}, maps refusals to exit code 2. */
  static int withStore(DatabaseOption db, Function<ReclaimStore, Integer> work) {
    try (ReclaimStore store = RegisterFactory.open(RegisterFactory.config(db.url))) {
      return work.apply(store);
    } catch (DomainException e) {
      System.err.println("reclaim report: " + e.getMessage());
      return 2;
    }
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** {@code reclaim report operations}. */
  @Command(
      name = "operations",
      mixinStandardHelpOptions = true,
      description = "Land released between two dates, by month, year, region, operator or method.")
  static final class Operations implements Callable<Integer> {
    @Mixin DatabaseOption db = new DatabaseOption();

    @Option(names = "--from", required = true, description = "First day, e.g. 2026-01-01.")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Last day, e.g. 2026-12-31.")
    LocalDate to;

    @Option(
        names = "--by",
        defaultValue = "MONTH",
        description = "MONTH, YEAR, REGION, OPERATOR or METHOD (default: ${DEFAULT-VALUE}).")
    GroupBy by;

    @Override
    public Integer call() {
      return withStore(
          db,
          store -> {
            Map<String, ReleaseAggregateOp.Totals> g =
                new ReportService(store).operations(from, to, by);
            System.out.println(
                by.name().toLowerCase(Locale.ROOT)
                    + "\tbookings\tcancelled_m2\treduced_m2\tcleared_m2\treleased_m2\titems");
            g.forEach(
                (k, t) ->
                    System.out.println(
                        k
                            + "\t"
                            + t.bookings()
                            + "\t"
                            + n(t.cancelledM2())
                            + "\t"
                            + n(t.reducedM2())
                            + "\t"
                            + n(t.clearedM2())
                            + "\t"
                            + n(t.releasedM2())
                            + "\t"
                            + t.itemsFound()));
            ReleaseAggregateOp.Totals t = OperationsReport.total(g);
            System.out.println(
                "total\t"
                    + t.bookings()
                    + "\t"
                    + n(t.cancelledM2())
                    + "\t"
                    + n(t.reducedM2())
                    + "\t"
                    + n(t.clearedM2())
                    + "\t"
                    + n(t.releasedM2())
                    + "\t"
                    + t.itemsFound());
            return 0;
          });
    }
  }

  /** {@code reclaim report monthly}. */
  @Command(
      name = "monthly",
      mixinStandardHelpOptions = true,
      description = "The monthly operations report as an HTML page or a PDF.")
  static final class Monthly implements Callable<Integer> {
    @Mixin DatabaseOption db = new DatabaseOption();

    @Option(names = "--month", required = true, description = "The month, e.g. 2026-04.")
    YearMonth month;

    @Option(names = "--out", description = "Write to this file (default: standard output).")
    Path out;

    @Option(names = "--pdf", description = "PDF instead of HTML (needs --out).")
    boolean pdf;

    @Override
    public Integer call() {
      if (pdf && out == null) {
        System.err.println("reclaim report monthly: --pdf needs --out FILE");
        return 2;
      }
      return withStore(db, this::report);
    }

    private int report(ReclaimStore store) {
      ReportService r = new ReportService(store);
      LocalDate f = month.atDay(1);
      LocalDate t = month.atEndOfMonth();
      OperationsReport.Names names = OperationsReport.Names.of(store);
      Map<String, ReleaseAggregateOp.Totals> byRegion = r.operations(f, t, GroupBy.REGION);
      Map<String, ReleaseAggregateOp.Totals> byOperator = r.operations(f, t, GroupBy.OPERATOR);
      Map<String, ReleaseAggregateOp.Totals> byMethod = r.operations(f, t, GroupBy.METHOD);
      if (!pdf) {
        return write(OperationsReport.html(month, byRegion, byOperator, byMethod, names), out);
      }
      try {
        Files.write(out, OperationsReportPdf.pdf(month, byRegion, byOperator, byMethod, names));
        System.out.println("wrote " + out);
        return 0;
      } catch (IOException e) {
        System.err.println("reclaim report: cannot write " + out + ": " + e.getMessage());
        return 1;
      }
    }
  }

  static int write(String text, Path out) {
    if (out == null) {
      System.out.print(text);
      return 0;
    }
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
      System.out.println("wrote " + out);
      return 0;
    } catch (IOException e) {
      System.err.println("reclaim report: cannot write " + out + ": " + e.getMessage());
      return 1;
    }
  }

  /** {@code reclaim report donors}. */
  @Command(
      name = "donors",
      mixinStandardHelpOptions = true,
      description = "Pledge report per donor for a half-year, with each donor's share.")
  static final class Donors implements Callable<Integer> {
    @Mixin DatabaseOption db = new DatabaseOption();

    @Option(names = "--half", required = true, description = "The half-year, e.g. 2026-H1.")
    String half;

    @Override
    public Integer call() {
      return withStore(
          db,
          store -> {
            HalfYear h = HalfYear.parse(half);
            System.out.println(
                "donor\tpledged_usd\tcommitted_usd\tdisbursed_usd\tspent_usd"
                    + "\toutputs_m2\tshare_percent");
            for (PledgeReportOp.Line l : new ReportService(store).donors(h)) {
              System.out.println(
                  l.donor()
                      + "\t"
                      + n(l.pledgedUsd())
                      + "\t"
                      + n(l.committedUsd())
                      + "\t"
                      + n(l.disbursedUsd())
                      + "\t"
                      + n(l.spentUsd())
                      + "\t"
                      + n(l.outputsM2())
                      + "\t"
                      + n(l.sharePercent()));
            }
            return 0;
          });
    }
  }

  /** {@code reclaim report cost-per-m2}. */
  @Command(
      name = "cost-per-m2",
      mixinStandardHelpOptions = true,
      description = "Cost per m² released by method, operator or region.")
  static final class CostPerM2 implements Callable<Integer> {
    @Mixin DatabaseOption db = new DatabaseOption();

    @Option(
        names = "--by",
        defaultValue = "METHOD",
        description = "METHOD, OPERATOR or REGION (default: ${DEFAULT-VALUE}).")
    GroupBy by;

    @Override
    public Integer call() {
      return withStore(
          db,
          store -> {
            System.out.println(
                by.name().toLowerCase(Locale.ROOT) + "\ttasks\tcost_usd\treleased_m2\tusd_per_m2");
            for (Map.Entry<String, CostPerM2Op.Ratio> e :
                new ReportService(store).costPerM2(by).entrySet()) {
              CostPerM2Op.Ratio r = e.getValue();
              System.out.println(
                  e.getKey()
                      + "\t"
                      + r.tasks()
                      + "\t"
                      + n(r.costUsd())
                      + "\t"
                      + n(r.releasedM2())
                      + "\t"
                      + String.format(Locale.ROOT, "%.4f", r.usdPerM2()));
            }
            return 0;
          });
    }
  }

  /** {@code reclaim report indicators}. */
  @Command(
      name = "indicators",
      mixinStandardHelpOptions = true,
      description = "Strategy indicators: target, actual, achievement and grade per year.")
  static final class Indicators implements Callable<Integer> {
    @Mixin DatabaseOption db = new DatabaseOption();

    @Override
    public Integer call() {
      return withStore(
          db,
          store -> {
            System.out.println(
                "code\tyear\ttarget\tactual\tachievement_percent\tgrade\tbudget_usd"
                    + "\tbudget_line");
            for (GradingOp.Row r :
                new ReportService(store).indicators(GradingOp.Thresholds.DEFAULT)) {
              System.out.println(
                  r.indicator().code()
                      + "\t"
                      + r.year()
                      + "\t"
                      + r.target()
                      + "\t"
                      + r.actual()
                      + "\t"
                      + n(100 * r.achievement())
                      + "\t"
                      + r.grade()
                      + "\t"
                      + n(r.budgetUsd())
                      + "\t"
                      + r.indicator().budgetLine());
            }
            return 0;
          });
    }
  }

  /** {@code reclaim report nexus}. */
  @Command(
      name = "nexus",
      mixinStandardHelpOptions = true,
      description = "Hectares of released farmland back in production, by region and year.")
  static final class Nexus implements Callable<Integer> {
    @Mixin DatabaseOption db = new DatabaseOption();

    @Option(names = "--monthly", description = "By month instead of year.")
    boolean monthly;

    @Override
    public Integer call() {
      return withStore(
          db,
          store -> {
            System.out.println("region_id\tperiod\thectares");
            new HandoverService(store)
                .nexus(monthly)
                .forEach(
                    (region, byPeriod) ->
                        byPeriod.forEach(
                            (p, ha) -> System.out.println(region + "\t" + p + "\t" + n(ha))));
            return 0;
          });
    }
  }

  /** {@code reclaim report compensation}. */
  @Command(
      name = "compensation",
      mixinStandardHelpOptions = true,
      description = "Agricultural compensation pre-check of one parcel; exit 0 eligible, 1 not.")
  static final class Compensation implements Callable<Integer> {
    @Mixin DatabaseOption db = new DatabaseOption();

    @Option(names = "--parcel", required = true, description = "The parcel's id.")
    long parcel;

    @Option(names = "--no-nts", description = "Do not require contamination confirmed by NTS.")
    boolean noNts;

    @Option(
        names = "--min-km-contact-line",
        defaultValue = "0",
        description = "Required distance from the contact line, km (0: no rule).")
    double minKmContactLine;

    @Option(
        names = "--min-km-border",
        defaultValue = "0",
        description = "Required distance from the border, km (0: no rule).")
    double minKmBorder;

    @Override
    public Integer call() {
      return withStore(
          db,
          store -> {
            org.reclaim.domain.compensation.CompensationCheck.Result r =
                new org.reclaim.app.release.CompensationService(store)
                    .check(
                        parcel,
                        new org.reclaim.domain.compensation.CompensationRules(
                            !noNts, minKmContactLine, minKmBorder));
            System.out.println(
                "parcel " + parcel + ": " + (r.eligible() ? "ELIGIBLE" : "NOT ELIGIBLE"));
            r.findings()
                .forEach(
                    f ->
                        System.out.println(
                            (f.passed() ? "  pass  " : "  FAIL  ") + f.rule() + ": " + f.detail()));
            return r.eligible() ? 0 : 1;
          });
    }
  }
}
