package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reclaim.app.web.DemoSite;

/**
 * Security headers on every kind of answer: the web app's pages and the API carry the
 * Content-Security-Policy without 'unsafe-inline', nosniff, no framing and a referrer policy; a
 * printable HTML document carries its own stricter policy that allows its inline style by hash
 * only; no page of the web app has an inline script or style left for the policy to block.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIT {
  private DemoSite site;
  private ApiClient api;

  @BeforeAll
  void start() {
    site = DemoSite.start("security-headers-it", 0.05);
    api = new ApiClient(site.base(), Map.of("analyst", DemoSite.PASSWORD), "application/json");
  }

  @AfterAll
  void stop() {
    site.close();
  }

  @Test
  void pagesAndTheApiCarryThePolicyAndTheOtherHeaders() throws Exception {
    for (String path :
        List.of(
            "/index.html",
            "/public.html",
            "/login.html",
            "/app/people.html",
            "/api/v1/hazardous-areas")) {
      boolean open = path.equals("/public.html") || path.equals("/login.html");
      HttpResponse<String> r = api.send("GET", path, open ? null : "analyst", null);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      List<String> csp = r.headers().allValues("Content-Security-Policy");
      assertThat(csp)
          .as(path)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'");
                assertThat(p).contains("frame-ancestors 'none'", "object-src 'none'");
                assertThat(p).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
              });
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(r.headers().firstValue("Referrer-Policy"))
          .hasValue("strict-origin-when-cross-origin");
      // plain HTTP: HSTS is only sent over TLS
      assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
  }

  @Test
  void aPrintableDocumentAllowsItsOwnStyleByHashAndNothingElse() throws Exception {
    HttpResponse<String> r =
        api.send("GET", "/api/v1/reports/operations/monthly?month=2026-05", "analyst", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<style>");
    List<String> csp = r.headers().allValues("Content-Security-Policy");
    assertThat(csp)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p).startsWith("default-src 'none'").contains("style-src 'sha256-");
              assertThat(p).doesNotContain("unsafe-inline").doesNotContain("script-src");
            });
  }

  @Test
  void theApiConsoleMayStyleInlineButRunsOnlyTheServersScripts() throws Exception {
    HttpResponse<String> r = api.send("GET", "/swagger-ui/index.html", null, null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().allValues("Content-Security-Policy"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .contains("script-src 'self';", "style-src 'self' 'unsafe-inline'")
                    .doesNotContain("unsafe-eval"));
  }

  @Test
  void noPageHasInlineScriptsOrStyles() throws Exception {
    for (String page : DemoSite.PAGES) {
      HttpResponse<String> r = api.send("GET", page, "analyst", null);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      String html = r.body();
      assertThat(html).as(page).contains("<html");
      assertThat(html).as(page).doesNotContain("<style").doesNotContain(" style=\"");
      assertThat(html.replaceAll("<script src=\"[^\"]+\"></script>", ""))
          .as(page)
          .doesNotContain("<script")
          .doesNotContainPattern(" on[a-z]+=\"");
    }
  }
}
