package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the web app, and Swagger UI, loads in Chromium under the Content-Security-Policy
 * without a single violation reported on the console (an inline style or script, or a source the
 * policy does not allow, would be refused and reported).
 */
class ContentSecurityPolicyIT {
  @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("csp-it");

  static java.util.stream.Stream<String> pages() {
    return java.util.stream.Stream.concat(
        DemoSite.PAGES.stream(), java.util.stream.Stream.of("/swagger-ui/index.html"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void aPageLoadsWithoutPolicyViolations(String path) {
    try (BrowserContext context = WEB.enforcingPolicy("admin", DemoSite.PASSWORD)) {
      Page page = context.newPage();
      List<String> refused = new ArrayList<>();
      page.onConsoleMessage(
          m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
              refused.add(m.text());
            }
          });
      page.navigate(WEB.site().base() + path);
      page.waitForLoadState(LoadState.NETWORKIDLE);
      assertThat(refused).as(path).isEmpty();
    }
  }
}
