package org.reclaim.app.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser test class's fixture: headless Chromium and the demo register served, started before
 * the class's tests and closed after them. Register it as a static field:
 *
 * <pre>{@code @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("plan-board-it");}
 * </pre>
 */
public final class DemoBrowser implements BeforeAllCallback, AfterAllCallback {
  /** The demo register's scale in browser tests: small, so pages load and solve quickly. */
  public static final double SCALE = 0.05;

  private final String name;
  private final double scale;
  private BrowserSession browser;
  private DemoSite site;

  /** A fixture whose in-memory store is called {@code name}. */
  public DemoBrowser(String name) {
    this(name, SCALE);
  }

  /** A fixture over the demo register at {@code scale} (larger where a test needs more data). */
  public DemoBrowser(String name, double scale) {
    this.name = name;
    this.scale = scale;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    browser = BrowserSession.launch();
    site = DemoSite.start(name, scale);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (site != null) {
      site.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  public BrowserSession browser() {
    return browser;
  }

  public DemoSite site() {
    return site;
  }

  /** A fresh browser context signed in as the analyst, in English. */
  public BrowserContext analyst() {
    return signedIn("analyst", DemoSite.PASSWORD);
  }

  /** A fresh browser context signed in through the site's login form, in English. */
  public BrowserContext signedIn(String user, String password) {
    return browser.signedIn(site.base(), user, password);
  }

  /** A fresh browser context signed in through the site's login form, in {@code locale}. */
  public BrowserContext signedIn(String user, String password, String locale) {
    return browser.signedIn(site.base(), user, password, locale);
  }

  /** A context signed in as {@code user} that enforces the Content-Security-Policy as sent. */
  public BrowserContext enforcingPolicy(String user, String password) {
    return browser.enforcingPolicy(site.base(), user, password);
  }

  /** A new page of {@code context} at {@code path} of the site ("/app/ranking.html?run=1"). */
  public Page open(BrowserContext context, String path) {
    Page page = context.newPage();
    page.navigate(site.base() + path);
    return page;
  }
}
