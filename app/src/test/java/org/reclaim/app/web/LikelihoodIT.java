package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The likelihood layer of the map and the likelihood explanation of the ranking page, on the demo
 * register with a model trained from its completed work and made active.
 */
class LikelihoodIT {
  @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("likelihood-it", 0.25);

  private static DemoSite site;
  private static long modelId;
  private static long runId;

  @BeforeAll
  static void trainAndActivate() throws Exception {
    site = WEB.site();
    try (BrowserContext analyst = WEB.analyst()) {
      APIResponse submitted =
          analyst
              .request()
              .post(
                  site.base() + "/api/v1/likelihood/models",
                  RequestOptions.create().setHeader("X-XSRF-TOKEN", BrowserSession.csrf(analyst)));
      assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
      modelId = Long.parseLong(submitted.text().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
      for (int i = 0; i < 600; i++) {
        String body =
            analyst.request().get(site.base() + "/api/v1/likelihood/models/" + modelId).text();
        if (body.contains("\"status\":\"READY\"")) {
          break;
        }
        assertThat(body).doesNotContain("\"status\":\"FAILED\"");
        Thread.sleep(200);
      }
      APIResponse active =
          analyst
              .request()
              .put(
                  site.base() + "/api/v1/likelihood/active",
                  RequestOptions.create()
                      .setHeader("X-XSRF-TOKEN", BrowserSession.csrf(analyst))
                      .setHeader("Content-Type", "application/json")
                      .setData("{\"modelId\":" + modelId + "}"));
      assertThat(active.status()).as(active.text()).isEqualTo(200);
      runId = WebFixtures.rank(analyst, site.base(), "civilian-safety");
    }
  }

  @Test
  void theMapColoursAreasByLikelihoodAndAPopupExplainsIt() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = WEB.open(context, "/");
      page.waitForFunction("document.querySelectorAll('#counts tbody tr').length === 13");
      page.check("input[name=colour][value=likelihood]");
      assertThat(page.locator("#legend li").first().textContent()).isEqualTo("0–10 %");
      assertThat(page.textContent("#run")).contains("Likelihood model " + modelId);
      // every area with a probability has the colour of its class
      @SuppressWarnings("unchecked")
      List<Boolean> coloured =
          (List<Boolean>)
              page.evaluate(
                  "(() => { const out = []; areas.eachLayer(l => { const p ="
                      + " state.probabilities.get(l.feature.id); if (p != null) out.push("
                      + "l.options.fillColor === ReclaimLikelihood.colour(p)); }); return out;"
                      + " })()");
      assertThat(coloured).isNotEmpty().containsOnly(true);
      // a popup shows the probability and the features raising and lowering it
      page.evaluate(
          "(() => { let done = false; areas.eachLayer(l => { if (!done &&"
              + " state.probabilities.has(l.feature.id)) { l.openPopup(); done = true; } });"
              + " })()");
      page.waitForSelector(".leaflet-popup .likelihood ul.features li");
      String popup = page.textContent(".leaflet-popup");
      assertThat(popup)
          .contains("Probability of contamination")
          .contains("likelihood model " + modelId);
      BrowserSession.screenshot(page, "map-likelihood");
    }
  }

  @Test
  void theRankingExplainsTheProbabilityAndTheMethod() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = WEB.open(context, "/app/ranking.html?run=" + runId);
      page.waitForSelector("#ranking tbody tr");
      page.locator("#ranking tbody tr").first().click();
      page.waitForSelector("#likelihood-body .likelihood ul.features li");
      assertThat(page.isHidden("#likelihood-explanation")).isFalse();
      assertThat(page.textContent("#explanation-method")).contains("probability");
      assertThat(page.textContent("#likelihood-body")).contains("Raising it most");
      BrowserSession.screenshot(page, "ranking-likelihood");
    }
  }

  @Test
  void theExplanationSpeaksUkrainian() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = WEB.open(context, "/app/ranking.html?lang=uk&run=" + runId);
      page.waitForSelector("#ranking tbody tr");
      page.locator("#ranking tbody tr").first().click();
      page.waitForSelector("#likelihood-body .likelihood ul.features li");
      assertThat(page.textContent("#likelihood-explanation h3"))
          .isEqualTo("Імовірність забруднення");
      assertThat(page.textContent("#likelihood-body")).contains("Найбільше");
    }
  }
}
