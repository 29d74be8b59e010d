package org.reclaim.app.simulate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reclaim.simulation.ComparisonResult;
import org.reclaim.simulation.Estimate;
import org.reclaim.simulation.PolicySummary;
import org.reclaim.simulation.SimulationParameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * A comparison as one self-contained HTML page (no internet needed: Chart.js is inlined from the
 * app's WebJar): the goal and whether it was met, a table of every measure per policy with its 95 %
 * interval, and charts — cumulative value released over time per policy with its band, land
 * released by category, casualties over time with their band, missed contamination — then the
 * assumptions the campaigns ran under.
 */
public final class SimulationReport {
  /** Chart.js inside its WebJar (the version the web app's pages load). */
  static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SimulationReport() {}

  /** The page for {@code result}; {@code profile} names the policy profile it ran under. */
  public static String html(ComparisonResult result, String profile) {
    StringBuilder b = new StringBuilder(300_000);
    b.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Reclaim — decision quality</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}")
        .append(".met{color:#1a7f37}.not{color:#b42318}.chart{height:360px;margin:1em 0}")
        .append("</style></head><body>\n");
    b.append("<h1>Decision quality: land release policies compared</h1>\n");
    SimulationParameters p = result.parameters();
    b.append(
        String.format(
            Locale.ROOT,
            "<p>%d seeds of the demo world (scale %s), %d years in weekly steps, US$ %,.0f a year,"
                + " policy profile <code>%s</code>. Every policy meets the same worlds, the same"
                + " hidden truth and the same luck (common random numbers); intervals are 95 %%"
                + " over the seeds.</p>\n",
            result.seeds().size(),
            p.demoScale(),
            p.years(),
            p.budgetUsdPerYear(),
            escape(profile)));
    goal(b, result);
    table(b, result);
    b.append("<h2>Value released over time</h2><div class=\"chart\"><canvas id=\"value\">")
        .append("</canvas></div>\n<h2>Land released by category</h2><div class=\"chart\">")
        .append("<canvas id=\"released\"></canvas></div>\n<h2>Casualties over time</h2>")
        .append("<div class=\"chart\"><canvas id=\"casualties\"></canvas></div>\n")
        .append("<h2>Missed contamination</h2><p>Contaminated land released by cancellation or")
        .append(" reduction (the truth says it held ordnance): the safety measure.</p>")
        .append("<div class=\"chart\"><canvas id=\"missed\"></canvas></div>\n");
    assumptions(b, p);
    b.append("<script>").append(chartJs()).append("</script>\n");
    b.append("<script type=\"application/json\" id=\"data\">")
        .append(JSON.writeValueAsString(data(result)).replace("</", "<\\/"))
        .append("</script>\n<script>")
        .append(CHARTS)
        .append("</script>\n</body></html>\n");
    return b.toString();
  }

  private static void goal(StringBuilder b, ComparisonResult r) {
    Estimate ratio = r.ratio();
    boolean value = r.valueGoalMet();
    boolean safety = r.safetyGoalMet();
    b.append("<h2>The goal</h2><p>Reclaim's best policy releases at least ")
        .append(ComparisonResult.GOAL_RATIO)
        .append("× the value per US$ of the best status-quo policy, with missed contamination no")
        .append(" higher than the status-quo policies' highest plus ")
        .append(Math.round(100 * ComparisonResult.MISSED_TOLERANCE))
        .append(" %.</p><ul>")
        .append(
            String.format(
                Locale.ROOT,
                "<li class=\"%s\">value per US$: <b>%s</b> ÷ <b>%s</b> = %.2f (95 %% interval"
                    + " %.2f–%.2f): %s</li>",
                value ? "met" : "not",
                escape(r.bestReclaim()),
                escape(r.bestStatusQuo()),
                ratio.mean(),
                ratio.low(),
                ratio.high(),
                value ? "met" : "not met"))
        .append(
            String.format(
                Locale.ROOT,
                "<li class=\"%s\">missed contamination: %.3f km² against at most %.3f km²:"
                    + " %s</li></ul>\n",
                safety ? "met" : "not",
                r.bestReclaim().isEmpty()
                    ? Double.NaN
                    : r.policy(r.bestReclaim()).missedContaminationKm2().mean(),
                r.missedAllowedKm2(),
                safety ? "met" : "not met"));
  }

  private static void table(StringBuilder b, ComparisonResult r) {
    b.append("<h2>Every measure</h2><table><thead><tr><th>policy</th><th>value per US$</th>")
        .append("<th>value, US$ M</th><th>spent, US$ M</th><th>cancelled km²</th>")
        .append("<th>reduced km²</th><th>cleared km²</th><th>casualties</th>")
        .append("<th>wasted clearance km²</th><th>missed contamination km²</th>")
        .append("<th>items found</th><th>areas released</th></tr></thead><tbody>\n");
    for (PolicySummary s : r.policies()) {
      b.append("<tr><th>")
          .append(escape(s.policy()))
          .append(s.statusQuo() ? " <small>(status quo)</small>" : "")
          .append("</th>");
      cell(b, s.valuePerUsd(), 1, 2);
      cell(b, s.valueUsd(), 1e-6, 1);
      cell(b, s.spentUsd(), 1e-6, 1);
      cell(b, s.cancelledKm2(), 1, 2);
      cell(b, s.reducedKm2(), 1, 2);
      cell(b, s.clearedKm2(), 1, 2);
      cell(b, s.casualties(), 1, 1);
      cell(b, s.wastedClearanceKm2(), 1, 2);
      cell(b, s.missedContaminationKm2(), 1, 3);
      cell(b, s.itemsFound(), 1, 0);
      cell(b, s.areasReleased(), 1, 0);
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n<h2>Value released per year, US$ M</h2><table><thead><tr>")
        .append("<th>policy</th>");
    int years = r.parameters().years();
    for (int y = 1; y <= years; y++) {
      b.append("<th>year ").append(y).append("</th>");
    }
    b.append("</tr></thead><tbody>\n");
    for (PolicySummary s : r.policies()) {
      b.append("<tr><th>").append(escape(s.policy())).append("</th>");
      for (Estimate e : s.valueUsdByYear()) {
        cell(b, e, 1e-6, 1);
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  private static void cell(StringBuilder b, Estimate e, double scale, int digits) {
    String f = "%,." + digits + "f";
    b.append("<td class=\"n\">")
        .append(String.format(Locale.ROOT, f, e.mean() * scale))
        .append("<br><small>")
        .append(String.format(Locale.ROOT, f + "–" + f, e.low() * scale, e.high() * scale))
        .append("</small></td>");
  }

  private static void assumptions(StringBuilder b, SimulationParameters p) {
    b.append("<h2>Assumptions</h2><p>Sources and reasons: docs/simulation.md.</p><table>");
    for (var c : SimulationParameters.class.getRecordComponents()) {
      try {
        b.append("<tr><td>")
            .append(c.getName())
            .append("</td><td class=\"n\">")
            .append(escape(String.valueOf(c.getAccessor().invoke(p))))
            .append("</td></tr>");
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    b.append("</table>\n");
  }

  /** The figures the charts draw: per policy, weekly bands and totals. */
  private static Map<String, Object> data(ComparisonResult r) {
    List<Map<String, Object>> policies = new ArrayList<>();
    for (PolicySummary s : r.policies()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", s.policy());
      m.put("statusQuo", s.statusQuo());
      m.put("value", scaled(s.valueBands(), 1e-6));
      m.put("casualties", s.casualtyBands());
      m.put(
          "released",
          List.of(s.cancelledKm2().mean(), s.reducedKm2().mean(), s.clearedKm2().mean()));
      m.put(
          "missed",
          List.of(
              s.missedContaminationKm2().mean(),
              s.missedContaminationKm2().low(),
              s.missedContaminationKm2().high()));
      policies.add(m);
    }
    return Map.of("weeks", r.parameters().weeks(), "policies", policies);
  }

  private static double[][] scaled(double[][] rows, double factor) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i].clone();
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] *= factor;
      }
    }
    return out;
  }

  private static String chartJs() {
    try (InputStream in = SimulationReport.class.getResourceAsStream(CHART_JS)) {
      if (in == null) {
        throw new IllegalStateException("Chart.js not on the classpath at " + CHART_JS);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** The charts, drawn from the JSON block (Okabe–Ito colours, as the web app's). */
  private static final String CHARTS =
      """
      const data = JSON.parse(document.getElementById("data").textContent);
      const colours = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
                       "#CC79A7", "#000000"];
      const weeks = Array.from({length: data.weeks}, (_, i) => i + 1);
      function bands(id, key, label) {
        const sets = [];
        data.policies.forEach((p, i) => {
          const c = colours[i % colours.length];
          sets.push({label: p.name, data: p[key][0], borderColor: c, backgroundColor: c,
                     pointRadius: 0, borderWidth: 2});
          sets.push({label: p.name + " (95 % low)", data: p[key][1], borderColor: "transparent",
                     pointRadius: 0, fill: false});
          sets.push({label: p.name + " (95 % high)", data: p[key][2], borderColor: "transparent",
                     backgroundColor: c + "33", pointRadius: 0, fill: "-1"});
        });
        new Chart(document.getElementById(id), {type: "line", data: {labels: weeks, datasets: sets},
          options: {maintainAspectRatio: false, animation: false,
            plugins: {legend: {labels: {filter: l => !l.text.includes("95 %")}}},
            scales: {x: {title: {display: true, text: "week"}},
                     y: {title: {display: true, text: label}}}}});
      }
      bands("value", "value", "cumulative value released, US$ M");
      bands("casualties", "casualties", "cumulative casualties");
      new Chart(document.getElementById("released"), {type: "bar",
        data: {labels: data.policies.map(p => p.name), datasets: ["cancelled", "reduced",
          "cleared"].map((c, k) => ({label: c, data: data.policies.map(p => p.released[k]),
          backgroundColor: ["#56B4E9", "#E69F00", "#009E73"][k]}))},
        options: {maintainAspectRatio: false, animation: false,
          scales: {x: {stacked: true}, y: {stacked: true, title: {display: true, text: "km²"}}}}});
      new Chart(document.getElementById("missed"), {type: "bar",
        data: {labels: data.policies.map(p => p.name), datasets: [
          {label: "mean", data: data.policies.map(p => p.missed[0]), backgroundColor: "#D55E00"},
          {label: "95 % high", data: data.policies.map(p => p.missed[2]),
           backgroundColor: "#D55E0055"}]},
        options: {maintainAspectRatio: false, animation: false,
          scales: {y: {title: {display: true, text: "km²"}}}}});
      """;
}
