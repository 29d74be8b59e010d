package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The people pages in a browser: the people page in en/uk/ja with its disaggregated tables; donors
 * see small counts as "<5"; victim assistance reads a casualty's personal data and erases it, an
 * analyst is refused; the administrator lists and creates accounts and verifies the audit chain;
 * the public page answers without a login.
 */
class PeoplePagesIT {
  @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("people-pages-it");

  private static String message(String bundle, String lang, String key) throws IOException {
    Properties p = new Properties();
    try (Reader r =
        new InputStreamReader(
            PeoplePagesIT.class.getResourceAsStream("/i18n/" + bundle + "_" + lang + ".properties"),
            StandardCharsets.UTF_8)) {
      p.load(r);
    }
    assertThat(p.getProperty(key)).as(bundle + "_" + lang + " " + key).isNotBlank();
    return p.getProperty(key);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "uk", "ja"})
  void thePeoplePageShowsDisaggregatedTablesInEachLanguage(String lang) throws IOException {
    try (BrowserContext context = WEB.analyst()) {
      Page page = WEB.open(context, "/app/people.html?lang=" + lang);
      page.waitForSelector("#personnel tbody tr");
      assertThat(page.textContent("#personnel-section h2"))
          .isEqualTo(message("people", lang, "people.personnel.title"));
      assertThat(page.textContent("#personnel thead"))
          .contains(message("people", lang, "people.female"));
      assertThat(page.locator("#personnel tbody tr.total").count()).isEqualTo(1);
      page.waitForSelector("#readiness tbody tr");
      assertThat(page.textContent("#readiness tbody"))
          .contains(message("people", lang, "people.readiness.NOT_READY"));
      // the analyst may not read victim assistance's referrals
      page.waitForSelector("#referrals-section .refused");
      assertThat(page.textContent("#referrals-section .refused"))
          .isEqualTo(message("people", lang, "people.refused"));
      BrowserSession.screenshot(page, "people-" + lang);
    }
  }

  @Test
  void theMapShowsEoreCoverageOfSettlementsNearHazards() {
    try (BrowserContext context = WEB.analyst()) {
      Page page = WEB.open(context, "/index.html");
      page.locator(
              ".leaflet-control-layers-overlays label",
              new Page.LocatorOptions().setHasText("EORE coverage"))
          .locator("input")
          .check();
      page.waitForFunction("eoreCoverage.getLayers().length > 0");
      Object unreached =
          page.evaluate(
              "eoreCoverage.getLayers().filter(l => l.options.className === 'eore-unreached')"
                  + ".length");
      assertThat(((Number) unreached).intValue()).isPositive();
      BrowserSession.screenshot(page, "map-eore-coverage");
    }
  }

  @Test
  void donorsSeeSmallCountsSuppressed() {
    try (BrowserContext context = WEB.signedIn("donor", DemoSite.PASSWORD)) {
      Page page = WEB.open(context, "/app/people.html");
      page.waitForSelector("#casualties tbody tr");
      assertThat(page.locator("#casualties td.suppressed").count()).isPositive();
      assertThat(page.textContent("#casualties")).contains("<5");
      page.waitForSelector("#personal-section");
    }
  }

  @Test
  void victimAssistanceReadsAndErasesPersonalData() {
    try (BrowserContext context = WEB.signedIn("va", DemoSite.PASSWORD)) {
      Page page = WEB.open(context, "/app/people.html");
      page.waitForSelector("#referrals tbody tr");
      page.fill("#casualty-id", "1");
      page.click("#personal-form button[type=submit]");
      page.waitForSelector("#personal:not([hidden])");
      String name =
          WEB.site().store().people().personalData().find(1, "test", "check").orElseThrow().name();
      assertThat(page.textContent("#personal-data")).contains(name);
      page.onDialog(d -> d.accept());
      page.fill("#erase-reason", "the person's request");
      page.click("#erase");
      page.waitForSelector(
          "#personal[hidden]",
          new Page.WaitForSelectorOptions()
              .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
      assertThat(page.textContent("#personal-result")).contains("1");
      assertThat(WEB.site().store().people().personalData().exists(1)).isFalse();
    }
    try (BrowserContext context = WEB.analyst()) {
      Page page = WEB.open(context, "/app/people.html");
      page.waitForSelector("#personnel tbody tr");
      page.fill("#casualty-id", "2");
      page.click("#personal-form button[type=submit]");
      page.waitForFunction("document.getElementById('personal-result').textContent.length > 0");
      assertThat(page.textContent("#personal-result")).isEqualTo("Not shown to your role.");
    }
  }

  @Test
  void theAdministratorManagesAccountsAndVerifiesTheAuditLog() {
    try (BrowserContext context = WEB.signedIn("admin", DemoSite.PASSWORD)) {
      Page page = WEB.open(context, "/app/admin.html");
      page.waitForSelector("#users tbody tr[data-user=va]");
      page.fill("#new-name", "field-2");
      page.selectOption("#new-role", "OPERATOR");
      page.fill("#new-operator", "2");
      page.fill("#new-password", "a-long-password");
      page.click("#create button[type=submit]");
      page.waitForSelector("#users tbody tr[data-user=field-2]");
      // assign another role: the account is an analyst from now on
      page.selectOption("#users tbody tr[data-user=field-2] select.role", "ANALYST");
      page.waitForFunction(
          "document.getElementById('users-result').textContent.includes('field-2 is now')");
      assertThat(WEB.site().store().people().users().find("field-2").orElseThrow().role())
          .isEqualTo("ANALYST");
      page.waitForSelector("#audit tbody tr");
      // a log longer than a page (200): older entries come from the cursor
      for (int i = 0; i < 210; i++) {
        WEB.site()
            .store()
            .audit()
            .record(
                "analyst",
                "settlement",
                1L,
                org.reclaim.store.audit.AuditLog.Action.UPDATE,
                java.util.Map.of("population", i),
                java.util.Map.of("population", i + 1));
      }
      page.click("#audit-filter button[type=submit]");
      page.waitForFunction("document.querySelectorAll('#audit tbody tr').length === 200");
      long shown = page.locator("#audit tbody tr").count();
      assertThat(shown).isEqualTo(200);
      long newestSeq = Long.parseLong(page.textContent("#audit tbody tr:first-child td"));
      page.click("#audit-older");
      page.waitForFunction("document.querySelectorAll('#audit tbody tr').length > 200");
      String lastSeq = page.textContent("#audit tbody tr:last-child td");
      assertThat(Long.parseLong(lastSeq)).isLessThan(newestSeq - 199);
      page.click("#verify");
      page.waitForFunction("document.getElementById('verify-result').textContent.length > 0");
      assertThat(page.textContent("#verify-result")).startsWith("Intact");
      BrowserSession.screenshot(page, "admin");
    }
  }

  @Test
  void thePublicPageNeedsNoLogin() {
    try (BrowserContext context = WEB.browser().anonymous()) {
      Page page = context.newPage();
      page.navigate(WEB.site().base() + "/public.html?lang=uk");
      page.waitForFunction("document.getElementById('public-summary').textContent.length > 0");
      assertThat(page.textContent("h1")).isEqualTo(uk("public.title"));
      assertThat(page.locator("#public-map path.leaflet-interactive").count()).isPositive();
      // the warning zones are drawn from public vector tiles, counted by the server
      page.waitForFunction(
          "document.querySelectorAll('#public-map canvas.leaflet-tile').length > 0");
      long open =
          WEB.site().store().hazardousAreas().listAll().stream()
              .filter(a -> a.status() != org.reclaim.domain.hazard.HazardStatus.RELEASED)
              .count();
      assertThat(page.textContent("#public-summary")).contains(": " + open + ";");
      assertThat(page.locator("#released tbody tr").count()).isPositive();
      BrowserSession.screenshot(page, "public-uk");
    }
  }

  private static String uk(String key) {
    try {
      return message("public", "uk", key);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
