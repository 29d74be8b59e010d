package org.reclaim.app.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * A real browser for the web app's tests: Debian's Chromium ({@code /usr/bin/chromium}) driven by
 * Playwright, which never downloads a browser of its own. When Chromium is not installed the
 * calling test class is skipped with a message — unless {@code RECLAIM_REQUIRE_BROWSER=1} (set by
 * {@code .ci/run}), when it fails. Screenshots go to {@code app/target/screenshots/}.
 */
public final class BrowserSession implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final Playwright playwright;
  private final Browser browser;

  private BrowserSession(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Starts headless Chromium, or skips (or fails, when required) the calling test class. */
  public static BrowserSession launch() {
    if (!Files.isExecutable(CHROMIUM)) {
      String message =
          "browser tests skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)";
      if ("1".equals(System.getenv("RECLAIM_REQUIRE_BROWSER"))) {
        throw new IllegalStateException(message.replace("skipped", "required but failed"));
      }
      Assumptions.abort(message);
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-quic",
                            "--disable-sync",
                            "--no-first-run")));
    return new BrowserSession(playwright, browser);
  }

  /**
   * A fresh browser context signed in through the login form of the server at {@code base} (its
   * session cookie kept by the context), 1280×800, in {@code locale}. Tests drive it with scripts
   * evaluated from strings ({@code page.evaluate}, {@code waitForFunction}), which the
   * Content-Security-Policy forbids to the pages themselves, so this context bypasses the policy;
   * {@link #enforcingPolicy} gives one that does not ({@code ContentSecurityPolicyIT}).
   */
  public BrowserContext signedIn(String base, String user, String password, String locale) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(1280, 800)
                .setBypassCSP(true));
    return signIn(context, base, user, password);
  }

  /** A context signed in as {@code user} that enforces the Content-Security-Policy as sent. */
  public BrowserContext enforcingPolicy(String base, String user, String password) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 800));
    return signIn(context, base, user, password);
  }

  /**
   * The CSRF token of {@code context}'s session (its XSRF-TOKEN cookie), for a state-changing
   * request a test sends through {@code context.request()} as the web app would.
   */
  public static String csrf(BrowserContext context) {
    return context.cookies().stream()
        .filter(c -> c.name.equals("XSRF-TOKEN"))
        .map(c -> c.value)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie: not signed in?"));
  }

  /**
   * Signs {@code context} in as a person does: the login form, user name, password, the button;
   * returns once the server has let the browser past the form.
   */
  public static BrowserContext signIn(
      BrowserContext context, String base, String user, String password) {
    try (Page page = context.newPage()) {
      page.navigate(base + "/login.html");
      page.waitForSelector("#login[data-ready=true]");
      page.fill("#username", user);
      page.fill("#password", password);
      page.click("#sign-in");
      page.waitForURL(
          url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(30_000));
    }
    return context;
  }

  /** A fresh browser context with no credentials: the public, 1280×800, in English. */
  public BrowserContext anonymous() {
    return browser.newContext(
        new Browser.NewContextOptions()
            .setLocale("en-GB")
            .setViewportSize(1280, 800)
            .setBypassCSP(true));
  }

  /** {@link #signedIn(String, String, String, String)} in English. */
  public BrowserContext signedIn(String base, String user, String password) {
    return signedIn(base, user, password, "en-GB");
  }

  /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
  public static Path screenshot(Page page, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path file = SCREENSHOTS.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
