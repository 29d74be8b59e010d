package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ranking page on the demo register: table, explanation, keyboard, compare, escaping. */
class RankingIT {
  @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("ranking-it");

  private static DemoSite site;
  private static long safetyRun;
  private static long farmRun;

  @BeforeAll
  static void start() {
    site = WEB.site();
    WebFixtures.storeHostileArea(site);
    try (BrowserContext analyst = WEB.analyst()) {
      safetyRun = WebFixtures.rank(analyst, site.base(), "civilian-safety");
      farmRun = WebFixtures.rank(analyst, site.base(), "agricultural-recovery");
    }
  }

  private static Page open(BrowserContext context, String query) {
    Page page = WEB.open(context, "/app/ranking.html" + query);
    page.waitForSelector("#ranking tbody tr");
    return page;
  }

  @Test
  void choosingAnAreaExplainsItsScore() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = open(context, "?run=" + safetyRun);
      Locator rows = page.locator("#ranking tbody tr");
      assertThat(rows.count()).isEqualTo(50); // one page of the run's areas
      assertThat(rows.first().locator("td").first().textContent()).isEqualTo("1");
      assertThat(page.textContent("#page-info")).startsWith("Rows 1–50 of ");

      rows.nth(1).click();
      page.waitForSelector("#criteria tbody tr");
      assertThat(page.isVisible("#explanation")).isTrue();
      String code = rows.nth(1).locator("td").nth(1).textContent();
      assertThat(page.textContent("#explanation-title")).contains(code);
      // one row per criterion, the chart drawn with the weighted ones
      assertThat(page.locator("#criteria tbody tr").count()).isEqualTo(14);
      assertThat(page.locator("#criteria tbody tr").first().textContent())
          .contains("People exposed");
      assertThat(page.evaluate("Chart.getChart('chart').data.labels.length")).isEqualTo(9);
      // the contributions add up to the score (weighted sum)
      Object sum =
          page.evaluate("Chart.getChart('chart').data.datasets[0].data.reduce((a, b) => a + b, 0)");
      String score = rows.nth(1).locator("td").nth(4).textContent();
      assertThat(((Number) sum).doubleValue())
          .isCloseTo(Double.parseDouble(score), org.assertj.core.data.Offset.offset(1e-3));
      // the area is drawn on the small map
      page.waitForFunction("document.querySelectorAll('#evidence-map path').length > 0");
      BrowserSession.screenshot(page, "ranking");
    }
  }

  @Test
  void theKeyboardOpensTheExplanationAndSortsTheTable() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = open(context, "?run=" + safetyRun);
      Locator rows = page.locator("#ranking tbody tr");
      rows.first().focus();
      page.keyboard().press("ArrowDown");
      page.keyboard().press("ArrowDown");
      page.keyboard().press("Enter");
      String third = rows.nth(2).locator("td").nth(1).textContent();
      page.waitForFunction(
          "t => document.getElementById('explanation-title').textContent.includes(t)", third);

      // sort by score, lowest first: the last-ranked area comes first
      page.click("th[data-sort=score] button");
      page.click("th[data-sort=score] button");
      // the server sorts: the table is redrawn (with its aria-sort) when the page arrives
      page.waitForSelector("th[data-sort=score][aria-sort=ascending]");
      int firstRank = Integer.parseInt(rows.first().locator("td").first().textContent());
      assertThat(firstRank).isGreaterThan(50);
    }
  }

  @Test
  void anImportedNameIsShownAsTextInTheTable() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = open(context, "?run=" + safetyRun);
      page.fill("#filter", WebFixtures.HOSTILE_CODE);
      page.waitForFunction("document.querySelectorAll('#ranking tbody tr').length === 1");
      assertThat(page.locator("#ranking tbody tr td").nth(2).textContent())
          .isEqualTo(WebFixtures.HOSTILE_NAME);
      assertThat(page.locator("#ranking tbody script").count()).isZero();
      assertThat(page.locator("#ranking tbody b").count()).isZero();
      page.locator("#ranking tbody tr").first().press("Enter");
      page.waitForSelector("#criteria tbody tr");
      assertThat(page.textContent("#explanation-title")).contains(WebFixtures.HOSTILE_NAME);
      assertThat(page.evaluate("window.__injected === undefined")).isEqualTo(true);
    }
  }

  @Test
  void twoRunsAreComparedAndExported() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = open(context, "?run=" + farmRun);
      page.selectOption("#compare-from", String.valueOf(safetyRun));
      page.click("#compare-form button[type=submit]");
      page.waitForSelector("#moves tbody tr");
      assertThat(page.textContent("#compare-summary"))
          .startsWith("From run " + safetyRun + " to run " + farmRun);
      // every move names the criteria behind it
      assertThat(page.locator("#moves tbody tr").first().locator("li").count()).isPositive();
      BrowserSession.screenshot(page, "ranking-compare");

      String csv = page.getAttribute("#export-csv", "href");
      assertThat(csv).endsWith("/api/v1/rankings/" + farmRun + "/export?format=csv");
      APIResponse export = context.request().get(csv);
      assertThat(export.status()).isEqualTo(200);
      assertThat(export.headers().get("content-type")).startsWith("text/csv");
    }
  }

  @Test
  void theRankingSpeaksJapanese() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = open(context, "?lang=ja&run=" + safetyRun);
      assertThat(page.textContent("th[data-sort=rank] button")).isEqualTo("順位");
      page.locator("#ranking tbody tr").first().click();
      page.waitForSelector("#criteria tbody tr");
      assertThat(page.textContent("#criteria tbody")).contains("危険にさらされる人口");
      assertThat(page.textContent("#page-info")).contains("行中");
    }
  }
}
