package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The what-if page reached from the dashboards: a short simulation of a profile against today's
 * practice; the table and the chart show what the API answered; a size beyond the page's limits is
 * refused by name.
 */
class WhatIfIT {
  @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("what-if-it");

  @Test
  void aWhatIfShowsBothPoliciesAndTheirValueOverTime() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = WEB.open(context, "/app/dashboard.html");
      page.click("#whatif-link");
      page.waitForSelector("#form");
      page.fill("#seeds", "1");
      page.fill("#scale", "0.1");
      page.click("#run");
      page.waitForSelector(
          "#answer:not([hidden])", new Page.WaitForSelectorOptions().setTimeout(120_000));
      assertThat(page.locator("#policies tbody tr").count()).isEqualTo(2);
      assertThat(page.textContent("#policies tbody")).contains("Today: impact score");
      assertThat(page.textContent("#ratio")).contains("Reclaim releases").contains("1 worlds");
      // the chart draws the API's weekly values, in US$ M
      @SuppressWarnings("unchecked")
      List<Object> datasets =
          (List<Object>)
              page.evaluate("Chart.getChart('chart').data.datasets.map(d => d.data.length)");
      assertThat(datasets).containsExactly(52, 52);
      BrowserSession.screenshot(page, "what-if");
      Object refused =
          page.evaluate(
              "async () => (await fetch('/api/v1/simulations/what-if', {method: 'POST',"
                  + " headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': Reclaim.csrfToken()},"
                  + " body: JSON.stringify({seeds: 50})})).json()");
      assertThat(String.valueOf(refused)).contains("seeds").contains("1..5");
    }
  }
}
