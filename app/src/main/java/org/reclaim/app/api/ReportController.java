package org.reclaim.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reclaim.app.release.OperationsReport;
import org.reclaim.app.release.OperationsReportPdf;
import org.reclaim.app.release.ReportService;
import org.reclaim.app.release.ReportService.GroupBy;
import org.reclaim.domain.funding.CostPerM2Op;
import org.reclaim.domain.funding.HalfYear;
import org.reclaim.domain.funding.PledgeReportOp;
import org.reclaim.domain.release.ReleaseAggregateOp;
import org.reclaim.domain.strategy.Grade;
import org.reclaim.domain.strategy.GradingOp;
import org.reclaim.domain.strategy.Measure;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aggregate reports, readable by every signed-in role including donors: land released by period,
 * region, operator and method; the monthly operations report (HTML); the donors' half-yearly pledge
 * report; cost per m²; the strategy indicators' evaluation sheet.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Aggregates of land release, funding and strategy")
class ReportController {
  private final ReportService reports;

  ReportController(ReportService reports) {
    this.reports = reports;
  }

  /**
   * Land released between two dates, in groups.
   *
   * @param by {@code month}, {@code year}, {@code region}, {@code operator} or {@code method}
   * @param groups group key → its totals
   * @param names for regions and operators: group key → display name; absent otherwise
   */
  record OperationsView(
      LocalDate from,
      LocalDate to,
      String by,
      Map<String, ReleaseAggregateOp.Totals> groups,
      ReleaseAggregateOp.Totals total,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> names) {}

  /** The donors' pledge report for a half-year. */
  record DonorsView(String half, LocalDate from, LocalDate to, List<PledgeReportOp.Line> donors) {}

  /** One indicator's line of the evaluation sheet for one year. */
  record IndicatorView(
      String code,
      String name,
      Measure measure,
      int baselineYear,
      double baselineValue,
      String budgetLine,
      int year,
      double target,
      double actual,
      double achievement,
      Grade grade,
      double budgetUsd) {
    static IndicatorView of(GradingOp.Row r) {
      return new IndicatorView(
          r.indicator().code(),
          r.indicator().name(),
          r.indicator().measure(),
          r.indicator().baselineYear(),
          r.indicator().baselineValue(),
          r.indicator().budgetLine(),
          r.year(),
          r.target(),
          r.actual(),
          r.achievement(),
          r.grade(),
          r.budgetUsd());
    }
  }

  @Operation(
      summary =
          "Land released between two dates, grouped by month, year, region,"
              + " operator or method")
  @GetMapping("/operations")
  OperationsView operations(
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam(defaultValue = "month") String by) {
    LocalDate f = date("from", from);
    LocalDate t = date("to", to);
    GroupBy g = groupBy(by);
    Map<String, ReleaseAggregateOp.Totals> groups = reports.operations(f, t, g);
    Map<String, String> named = null;
    if (g == GroupBy.REGION || g == GroupBy.OPERATOR) {
      Map<String, String> all = g == GroupBy.REGION ? names().regions() : names().operators();
      named = new LinkedHashMap<>();
      for (String k : groups.keySet()) {
        named.put(k, all.getOrDefault(k, k));
      }
    }
    return new OperationsView(
        f, t, g.name().toLowerCase(Locale.ROOT), groups, OperationsReport.total(groups), named);
  }

  @Operation(summary = "The monthly operations report as a printable HTML page")
  @GetMapping(value = "/operations/monthly", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> monthly(@RequestParam String month) {
    YearMonth m = month(month);
    return HtmlDocuments.of(
        OperationsReport.html(m, byRegion(m), byOperator(m), byMethod(m), names()));
  }

  @Operation(summary = "The monthly operations report as PDF")
  @GetMapping(value = "/operations/monthly.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  byte[] monthlyPdf(@RequestParam String month) {
    YearMonth m = month(month);
    return OperationsReportPdf.pdf(m, byRegion(m), byOperator(m), byMethod(m), names());
  }

  private static YearMonth month(String month) {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new RequestFieldException("month", "must be like 2026-04, was " + month);
    }
  }

  private Map<String, ReleaseAggregateOp.Totals> byRegion(YearMonth m) {
    return reports.operations(m.atDay(1), m.atEndOfMonth(), GroupBy.REGION);
  }

  private Map<String, ReleaseAggregateOp.Totals> byOperator(YearMonth m) {
    return reports.operations(m.atDay(1), m.atEndOfMonth(), GroupBy.OPERATOR);
  }

  private Map<String, ReleaseAggregateOp.Totals> byMethod(YearMonth m) {
    return reports.operations(m.atDay(1), m.atEndOfMonth(), GroupBy.METHOD);
  }

  private OperationsReport.Names names() {
    return reports.names();
  }

  @Operation(summary = "Pledge report per donor for a half-year (e.g. 2026-H1), with shares")
  @GetMapping("/donors")
  DonorsView donors(@RequestParam String half) {
    HalfYear h = HalfYear.parse(half);
    return new DonorsView(h.toString(), h.start(), h.end(), reports.donors(h));
  }

  @Operation(summary = "Cost per m² released by method, operator or region")
  @GetMapping("/cost-per-m2")
  Map<String, CostPerM2Op.Ratio> costPerM2(@RequestParam(defaultValue = "method") String by) {
    return reports.costPerM2(groupBy(by));
  }

  @Operation(summary = "Strategy indicators: target, actual, achievement and grade per year")
  @GetMapping("/indicators")
  List<IndicatorView> indicators(
      @RequestParam(defaultValue = "1.0") double met,
      @RequestParam(defaultValue = "0.8") double mostly,
      @RequestParam(defaultValue = "0.5") double progressing) {
    return reports.indicators(new GradingOp.Thresholds(met, mostly, progressing)).stream()
        .map(IndicatorView::of)
        .toList();
  }

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new RequestFieldException(field, "must be an ISO date like 2026-04-01, was " + value);
    }
  }

  private static GroupBy groupBy(String by) {
    try {
      return GroupBy.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RequestFieldException(
          "by", "must be one of month, year, region, operator, method; was " + by);
    }
  }
}
