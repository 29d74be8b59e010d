package org.reclaim.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plan board on the demo register: plan from the register, the two Gantt charts drawn from the
 * job's result, the KPI table, re-planning, and the board in another language.
 */
class PlanBoardIT {
  private static final String SHOWN = "window.PlanBoard && window.PlanBoard.shown()";
  @RegisterExtension static final DemoBrowser WEB = new DemoBrowser("plan-board-it");

  /** Opens the board, plans the best 30 areas of a fresh ranking over 60 days; the job's id. */
  private static Number planFromRegister(Page page) {
    page.navigate(WEB.site().base() + "/app/plan.html?lang=en");
    page.waitForSelector(
        "#ranking option[value='profile:civilian-safety']",
        new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
    page.waitForFunction("document.getElementById('status').textContent !== ''");
    assertThat(page.textContent("#status")).contains("No plan yet");
    page.selectOption("#ranking", "profile:civilian-safety");
    page.fill("#start", DemoSite.TODAY.plusDays(1).toString());
    page.fill("#days", "60");
    page.fill("#areas", "30");
    page.fill("#limit", "2");
    page.click("#plan");
    page.waitForFunction(
        SHOWN + " && " + SHOWN + ".job.status === 'COMPLETED'",
        null,
        new Page.WaitForFunctionOptions().setTimeout(120_000));
    return (Number) page.evaluate(SHOWN + ".job.id");
  }

  @Test
  void aPlanFromTheRegisterIsDrawnBesideTheGreedyOneAndRePlanned() {
    try (BrowserContext context = WEB.signedIn("analyst", DemoSite.PASSWORD)) {
      Page page = context.newPage();
      Number first = planFromRegister(page);

      // the charts hold every line of the stored plan and of its greedy baseline
      @SuppressWarnings("unchecked")
      Map<String, Object> counts =
          (Map<String, Object>)
              page.evaluate(
                  "async id => { const r = await (await fetch('/api/v1/plans/' + id +"
                      + " '/result')).json();"
                      + " const bars = c => Chart.getChart(c).data.datasets"
                      + ".reduce((n, d) => n + d.data.length, 0);"
                      + " return { plan: r.schedule.length, greedy: r.greedy.schedule.length,"
                      + " planBars: bars('gantt-plan'), greedyBars: bars('gantt-greedy'),"
                      + " km2: r.kpis.releasedKm2By90,"
                      + " pinned: r.schedule.filter(l => l.pinned).length,"
                      + " completion: r.analysis.find(c => c.constraint ==="
                      + " 'Value-weighted completion').matches,"
                      + " teams: Chart.getChart('gantt-plan').data.labels.length }; }",
                  first);
      assertThat(((Number) counts.get("plan")).intValue()).isPositive();
      assertThat(counts.get("planBars")).isEqualTo(counts.get("plan"));
      assertThat(counts.get("greedyBars")).isEqualTo(counts.get("greedy"));
      // every team but those left out because a required qualification lapsed (IMAS 06.10)
      int refused = page.locator("#refused-teams li.refused-team").count();
      assertThat(refused).isPositive();
      assertThat(page.textContent("#refused-teams")).contains("MEDIC qualification lapsed on");
      assertThat(((Number) counts.get("teams")).intValue())
          .isEqualTo(WEB.site().store().teams().listAll().size() - refused);
      // a bar spans its task's days; its tooltip names the hazardous area
      @SuppressWarnings("unchecked")
      List<Object> bar =
          (List<Object>)
              page.evaluate(
                  "() => { const p = Chart.getChart('gantt-plan').data.datasets[0].data[0];"
                      + " return [p.x[0], p.x[1], p.line.startDay, p.line.endDay, p.task.area]; }");
      assertThat(bar.get(0)).isEqualTo(bar.get(2));
      assertThat(bar.get(1)).isEqualTo(bar.get(3));
      assertThat((String) bar.get(4)).doesNotStartWith("#");
      // the keyboard alternative lists every task; the KPI table shows the API's figures
      assertThat(page.locator("#list-plan tbody tr").count()).isEqualTo(counts.get("plan"));
      assertThat(page.locator("#list-plan tbody tr:has-text('under way (pinned)')").count())
          .isEqualTo(counts.get("pinned"));
      assertThat(page.locator("#kpis tbody tr").count()).isEqualTo(10);
      String km2 =
          (String)
              page.evaluate(
                  "v => new Intl.NumberFormat('en', {maximumFractionDigits: 3}).format(v)",
                  counts.get("km2"));
      assertThat(page.textContent("#kpis tbody tr:nth-child(4) td:nth-child(2)")).isEqualTo(km2);
      assertThat(page.locator("#unassigned tbody tr").count()).isPositive();
      // which rules bind: the score analysis of the stored plan
      assertThat(((Number) counts.get("completion")).intValue()).isPositive();
      assertThat(
              page.textContent(
                  "#analysis tr:has-text('Value-weighted completion') td:nth-child(4)"))
          .isEqualTo(String.valueOf(((Number) counts.get("completion")).intValue()));
      page.setViewportSize(1280, 1900);
      BrowserSession.screenshot(page, "plan-board");
      page.setViewportSize(1280, 800);

      // re-plan from the plan shown at a price of 3 days: a new job, pinned tasks kept, moves
      // reported
      page.fill("#price", "3");
      page.click("#replan");
      page.waitForFunction(
          SHOWN
              + " && "
              + SHOWN
              + ".job.id !== "
              + first
              + " && "
              + SHOWN
              + ".job.status === 'COMPLETED'",
          null,
          new Page.WaitForFunctionOptions().setTimeout(120_000));
      assertThat(page.textContent("#changes"))
          .startsWith("Re-plan: ")
          .contains("kept")
          .containsPattern("\\d+ of them to another team")
          .doesNotContain("undefined");
      assertThat(page.inputValue("#job")).isNotEqualTo(String.valueOf(first));
      assertThat(((Number) page.evaluate(SHOWN + ".job.replanPriceDays")).doubleValue())
          .isEqualTo(3.0);
    }
  }

  @Test
  void theBoardSpeaksUkrainian() {
    try (BrowserContext context = WEB.signedIn("donor", DemoSite.PASSWORD)) {
      Page page = context.newPage();
      page.navigate(WEB.site().base() + "/app/plan.html?lang=uk");
      page.waitForSelector("#shell nav a[aria-current=page]");
      assertThat(page.textContent("h1")).isEqualTo("Дошка планування");
      assertThat(page.textContent("#plan")).isEqualTo("Спланувати з реєстру");
      assertThat(page.textContent("label:has(#days) span")).isEqualTo("Горизонт (днів)");
    }
  }
}
