package org.reclaim.app.release;

import static org.reclaim.app.release.HandoverCertificate.esc;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.reclaim.domain.release.ReleaseAggregateOp;
import org.reclaim.store.ReclaimStore;

/**
 * The monthly operations report as one printable HTML page: land released in the month by region,
 * operator and method (m² cancelled, reduced, cleared, items found), with the month's total.
 * Aggregates only. Keys are escaped like any value from the register.
 */
public final class OperationsReport {
  private OperationsReport() {}

  /**
   * The report.
   *
   * @param names display names of the regions and operators by id; missing ids show as they are
   */
  public static String html(
      YearMonth month,
      Map<String, ReleaseAggregateOp.Totals> byRegion,
      Map<String, ReleaseAggregateOp.Totals> byOperator,
      Map<String, ReleaseAggregateOp.Totals> byMethod,
      Names names) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Operations report ")
        .append(month)
        .append("</title><style>body{font-family:sans-serif;margin:2em}")
        .append("table{border-collapse:collapse;margin-bottom:2em}")
        .append("th,td{border:1px solid #999;padding:.3em .6em}td.n{text-align:right}</style>")
        .append("</head><body><h1>Mine action operations report — ")
        .append(month)
        .append("</h1>");
    ReleaseAggregateOp.Totals total = total(byMethod);
    b.append("<p>Land released in the month: <strong id=\"total-m2\">")
        .append(m2(total.releasedM2()))
        .append("</strong> m² in ")
        .append(total.bookings())
        .append(" bookings; explosive items found and destroyed: <strong id=\"total-items\">")
        .append(total.itemsFound())
        .append("</strong>.</p>");
    table(b, "By region", byRegion, names.regions());
    table(b, "By operator", byOperator, names.operators());
    table(b, "By method", byMethod, Map.of());
    return b.append("</body></html>\n").toString();
  }

  /**
   * Display names by id, one map per kind: region and operator ids overlap, so one map for both
   * would show a region's name for an operator.
   */
  public record Names(Map<String, String> regions, Map<String, String> operators) {
    /** The names of every region and operator in the register. */
    public static Names of(ReclaimStore store) {
      Map<String, String> regions = new HashMap<>();
      store.regions().listAll().forEach(r -> regions.put(String.valueOf(r.id()), r.name()));
      Map<String, String> operators = new HashMap<>();
      store.operators().listAll().forEach(o -> operators.put(String.valueOf(o.id()), o.name()));
      return new Names(regions, operators);
    }
  }

  /** The sum of every group. */
  public static ReleaseAggregateOp.Totals total(Map<String, ReleaseAggregateOp.Totals> groups) {
    int n = 0;
    int items = 0;
    double c = 0;
    double r = 0;
    double cl = 0;
    for (ReleaseAggregateOp.Totals t : groups.values()) {
      n += t.bookings();
      items += t.itemsFound();
      c += t.cancelledM2();
      r += t.reducedM2();
      cl += t.clearedM2();
    }
    return new ReleaseAggregateOp.Totals(n, c, r, cl, c + r + cl, items);
  }

  private static void table(
      StringBuilder b,
      String title,
      Map<String, ReleaseAggregateOp.Totals> groups,
      Map<String, String> names) {
    b.append("<h2>")
        .append(title)
        .append("</h2><table><tr><th></th><th>cancelled m²</th><th>reduced m²</th>")
        .append("<th>cleared m²</th><th>released m²</th><th>items</th></tr>");
    groups.forEach(
        (k, t) ->
            b.append("<tr><td>")
                .append(esc(names.getOrDefault(k, k)))
                .append("</td><td class=n>")
                .append(m2(t.cancelledM2()))
                .append("</td><td class=n>")
                .append(m2(t.reducedM2()))
                .append("</td><td class=n>")
                .append(m2(t.clearedM2()))
                .append("</td><td class=n>")
                .append(m2(t.releasedM2()))
                .append("</td><td class=n>")
                .append(t.itemsFound())
                .append("</td></tr>"));
    b.append("</table>");
  }

  private static String m2(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }
}
