package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaim.app.web.BrowserSession;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardousArea;
import org.reclaim.domain.region.Region;
import org.reclaim.store.ReclaimStore;
import org.reclaim.store.StoreConfig;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The served map, reports page and web shell in a real browser ({@link BrowserSession}: Debian's
 * Chromium driven by Playwright).
 */
class BrowserIT {
  private static final String HOSTILE_NAME = "<script>window.__injected = 1</script><b>Orchard</b>";

  private static ReclaimStore store;
  private static ConfigurableApplicationContext server;
  private static BrowserSession session;
  private static String base;

  @BeforeAll
  static void start() {
    session = BrowserSession.launch();
    store = ReclaimStore.open(StoreConfig.inMemory("browser-it"));
    store.inTransaction(
        () -> {
          store
              .regions()
              .insertAll(
                  List.of(
                      DomainForTest.country(),
                      new Region(
                          2,
                          "UA-63",
                          "Kharkiv Oblast",
                          Region.Level.OBLAST,
                          1L,
                          DomainForTest.wkt(DomainForTest.squareWkt(35.5, 49.0, 2)))),
                  "test",
                  "fixture");
          for (int i = 1; i <= 40; i++) {
            store
                .hazardousAreas()
                .insert(
                    DomainForTest.area(i, 36.0 + (i % 8) * 0.05, 49.6 + (i / 8) * 0.05), "test");
          }
          // An area whose name arrived from an import with markup in it.
          store
              .hazardousAreas()
              .insert(
                  HazardousArea.builder()
                      .id(99)
                      .code("XSS-1")
                      .name(HOSTILE_NAME)
                      .contamination(EnumSet.of(ContaminationType.UXO_ERW))
                      .geometry(DomainForTest.wkt(DomainForTest.squareWkt(36.3, 49.9, 0.01)))
                      .build(),
                  "test");
        });
    // One release of 1,234 m² for the reports page.
    store
        .landReleases()
        .insert(
            new org.reclaim.domain.release.LandRelease(
                500,
                1,
                null,
                org.reclaim.domain.release.ReleaseCategory.CANCELLED,
                1234,
                java.time.LocalDate.of(2026, 4, 10),
                0),
            "test");
    server = ReclaimServer.start(store, 0, Map.of("analyst", "pw-a"));
    base = "http://localhost:" + ((WebServerApplicationContext) server).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
    if (server != null) {
      server.close();
      store.close();
    }
  }

  private Page openMap(BrowserContext context) {
    Page page = context.newPage();
    page.navigate(base + "/");
    page.waitForFunction("document.querySelectorAll('#counts tbody tr').length === 13");
    return page;
  }

  private static BrowserContext signedIn() {
    return session.signedIn(base, "analyst", "pw-a");
  }

  @Test
  void theMapShowsTheRegisterInView() throws Exception {
    try (BrowserContext context = signedIn()) {
      Page page = openMap(context);
      page.waitForFunction("document.getElementById('status').textContent.includes('in view')");
      assertThat(page.textContent("#status")).contains("41 hazardous areas in view");
      assertThat(page.locator("#counts tbody tr").first().textContent()).startsWith("Regions");
      // no ranking run yet: the areas are coloured by status
      assertThat(page.textContent("#run")).startsWith("No ranking run yet");
      assertThat(page.isChecked("input[name=colour][value=status]")).isTrue();
      BrowserSession.screenshot(page, "map-without-ranking");
    }
  }

  @Test
  void anImportedNameIsShownAsTextNeverAsMarkup() {
    try (BrowserContext context = signedIn()) {
      Page page = openMap(context);
      page.waitForFunction("document.getElementById('status').textContent.includes('in view')");
      // the map may reload its layer (and close the popup) while a slow machine catches up:
      // open the popup until it is shown
      page.waitForFunction(
          "(() => { areas.eachLayer(l => { if (l.feature.properties.code === 'XSS-1'"
              + " && !l.isPopupOpen()) l.openPopup(); });"
              + " return document.querySelector('.leaflet-popup-content dd') !== null; })()");
      assertThat(page.locator(".leaflet-popup-content dd").first().textContent())
          .isEqualTo(HOSTILE_NAME);
      assertThat(page.locator(".leaflet-popup-content script").count()).isZero();
      assertThat(page.locator(".leaflet-popup-content b").count()).isZero();
      assertThat(page.evaluate("window.__injected === undefined")).isEqualTo(true);
    }
  }

  @Test
  void theReportsPageShowsTheReleasedLand() {
    try (BrowserContext context = signedIn()) {
      Page page = context.newPage();
      page.navigate(base + "/app/reports.html");
      page.fill("#from", "2026-01-01");
      page.fill("#to", "2026-12-31");
      page.selectOption("#by", "month");
      page.click("#run");
      page.waitForFunction(
          "document.getElementById('status').textContent.includes('released from')");
      assertThat(page.textContent("#status")).startsWith("1,234 m² released");
      // months and dates in the page's language
      assertThat(page.locator("#operations tbody tr").first().textContent()).startsWith("Apr 2026");
    }
  }
}
