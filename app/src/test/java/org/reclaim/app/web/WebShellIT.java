package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shell every page shares, on the demo register: language choice, switch, navigation. */
class WebShellIT {
  @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("web-shell-it");

  @Test
  void theShellSpeaksTheChosenLanguageAndTheSwitchChangesIt() {
    try (BrowserContext context = WEB.signedIn("analyst", DemoSite.PASSWORD)) {
      Page page = context.newPage();
      page.navigate(WEB.site().base() + "/app/reports.html?lang=uk");
      page.waitForSelector("#shell nav a[aria-current=page]");
      assertThat(page.textContent("#shell nav a[aria-current=page]")).isEqualTo("Звіти");
      assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("uk");
      assertThat(page.title()).isEqualTo("Reclaim — Звіти про звільнення земель");

      page.selectOption("#shell-lang", "ja");
      page.waitForFunction("document.documentElement.lang === 'ja'");
      page.waitForSelector("#shell nav a[aria-current=page]");
      assertThat(page.textContent("#shell nav a[aria-current=page]")).isEqualTo("報告書");
      // the choice is remembered on the next page
      page.navigate(WEB.site().base() + "/");
      page.waitForSelector("#shell nav a[aria-current=page]");
      assertThat(page.textContent("#shell nav a[aria-current=page]")).isEqualTo("地図");
    }
  }

  @Test
  void theShellNamesWhoIsSignedInAndSigningOutEndsTheSession() {
    try (BrowserContext context = WEB.signedIn("analyst", DemoSite.PASSWORD)) {
      Page page = context.newPage();
      page.navigate(WEB.site().base() + "/app/reports.html");
      page.waitForSelector("#sign-out");
      assertThat(page.textContent("#shell-user")).contains("analyst");
      page.click("#sign-out");
      page.waitForURL(url -> url.contains("/login.html?signed-out"));
      page.waitForSelector("#login-message:not([hidden])");
      assertThat(page.textContent("#login-message")).isEqualTo("You are signed out.");
      page.navigate(WEB.site().base() + "/app/reports.html");
      page.waitForSelector("#login[data-ready=true]");
      assertThat(page.url()).endsWith("/login.html");
    }
  }

  @Test
  void aRefusedSignInSaysSoOnTheForm() {
    try (BrowserContext context = WEB.browser().anonymous()) {
      Page page = context.newPage();
      page.navigate(WEB.site().base() + "/login.html?lang=uk");
      page.waitForSelector("#login[data-ready=true]");
      page.fill("#username", "analyst");
      page.fill("#password", "not-the-password");
      page.click("#sign-in");
      page.waitForSelector("#login-message:not([hidden])");
      assertThat(page.textContent("#login-message"))
          .isEqualTo("Ім'я користувача або пароль не прийнято.");
      assertThat(page.inputValue("#password")).isEmpty();
    }
  }

  @Test
  void theBrowsersLanguageIsTheDefault() {
    try (BrowserContext context = WEB.signedIn("analyst", DemoSite.PASSWORD, "uk-UA")) {
      Page page = context.newPage();
      page.navigate(WEB.site().base() + "/");
      page.waitForSelector("#shell nav a[aria-current=page]");
      assertThat(page.textContent("#shell nav a[aria-current=page]")).isEqualTo("Мапа");
    }
  }
}
