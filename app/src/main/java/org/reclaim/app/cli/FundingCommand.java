package org.reclaim.app.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.reclaim.app.release.FundingService;
import org.reclaim.app.wiring.Services;
import org.reclaim.domain.funding.CostBooking;
import org.reclaim.domain.funding.Earmark;
import org.reclaim.domain.funding.Grant;
import org.reclaim.domain.funding.Pledge;
import org.reclaim.domain.operator.Activity;
import org.reclaim.domain.strategy.Indicator;
import org.reclaim.domain.strategy.IndicatorTarget;
import org.reclaim.domain.strategy.Measure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code reclaim funding …}: donors, pledges, earmarked grants, disbursements, costs booked to a
 * task, and the national strategy's indicators and yearly targets, over {@link FundingService} (the
 * service {@code /api/v1/funding} and {@code /api/v1/strategy} call). Every reference is checked; a
 * cost outside its grant's earmark or beyond its amount is refused naming {@code grantId} or {@code
 * amountUsd}. Each prints the new record's id, for the records that refer to it.
 */
@Command(
    name = "funding",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    description =
        "Record funding and strategy: donor, pledge, grant, disbursement, cost, indicator, target.",
    subcommands = {
      FundingCommand.DonorCommand.class,
      FundingCommand.PledgeCommand.class,
      FundingCommand.GrantCommand.class,
      FundingCommand.DisbursementCommand.class,
      FundingCommand.Cost.class,
      FundingCommand.IndicatorCommand.class,
      FundingCommand.Target.class
    })
final class FundingCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code reclaim funding donor}. */
  @Command(name = "donor", description = "Add a donor.")
  static final class DonorCommand extends RecordingCommand {
    @Option(names = "--name", required = true, description = "The donor's name.")
    String name;

    @Option(names = "--country", description = "ISO 3166-1 alpha-2 code, e.g. NO.")
    String country;

    @Override
    String record(Services s) {
      long id = s.funding().donor(name, country, user).value().id();
      return String.format(Locale.ROOT, "donor %d: %s", id, name);
    }
  }

  /** {@code reclaim funding pledge}. */
  @Command(name = "pledge", description = "Add a donor's pledge.")
  static final class PledgeCommand extends RecordingCommand {
    @Option(names = "--donor", required = true, paramLabel = "ID", description = "The donor.")
    long donor;

    @Option(names = "--on", required = true, description = "Day of the pledge.")
    LocalDate on;

    @Option(names = "--amount-usd", required = true, description = "US$ pledged.")
    double amountUsd;

    @Option(names = "--from", required = true, description = "First day of the period covered.")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Last day of the period covered.")
    LocalDate to;

    @Override
    String record(Services s) {
      Pledge p = s.funding().pledge(donor, on, amountUsd, from, to, user).value();
      return String.format(
          Locale.ROOT,
          "pledge %d: donor %d, US$ %s for %s to %s",
          p.id(),
          donor,
          n(p.amountUsd()),
          p.periodFrom(),
          p.periodTo());
    }
  }

  /** {@code reclaim funding grant}. */
  @Command(
      name = "grant",
      description = "Add a signed grant with its earmark (region, activity, period).")
  static final class GrantCommand extends RecordingCommand {
    @Option(names = "--donor", required = true, paramLabel = "ID", description = "The donor.")
    long donor;

    @Option(names = "--pledge", paramLabel = "ID", description = "The donor's pledge it honours.")
    Long pledge;

    @Option(names = "--reference", required = true, description = "The grant's reference.")
    String reference;

    @Option(names = "--amount-usd", required = true, description = "US$ committed.")
    double amountUsd;

    @Option(names = "--committed-on", required = true, description = "Day it was signed.")
    LocalDate committedOn;

    @Option(names = "--region", paramLabel = "ID", description = "Earmark: only this region.")
    Long region;

    @Option(
        names = "--activity",
        description = "Earmark: only NTS, TS, MANUAL_CLEARANCE, MECHANICAL, MDD, EOD or EORE.")
    Activity activity;

    @Option(names = "--from", description = "Earmark: first day costs may be booked.")
    LocalDate from;

    @Option(names = "--to", description = "Earmark: last day costs may be booked.")
    LocalDate to;

    @Override
    String record(Services s) {
      Grant g =
          s.funding()
              .grant(
                  donor,
                  pledge,
                  reference,
                  amountUsd,
                  committedOn,
                  new Earmark(region, activity, from, to),
                  user)
              .value();
      return String.format(
          Locale.ROOT,
          "grant %d: %s, donor %d, US$ %s",
          g.id(),
          g.reference(),
          donor,
          n(g.amountUsd()));
    }
  }

  /** {@code reclaim funding disbursement}. */
  @Command(name = "disbursement", description = "Record money paid out under a grant.")
  static final class DisbursementCommand extends RecordingCommand {
    @Option(names = "--grant", required = true, paramLabel = "ID", description = "The grant.")
    long grant;

    @Option(names = "--on", required = true, description = "Day of the disbursement.")
    LocalDate on;

    @Option(names = "--amount-usd", required = true, description = "US$ disbursed.")
    double amountUsd;

    @Override
    String record(Services s) {
      long id = s.funding().disbursement(grant, on, amountUsd, user).value().id();
      return String.format(
          Locale.ROOT, "disbursement %d: grant %d, US$ %s on %s", id, grant, n(amountUsd), on);
    }
  }

  /** {@code reclaim funding cost}. */
  @Command(
      name = "cost",
      description =
          "Book a cost of a task, to a grant (it must fit the earmark and the amount) or to none.")
  static final class Cost extends RecordingCommand {
    @Option(names = "--task", required = true, paramLabel = "ID", description = "The task.")
    long task;

    @Option(names = "--grant", paramLabel = "ID", description = "The grant that pays.")
    Long grant;

    @Option(names = "--on", required = true, description = "Day the cost is booked.")
    LocalDate on;

    @Option(names = "--amount-usd", required = true, description = "US$.")
    double amountUsd;

    @Override
    String record(Services s) {
      CostBooking c = s.funding().bookCost(task, grant, on, amountUsd, user).value();
      return String.format(
          Locale.ROOT,
          "cost booking %d: task %d, US$ %s%s; task cost now US$ %s",
          c.id(),
          task,
          n(c.amountUsd()),
          grant == null ? "" : " on grant " + grant,
          n(s.release().getTask(task).value().costUsd()));
    }
  }

  /** {@code reclaim funding indicator}. */
  @Command(name = "indicator", description = "Add a national strategy indicator with its baseline.")
  static final class IndicatorCommand extends RecordingCommand {
    @Option(names = "--code", required = true, description = "Short unique code, e.g. S1.1.")
    String code;

    @Option(names = "--name", required = true, description = "Wording as in the strategy.")
    String name;

    @Option(
        names = "--measure",
        required = true,
        description =
            "RELEASED_KM2, CANCELLED_KM2, REDUCED_KM2, CLEARED_KM2, ITEMS_DESTROYED or"
                + " FARMLAND_BACK_HA.")
    Measure measure;

    @Option(names = "--baseline-year", required = true, description = "Year of the baseline.")
    int baselineYear;

    @Option(
        names = "--baseline-value",
        required = true,
        description = "The measure in the baseline year; achievement is graded from it.")
    double baselineValue;

    @Option(names = "--budget-line", description = "The budget line that funds it.")
    String budgetLine;

    @Override
    String record(Services s) {
      Indicator draft =
          new Indicator(1, code, name, measure, baselineYear, baselineValue, budgetLine);
      Indicator i = s.funding().indicator(draft, user).value();
      return String.format(
          Locale.ROOT,
          "indicator %d: %s %s, baseline %s in %d",
          i.id(),
          i.code(),
          i.measure(),
          i.baselineValue(),
          i.baselineYear());
    }
  }

  /** {@code reclaim funding target}. */
  @Command(name = "target", description = "Set an indicator's target for a year, with its budget.")
  static final class Target extends RecordingCommand {
    @Option(names = "--indicator", required = true, paramLabel = "ID", description = "Its id.")
    long indicator;

    @Option(names = "--year", required = true, description = "The calendar year.")
    int year;

    @Option(names = "--value", required = true, description = "The value to reach that year.")
    double value;

    @Option(names = "--budget-usd", defaultValue = "0", description = "Budget that year, US$.")
    double budgetUsd;

    @Override
    String record(Services s) {
      IndicatorTarget t = s.funding().target(indicator, year, value, budgetUsd, user).value();
      return String.format(
          Locale.ROOT,
          "target %d: indicator %d, %d: %s",
          t.id(),
          indicator,
          t.year(),
          t.targetValue());
    }
  }
}
