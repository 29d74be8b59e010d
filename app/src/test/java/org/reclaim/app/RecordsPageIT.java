package org.reclaim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaim.app.web.BrowserSession;
import org.reclaim.domain.DomainForTest;
import org.reclaim.domain.hazard.ContaminationType;
import org.reclaim.domain.hazard.HazardStatus;
import org.reclaim.domain.release.CompletionReport;
import org.reclaim.domain.release.ItemFound;
import org.reclaim.domain.task.TaskStatus;
import org.reclaim.store.ReclaimStore;

/**
 * The recording page ({@code /app/records.html}) in a real browser ({@link BrowserSession}): a
 * completion report entered in the form is stored and releases the area; an illegal status change
 * is refused with the server's reason and the field marked.
 */
class RecordsPageIT {
  private static ServedRegister site;
  private static ReclaimStore store;
  private static BrowserSession session;

  @BeforeAll
  static void start() {
    session = BrowserSession.launch();
    site =
        ServedRegister.start(
            "records-page-it",
            s -> {
              s.regions().insertAll(List.of(DomainForTest.country()), "test", "fixture");
              s.operators().insert(DomainForTest.operator(1), "test");
              s.teams().insert(DomainForTest.team(90, 1), "test");
              s.hazardousAreas()
                  .insert(
                      ReleaseForTest.area(10, 36.2).status(HazardStatus.IN_PROGRESS).build(),
                      "test");
              s.hazardousAreas().insert(DomainForTest.area(11, 36.3, 50.0), "test");
              s.tasks().insert(ReleaseForTest.task(100, 10, TaskStatus.IN_PROGRESS), "test");
              s.tasks().insert(ReleaseForTest.task(101, 11, TaskStatus.PLANNED), "test");
            },
            Map.of("analyst", "pw-a"));
    store = site.store;
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
    if (site != null) {
      site.close();
    }
  }

  private static Page open(BrowserContext context, String lang) {
    Page page = context.newPage();
    page.navigate(site.base + "/app/records.html?lang=" + lang);
    page.waitForSelector("#shell nav a[aria-current=page]");
    page.waitForFunction(
        "document.querySelectorAll('#transition select[name=status] option')" + ".length === 5");
    return page;
  }

  @Test
  void aCompletionReportEnteredInTheFormIsStored() {
    double m2 = store.hazardousAreas().getById(10).value().areaM2();
    try (BrowserContext context = session.signedIn(site.base, "analyst", "pw-a")) {
      Page page = open(context, "en");
      assertThat(page.textContent("#completion h2")).isEqualTo("Completion report");
      page.fill("#completion [name=task]", "100");
      page.fill("#completion [name=startedOn]", "2026-04-02");
      page.fill("#completion [name=completedOn]", "2026-04-21");
      // 30 % reduced by technical survey, the rest cleared: the whole area.
      page.fill("#completion [name=reducedM2]", String.valueOf(0.3 * m2));
      page.fill("#completion [name=clearedM2]", String.valueOf(0.7 * m2));
      page.fill("#completion [name=clearanceDepthCm]", "13");
      page.click("#add-item");
      page.selectOption("#items .item [name=type]", "UXO_ERW");
      page.fill("#items .item [name=depthCm]", "25");
      page.fill("#items .item [name=count]", "2");
      page.click("#completion button[type=submit]");
      page.waitForSelector("#completion .result.ok");
      assertThat(page.textContent("#completion .result"))
          .startsWith("Completion report ")
          .contains("of task 100")
          .contains("2 items");
      BrowserSession.screenshot(page, "records");
    }
    CompletionReport stored = store.completionReports().findByTask(100L).orElseThrow();
    assertThat(stored.reducedM2()).isCloseTo(0.3 * m2, within(1e-6));
    assertThat(stored.clearedM2()).isCloseTo(0.7 * m2, within(1e-6));
    assertThat(stored.clearanceDepthCm()).isEqualTo(13);
    assertThat(stored.items()).containsExactly(new ItemFound(ContaminationType.UXO_ERW, 25, 2));
    assertThat(stored.completedOn()).isEqualTo(LocalDate.of(2026, 4, 21));
    assertThat(store.hazardousAreas().getById(10).value().status())
        .isEqualTo(HazardStatus.RELEASED);
    assertThat(store.tasks().getById(100).value().status()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void anIllegalStatusChangeShowsTheReasonAndMarksTheFieldInUkrainian() {
    try (BrowserContext context = session.signedIn(site.base, "analyst", "pw-a")) {
      Page page = open(context, "uk");
      assertThat(page.textContent("#transition h2")).isEqualTo("Зміна статусу");
      page.fill("#transition [name=id]", "101");
      page.selectOption("#transition [name=status]", "IN_PROGRESS");
      page.fill("#transition [name=reason]", "<img src=x onerror=\"window.__injected=1\">");
      page.click("#transition button[type=submit]");
      page.waitForSelector("#transition .result.error");
      assertThat(page.textContent("#transition .result"))
          .startsWith("Відмовлено (status): ")
          .contains("cannot move from PLANNED to IN_PROGRESS");
      assertThat(page.getAttribute("#transition [name=status]", "aria-invalid")).isEqualTo("true");
      assertThat(page.evaluate("window.__injected === undefined")).isEqualTo(true);
    }
    assertThat(store.tasks().getById(101).value().status()).isEqualTo(TaskStatus.PLANNED);
  }
}
