package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The map page on the demo register: priority and status colours, regions, layers, escaping. */
class MapIT {
  @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("map-it");

  private static DemoSite site;
  private static long runId;

  @BeforeAll
  static void start() {
    site = WEB.site();
    WebFixtures.storeHostileArea(site);
    try (BrowserContext analyst = WEB.analyst()) {
      runId = WebFixtures.rank(analyst, site.base(), "civilian-safety");
    }
  }

  private static Page openMap(BrowserContext context, String query) {
    Page page = WEB.open(context, "/" + query);
    page.waitForFunction("document.querySelectorAll('#counts tbody tr').length === 13");
    return page;
  }

  @Test
  void areasAreColouredByPriorityOrByStatusOnTheToggle() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = openMap(context, "");
      assertThat(page.textContent("#status")).containsPattern("\\d+ hazardous areas in view");
      assertThat(page.textContent("#run")).contains("ranking run " + runId);
      assertThat(page.locator("#legend li").first().textContent()).contains("Rank in top 0–5 %");
      // the best-ranked area has the darkest class; an area outside the run is grey
      Object topColour =
          page.evaluate(
              "(() => { let c = null; areas.eachLayer(l => { const r = state.ranks.get(l.feature.id);"
                  + " if (r && r.rank === 1) c = l.options.fillColor; }); return c; })()");
      assertThat(topColour).isEqualTo("#67000d");
      BrowserSession.screenshot(page, "map");

      page.check("input[name=colour][value=status]");
      assertThat(page.locator("#legend li").first().textContent()).isEqualTo("Suspected (SHA)");
      @SuppressWarnings("unchecked")
      List<Boolean> byStatus =
          (List<Boolean>)
              page.evaluate(
                  "(() => { const out = []; areas.eachLayer(l => out.push(l.options.fillColor"
                      + " === STATUS_COLOURS[l.feature.properties.status])); return out; })()");
      assertThat(byStatus).isNotEmpty().containsOnly(true);
    }
  }

  @Test
  void theRegionFilterZoomsToTheOblastAndShowsOnlyItsAreas() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = openMap(context, "");
      page.waitForFunction("document.getElementById('status').textContent.includes('in view')");
      // the oblast of the best-ranked area
      Object oblast =
          page.evaluate(
              "(() => { let region = null; areas.eachLayer(l => { const r ="
                  + " state.ranks.get(l.feature.id); if (r && r.rank === 1) region ="
                  + " l.feature.properties.region_id; });"
                  + " let id = region; while (id != null && state.regions.get(id).level !== 'OBLAST')"
                  + " id = state.regions.get(id).parent; return String(id); })()");
      double zoomBefore = ((Number) page.evaluate("map.getZoom()")).doubleValue();
      page.selectOption("#region", oblast.toString());
      page.waitForFunction(
          "document.getElementById('status').textContent.includes('in the chosen oblast')");
      assertThat(((Number) page.evaluate("map.getZoom()")).doubleValue()).isGreaterThan(zoomBefore);
      @SuppressWarnings("unchecked")
      List<Boolean> inside =
          (List<Boolean>)
              page.evaluate(
                  "(() => { const out = []; areas.eachLayer(l =>"
                      + " out.push(state.inOblast.has(l.feature.properties.region_id)));"
                      + " return out; })()");
      assertThat(inside).isNotEmpty().containsOnly(true);

      // a context layer switched on in the layer control is drawn
      page.locator(
              ".leaflet-control-layers-overlays label",
              new Page.LocatorOptions().setHasText("Settlements"))
          .locator("input")
          .check();
      page.waitForFunction(
          "(() => { let n = 0; context.find(c => c.layer === 'settlements').group"
              + ".eachLayer(() => n++); return n > 0; })()");
      BrowserSession.screenshot(page, "map-oblast");
    }
  }

  @Test
  void aViewWithMoreAreasThanItMaySendShowsCountsPerOblast() {
    try (BrowserContext context = WEB.analyst()) {
      // at most 20 areas per view: the national view holds more
      Page page = openMap(context, "?limit=20");
      page.waitForFunction(
          "document.getElementById('status').textContent.includes('circles count the areas')");
      assertThat(page.evaluate("(() => { let n = 0; areas.eachLayer(() => n++); return n; })()"))
          .isEqualTo(0);
      // the circles count every area not yet released, as the register holds them
      long open =
          site.store().hazardousAreas().listAll().stream()
              .filter(a -> a.status() != org.reclaim.domain.hazard.HazardStatus.RELEASED)
              .count();
      Object counted =
          page.evaluate(
              "(() => { let n = 0; aggregate.eachLayer(m => n += m.count); return n; })()");
      assertThat(((Number) counted).longValue()).isEqualTo(open);
      assertThat(page.locator(".count-label").count()).isPositive();
      BrowserSession.screenshot(page, "map-counts");

      // one oblast chosen: its areas, or its circle alone when its view still holds too many
      page.selectOption(
          "#region", page.evaluate("String(state.perOblast.keys().next().value)").toString());
      page.waitForFunction(
          "(() => { const s = document.getElementById('status').textContent;"
              + " return s.includes('in the chosen oblast')"
              + " || (s.includes('circles') && aggregate.getLayers().length === 1); })()");
    }
  }

  @Test
  void aViewTooFullToSendDrawsEveryAreaFromVectorTilesAndOpensOneOnAClick() {
    // an open area of the register with no other area within ~500 m, and where it lies
    List<org.reclaim.domain.hazard.HazardousArea> all = site.store().hazardousAreas().listAll();
    org.reclaim.domain.hazard.HazardousArea area =
        all.stream()
            .filter(a -> a.status() != org.reclaim.domain.hazard.HazardStatus.RELEASED)
            .filter(
                a ->
                    all.stream()
                        .noneMatch(
                            b ->
                                b.id() != a.id()
                                    && b.geometry().isWithinDistance(a.geometry(), 0.005)))
            .findFirst()
            .orElseThrow();
    org.locationtech.jts.geom.Point inside = area.geometry().getInteriorPoint();
    try (BrowserContext context = WEB.analyst()) {
      // at most one area per view: every view with two or more comes from tiles
      Page page = openMap(context, "?limit=1");
      page.evaluate(
          "map.setView([" + inside.getY() + ", " + inside.getX() + "], 11, { animate: false })");
      page.waitForFunction(
          "document.getElementById('status').textContent.includes('drawn from vector tiles')");
      assertThat(page.evaluate("(() => { let n = 0; areas.eachLayer(() => n++); return n; })()"))
          .isEqualTo(0);
      // the area is in the tiles drawn, with its rank in the run the map is coloured by
      String probe =
          "(areaTiles.queryTileFeaturesDebug("
              + inside.getX()
              + ", "
              + inside.getY()
              + ", 6).get('hazardous-areas') || []).map(p => p.feature.props)"
              + ".find(p => p.id === "
              + area.id()
              + ")";
      page.waitForFunction("!!" + probe);
      Number tileRank = (Number) page.evaluate(probe + ".rank");
      Number runRank =
          (Number)
              page.evaluate(
                  "Reclaim.api('api/v1/rankings/"
                      + runId
                      + "/areas/"
                      + area.id()
                      + "')"
                      + ".then(e => e.rank)");
      assertThat(tileRank.intValue()).isEqualTo(runRank.intValue()).isPositive();
      assertThat(page.evaluate("tileAreaColour(" + probe + ")"))
          .isEqualTo(page.evaluate("rankColour(" + runRank + ")"));

      // a click on it opens its record, as a click on a GeoJSON area does
      @SuppressWarnings("unchecked")
      Map<String, Number> at =
          (Map<String, Number>)
              page.evaluate(
                  "(() => { const p = map.latLngToContainerPoint(["
                      + inside.getY()
                      + ", "
                      + inside.getX()
                      + "]); const r = document.getElementById('map').getBoundingClientRect();"
                      + " return { x: r.left + p.x, y: r.top + p.y }; })()");
      page.mouse().click(at.get("x").doubleValue(), at.get("y").doubleValue());
      page.waitForSelector(".leaflet-popup-content dd");
      String popup = page.textContent(".leaflet-popup-content");
      assertThat(popup).contains(area.code()).contains(runRank.intValue() + " of ");
      BrowserSession.screenshot(page, "map-tiles");

      // the evidence layer switched on comes from tiles too: one of its points is drawn
      org.locationtech.jts.geom.Point seen =
          (org.locationtech.jts.geom.Point)
              site.store().evidence().listAll().getFirst().location().getInteriorPoint();
      page.keyboard().press("Escape");
      page.evaluate(
          "map.setView([" + seen.getY() + ", " + seen.getX() + "], 12, { animate: false })");
      page.locator(
              ".leaflet-control-layers-overlays label",
              new Page.LocatorOptions().setHasText("Evidence"))
          .locator("input")
          .check();
      page.waitForFunction(
          "(context.find(c => c.layer === 'evidence').group.queryTileFeaturesDebug("
              + seen.getX()
              + ", "
              + seen.getY()
              + ", 6).get('evidence') || []).length > 0");
    }
  }

  @Test
  void anImportedNameIsShownAsTextInThePopup() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = openMap(context, "");
      page.waitForFunction("document.getElementById('status').textContent.includes('in view')");
      // the map may reload its layer (closing the popup) while a slow machine catches up:
      // open the popup until it is shown
      page.waitForFunction(
          "(() => { areas.eachLayer(l => { if (l.feature.properties.code === '"
              + WebFixtures.HOSTILE_CODE
              + "' && !l.isPopupOpen()) l.openPopup(); });"
              + " return document.querySelector('.leaflet-popup-content dd') !== null; })()");
      assertThat(page.locator(".leaflet-popup-content dd").first().textContent())
          .isEqualTo(WebFixtures.HOSTILE_NAME);
      assertThat(page.locator(".leaflet-popup-content script").count()).isZero();
      assertThat(page.locator(".leaflet-popup-content b").count()).isZero();
      assertThat(page.evaluate("window.__injected === undefined")).isEqualTo(true);
      // the popup links to the score's explanation
      assertThat(page.locator(".leaflet-popup-content a").getAttribute("href"))
          .contains("app/ranking.html?run=" + runId + "&area=990001");
    }
  }

  @Test
  void theMapSpeaksUkrainianAndJapanese() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = openMap(context, "?lang=uk");
      page.waitForFunction("document.getElementById('status').textContent.includes(':')");
      assertThat(page.textContent("#status")).startsWith("Небезпечних територій у полі зору:");
      assertThat(page.textContent("label[for=region]")).isEqualTo("Область");
      page.navigate(site.base() + "/?lang=ja");
      page.waitForFunction("document.querySelectorAll('#counts tbody tr').length === 13");
      assertThat(page.textContent("label[for=region]")).isEqualTo("州");
      assertThat(page.locator("#counts tbody tr").first().textContent()).startsWith("地域");
    }
  }
}
