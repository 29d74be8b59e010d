package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The policy editor on the demo register: weights, AHP, save with conflicts, re-rank. */
class PolicyIT {
  @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("policy-it");

  private static DemoSite site;

  @BeforeAll
  static void start() {
    site = WEB.site();
  }

  private static Page open(BrowserContext context, String query) {
    Page page = WEB.open(context, "/app/policy.html" + query);
    page.waitForSelector(
        "#weights tbody tr",
        new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
    page.waitForFunction("document.getElementById('status').textContent.includes('version')");
    return page;
  }

  @Test
  void changingAWeightAndRankingChangesTheRanking() {
    try (BrowserContext context = WEB.analyst()) {
      long before = WebFixtures.rank(context, site.base(), "civilian-safety");
      String topBefore = topCode(context, before);

      Page page = open(context, "?profile=civilian-safety");
      assertThat(page.locator("#weights tbody tr").count()).isEqualTo(14);
      // civilian-safety's weights sum to 1; population_exposed is 30 % of it
      assertThat(page.textContent("#weight-sum")).startsWith("1 ");
      assertThat(page.textContent("tr[data-criterion=population_exposed] .share"))
          .isEqualTo("30 %");
      BrowserSession.screenshot(page, "policy");
      // a policy that only values farmland
      for (String criterion :
          new String[] {
            "population_exposed",
            "distance_to_settlement_m",
            "accident_severity",
            "direct_evidence",
            "evidence_density",
            "infrastructure_blocked",
            "roads_blocked_m",
            "release_cost_usd",
            "release_duration_days"
          }) {
        page.fill("#w-" + criterion, "0");
      }
      page.fill("#w-agricultural_value_usd", "2");
      assertThat(page.textContent("tr[data-criterion=agricultural_value_usd] .share"))
          .isEqualTo("100 %");
      assertThat(page.isDisabled("#rank")).isTrue(); // unsaved changes are not ranked
      page.click("#save");
      page.waitForFunction("document.getElementById('result').textContent.includes('Saved')");
      assertThat(page.textContent("#result")).isEqualTo("Saved civilian-safety version 2.");

      page.click("#rank");
      page.waitForSelector("#run-link");
      page.click("#run-link");
      page.waitForSelector("#ranking tbody tr");
      String topAfter =
          page.locator("#ranking tbody tr").first().locator("td").nth(1).textContent();
      assertThat(topAfter).isNotEqualTo(topBefore);
      assertThat(page.textContent("#status")).contains("civilian-safety v2");
    }
  }

  @Test
  void theAhpMatrixShowsWeightsAndConsistencyLive() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = open(context, "?profile=balanced");
      // balanced is an AHP profile: its matrix is shown, consistent
      assertThat(page.isChecked("input[name=mode][value=pairwise]")).isTrue();
      page.waitForFunction("document.getElementById('consistency').textContent !== ''");
      assertThat(page.textContent("#consistency")).startsWith("Consistent");
      assertThat(page.locator("#ahp-weights tbody tr").count()).isEqualTo(6);
      String firstWeight = page.textContent("#ahp-weights tbody tr:first-child td");

      // population_exposed vs release_cost_usd from 5 to 1/9, and accident vs cost to 1/9:
      // circular judgements
      page.selectOption("select[data-cell='0-5']", String.valueOf(1.0 / 9));
      page.selectOption("select[data-cell='1-5']", String.valueOf(1.0 / 9));
      page.waitForFunction(
          "document.getElementById('consistency').textContent.startsWith('Inconsistent')");
      assertThat(page.textContent("[data-cell='5-0']")).isEqualTo("9");
      assertThat(page.locator("#revisit li").count()).isPositive();
      assertThat(page.textContent("#ahp-weights tbody tr:first-child td"))
          .isNotEqualTo(firstWeight);
      BrowserSession.screenshot(page, "policy-ahp");
    }
  }

  @Test
  void aConcurrentSaveIsShownAsAConflict() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = open(context, "?profile=critical-infrastructure");
      String profile =
          context.request().get(site.base() + "/api/v1/profiles/critical-infrastructure").text();
      // someone else saves a new version meanwhile
      APIResponse other =
          context
              .request()
              .put(
                  site.base() + "/api/v1/profiles/critical-infrastructure",
                  RequestOptions.create()
                      .setHeader("X-XSRF-TOKEN", BrowserSession.csrf(context))
                      .setHeader("Content-Type", "application/json")
                      .setHeader("If-Match", "\"1\"")
                      .setData(profile));
      assertThat(other.status()).isEqualTo(200);

      page.fill("#w-roads_blocked_m", "0.5");
      page.click("#save");
      page.waitForSelector("#conflict:not([hidden])");
      assertThat(page.textContent("#conflict-text"))
          .startsWith("Not saved: someone saved a new version of critical-infrastructure");
      page.click("#reload");
      page.waitForFunction("document.getElementById('status').textContent.includes('version 2')");
      assertThat(page.isHidden("#conflict")).isTrue();
    }
  }

  @Test
  void theEditorSpeaksUkrainian() {
    try (BrowserContext context = WEB.signedIn("analyst", DemoSite.PASSWORD, "uk-UA")) {
      Page page = context.newPage();
      page.navigate(site.base() + "/app/policy.html?profile=civilian-safety");
      page.waitForSelector("#weights tbody tr");
      assertThat(page.textContent("#save")).isEqualTo("Зберегти як нову версію");
      assertThat(page.textContent("label[for=w-population_exposed]"))
          .isEqualTo("Населення під загрозою");
    }
  }

  private static String topCode(BrowserContext context, long run) {
    String rows =
        context.request().get(site.base() + "/api/v1/rankings/" + run + "/rows?limit=1").text();
    return rows.replaceAll("(?s)^\\[\\{[^}]*?\"code\":\"([^\"]+)\".*", "$1");
  }
}
