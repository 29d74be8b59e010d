package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reclaim.domain.task.Task;
import org.reclaim.domain.task.TaskStatus;

/**
 * The dashboards on the demo register (a year of history), with an indicator and two cost bookings
 * added: each chart holds the figures the report endpoints answer.
 */
class DashboardIT {
  private static final String PERIOD = "from=2025-07-01&to=2026-06-30";
  @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("dashboard-it");

  private static Object post(Page page, String path, String body) {
    return page.evaluate(
        "async ([path, body]) => (await fetch(path, {method: 'POST', body,"
            + " headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': Reclaim.csrfToken()}})).status",
        List.of(path, body));
  }

  private static double number(Page page, String script) {
    return ((Number) page.evaluate(script)).doubleValue();
  }

  /** An indicator with targets for 2025 and 2026, and costs booked on two completed tasks. */
  private static void addIndicatorAndCosts(Page page) {
    String indicator =
        "{\"code\":\"S1.1\",\"name\":\"km² released per year\",\"measure\":\"RELEASED_KM2\","
            + "\"baselineYear\":2024,\"baselineValue\":0,\"budgetLine\":\"MA-01\"}";
    Object created =
        page.evaluate(
            "async body => (await (await fetch('/api/v1/strategy/indicators', {method: 'POST',"
                + " body, headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': Reclaim.csrfToken()}})).json()).id",
            indicator);
    for (int year : new int[] {2025, 2026}) {
      assertThat(
              post(
                  page,
                  "/api/v1/strategy/indicators/" + created + "/targets",
                  "{\"year\":" + year + ",\"targetValue\":0.5,\"budgetUsd\":1000000}"))
          .isEqualTo(201);
    }
    List<Task> completed =
        WEB.site().store().tasks().listAll().stream()
            .filter(t -> t.status() == TaskStatus.COMPLETED)
            .limit(2)
            .toList();
    for (Task t : completed) {
      assertThat(
              post(
                  page,
                  "/api/v1/tasks/" + t.id() + "/costs",
                  "{\"bookedOn\":\"2026-06-01\",\"amountUsd\":25000}"))
          .isEqualTo(201);
    }
  }

  @Test
  void theChartsShowTheReportsFiguresAndSpeakTheChosenLanguage() {
    try (BrowserContext context = WEB.signedIn("analyst", DemoSite.PASSWORD)) {
      Page page = context.newPage();
      page.navigate(WEB.site().base() + "/app/dashboard.html?lang=en&" + PERIOD);
      page.waitForFunction("window.Dashboard && window.Dashboard.loaded()");
      addIndicatorAndCosts(page);
      page.navigate(WEB.site().base() + "/app/dashboard.html?lang=en&" + PERIOD);
      page.waitForFunction("window.Dashboard && window.Dashboard.loaded()");

      // land released over time: the stacked bars add up to the report's total, per category
      @SuppressWarnings("unchecked")
      Map<String, Object> total =
          (Map<String, Object>)
              page.evaluate(
                  "async () => (await (await fetch('/api/v1/reports/operations?"
                      + PERIOD
                      + "&by=month')).json()).total");
      double releasedKm2 = ((Number) total.get("releasedM2")).doubleValue() / 1e6;
      assertThat(releasedKm2).isPositive();
      String sum =
          "(id, i) => Chart.getChart(id).data.datasets.filter((d, j) => i == null || j === i)"
              + ".reduce((s, d) => s + d.data.reduce((a, b) => a + b, 0), 0)";
      assertThat(number(page, "(" + sum + ")('released-time-chart')"))
          .isCloseTo(releasedKm2, within(1e-9));
      assertThat(number(page, "(" + sum + ")('released-time-chart', 2)"))
          .isCloseTo(((Number) total.get("clearedM2")).doubleValue() / 1e6, within(1e-9));
      assertThat(number(page, "(" + sum + ")('released-region-chart')"))
          .isCloseTo(releasedKm2, within(1e-9));
      assertThat(number(page, "(" + sum + ")('released-operator-chart')"))
          .isCloseTo(releasedKm2, within(1e-9));
      assertThat(number(page, "(" + sum + ")('items-chart')"))
          .isEqualTo(((Number) total.get("itemsFound")).doubleValue());
      // the text alternative states the same total
      String km2 =
          (String)
              page.evaluate(
                  "v => new Intl.NumberFormat('en', {maximumFractionDigits: 3}).format(v)",
                  releasedKm2);
      assertThat(page.getAttribute("#released-time-chart", "aria-label")).startsWith(km2 + " km²");
      assertThat(page.locator("#released-time details tbody tr").count()).isEqualTo(12);

      // cost per m² by method and the indicator: the API's figures
      assertThat(
              number(
                  page,
                  "(async () => { const r = await (await fetch('/api/v1/reports/cost-per-m2?by=method'))"
                      + ".json(); const c = Chart.getChart('cost-method-chart');"
                      + " return c.data.datasets[0].data.reduce((a, b) => a + b, 0) -"
                      + " Object.values(r).reduce((a, x) => a + x.usdPerM2, 0); })()"))
          .isCloseTo(0, within(1e-9));
      @SuppressWarnings("unchecked")
      List<Object> actual =
          (List<Object>) page.evaluate("Chart.getChart('indicator-0-chart').data.datasets[1].data");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows =
          (List<Map<String, Object>>)
              page.evaluate("async () => (await fetch('/api/v1/reports/indicators')).json()");
      assertThat(actual).hasSize(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        assertThat(((Number) actual.get(i)).doubleValue())
            .isCloseTo(((Number) rows.get(i).get("actual")).doubleValue(), within(1e-12));
      }
      page.setViewportSize(1280, 2500);
      BrowserSession.screenshot(page, "dashboard");
      page.setViewportSize(1280, 800);

      // another language: headings, legend and summaries change
      page.navigate(WEB.site().base() + "/app/dashboard.html?lang=ja&" + PERIOD);
      page.waitForFunction("window.Dashboard && window.Dashboard.loaded()");
      assertThat(page.textContent("h1")).isEqualTo("ダッシュボード");
      assertThat(page.evaluate("Chart.getChart('released-time-chart').data.datasets[0].label"))
          .isEqualTo("取消（km²）");
      assertThat(page.getAttribute("#released-time-chart", "aria-label")).contains("km² を解放");
    }
  }
}
