package org.reclaim.app.web;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.RequestOptions;
import org.reclaim.domain.hazard.HazardousArea;

/** Register fixtures the map, ranking and policy browser tests share (on a {@link DemoBrowser}). */
final class WebFixtures {
  /** A name as an import might bring it: markup that must be shown, never run. */
  static final String HOSTILE_NAME = "<script>window.__injected = 1</script><b>Orchard</b>";

  /** Code of the area stored with {@link #HOSTILE_NAME}. */
  static final String HOSTILE_CODE = "XSS-1";

  private WebFixtures() {}

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
                    .setHeader("X-XSRF-TOKEN", BrowserSession.csrf(analyst))
                    .setHeader("Content-Type", "application/json")
                    .setData("{\"profile\":\"" + profile + "\",\"samples\":50}"));
    if (r.status() != 201) {
      throw new IllegalStateException("ranking run failed: " + r.status() + " " + r.text());
    }
    String body = r.text();
    return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
  }
}
