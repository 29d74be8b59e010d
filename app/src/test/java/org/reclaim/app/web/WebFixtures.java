package org.reclaim.app.web;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.reclaim.domain.hazard.HazardousArea;

/** Shared set-up of the map, ranking and policy browser tests. */
final class WebFixtures {
  /** A name as an import might bring it: markup that must be shown, never run. */
  static final String HOSTILE_NAME = "<script>window.__injected = 1</script><b>Orchard</b>";

  /** Code of the area stored with {@link #HOSTILE_NAME}. */
  static final String HOSTILE_CODE = "XSS-1";

  private WebFixtures() {}

  /**
   * A browser and the demo register served at a small scale (0.05: about 150 areas), closed
   * together.
   */
  record Served(BrowserSession browser, DemoSite site) implements AutoCloseable {
    /** A fresh browser context signed in as the analyst, in English. */
    BrowserContext analyst() {
      return browser.signedIn("analyst", DemoSite.PASSWORD);
    }

    /** A new page of {@code context} at {@code path} of the site ("/app/ranking.html?run=1"). */
    Page open(BrowserContext context, String path) {
      Page page = context.newPage();
      page.navigate(site.base() + path);
      return page;
    }

    @Override
    public void close() {
      if (site != null) {
        site.close();
      }
      browser.close();
    }
  }

  /** Launches the browser (or skips the class without one) and serves the demo register. */
  static Served serve(String name) {
    BrowserSession browser = BrowserSession.launch();
    try {
      return new Served(browser, DemoSite.start(name, 0.05));
    } catch (RuntimeException e) {
      browser.close();
      throw e;
    }
  }

  /**
   * Stores a copy of the register's first hazardous area (same region, class, status and geometry)
   * under {@link #HOSTILE_CODE} and {@link #HOSTILE_NAME}; returns its id.
   */
  static long storeHostileArea(DemoSite site) {
    HazardousArea first = site.store().hazardousAreas().listAll().get(0);
    long id = 990_001;
    site.store()
        .hazardousAreas()
        .insert(
            HazardousArea.builder()
                .id(id)
                .code(HOSTILE_CODE)
                .name(HOSTILE_NAME)
                .regionId(first.regionId())
                .hazardClass(first.hazardClass())
                .status(first.status())
                .contamination(first.contamination())
                .landUse(first.landUse())
                .terrain(first.terrain())
                .vegetation(first.vegetation())
                .geometry(first.geometry())
                .reportedOn(first.reportedOn())
                .build(),
            "test");
    return id;
  }

  /** Runs a ranking through the API as the analyst; returns the run's id. */
  static long rank(BrowserContext analyst, String base, String profile) {
    APIResponse r =
        analyst
            .request()
            .post(
                base + "/api/v1/rankings",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData("{\"profile\":\"" + profile + "\",\"samples\":50}"));
    if (r.status() != 201) {
      throw new IllegalStateException("ranking run failed: " + r.status() + " " + r.text());
    }
    String body = r.text();
    return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
  }
}
