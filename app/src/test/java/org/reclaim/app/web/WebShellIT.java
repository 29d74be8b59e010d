package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shell every page shares, on the demo register: language choice, switch, navigation. */
class WebShellIT {
  private static BrowserSession browser;
  private static DemoSite site;

  @BeforeAll
  static void start() {
    browser = BrowserSession.launch();
    site = DemoSite.start("web-shell-it", 0.05);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theShellSpeaksTheChosenLanguageAndTheSwitchChangesIt() {
    try (BrowserContext context = browser.signedIn("analyst", DemoSite.PASSWORD)) {
      Page page = context.newPage();
      page.navigate(site.base() + "/app/reports.html?lang=uk");
      page.waitForSelector("#shell nav a[aria-current=page]");
      assertThat(page.textContent("#shell nav a[aria-current=page]")).isEqualTo("Звіти");
      assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("uk");
      assertThat(page.title()).isEqualTo("Reclaim — Звіти про звільнення земель");

      page.selectOption("#shell-lang", "ja");
      page.waitForFunction("document.documentElement.lang === 'ja'");
      page.waitForSelector("#shell nav a[aria-current=page]");
      assertThat(page.textContent("#shell nav a[aria-current=page]")).isEqualTo("報告書");
      // the choice is remembered on the next page
      page.navigate(site.base() + "/");
      page.waitForSelector("#shell nav a[aria-current=page]");
      assertThat(page.textContent("#shell nav a[aria-current=page]")).isEqualTo("地図");
    }
  }

  @Test
  void theBrowsersLanguageIsTheDefault() {
    try (BrowserContext context = browser.signedIn("analyst", DemoSite.PASSWORD, "uk-UA")) {
      Page page = context.newPage();
      page.navigate(site.base() + "/");
      page.waitForSelector("#shell nav a[aria-current=page]");
      assertThat(page.textContent("#shell nav a[aria-current=page]")).isEqualTo("Мапа");
    }
  }
}
