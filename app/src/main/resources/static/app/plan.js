// Plan board: plans the best-ranked areas of the register (POST /api/v1/plans/from-register),
// follows the solve job, and shows the solver's plan beside the greedy baseline — a Gantt chart
// per team for each (Chart.js floating bars), the KPIs of both, the tasks left out with their
// reasons — and re-plans from the plan shown. Every name from the register is set as text.
"use strict";

(async function () {
  const R = await Reclaim.ready;
  const { t, num, el } = R;
  const $ = id => document.getElementById(id);
  // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies
  const METHOD_COLOURS = { NTS: "#56B4E9", TS: "#009E73", MANUAL: "#E69F00",
                           MECHANICAL: "#0072B2", MDD: "#CC79A7", OTHER: "#7f7f7f" };
  const POLL_MS = 1000;
  const charts = {};
  let shown = null; // { job, result, problem, info } of the plan on the board
  let polling = null;

  function status(text, isError) {
    $("status").textContent = text;
    $("status").classList.toggle("error", Boolean(isError));
  }

  function problemText(e) {
    const p = e.problem || {};
    return (p.field ? p.field + ": " : "") + (p.detail || e.message);
  }

  /** Task facts from the problem document: area, method, value, area m², names. */
  function taskInfo(problem) {
    const source = problem.source || {};
    const areaNames = source.areaNames || {};
    const teamNames = source.teamNames || {};
    const tasks = new Map();
    for (const task of problem.tasks || []) {
      const method = task.method || "OTHER";
      const areaId = task.areaId != null ? String(task.areaId) : null;
      tasks.set(task.id, { id: task.id, method, value: task.weight, areaM2: task.areaM2 || 0,
                           area: areaId ? (areaNames[areaId] || "#" + areaId) : task.id });
    }
    const teams = (problem.teams || []).map(team => ({ id: team.id,
                                                       name: teamNames[team.id] || team.id }));
    // the chart's rows are keyed by name: two teams of one name are told apart by their ids
    const counts = new Map();
    teams.forEach(team => counts.set(team.name, (counts.get(team.name) || 0) + 1));
    teams.filter(team => counts.get(team.name) > 1).forEach(team => {
      team.name += " (" + team.id + ")";
    });
    return { tasks, teams, source, start: problem.horizonStart, days: problem.horizonDays };
  }

  function dayDate(info, day) {
    const d = new Date(info.start + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + day);
    return d;
  }

  function methodName(method) {
    return t("plan.method." + method);
  }

  // ---- forms ---------------------------------------------------------------------------------

  async function fillRankings() {
    const select = $("ranking");
    const [runs, profiles] = await Promise.all([R.api("api/v1/rankings"),
                                                R.api("api/v1/profiles")]);
    const options = runs.map(run => el("option", { value: "run:" + run.id },
        t("plan.form.run", run.id, run.profileName, R.date(run.createdAt, true), num(run.areaCount))));
    for (const p of profiles) {
      options.push(el("option", { value: "profile:" + p.name }, t("plan.form.newRanking", p.name)));
    }
    select.replaceChildren(...options);
  }

  async function fillJobs(selectId) {
    const jobs = await R.api("api/v1/plans?limit=30");
    const select = $("job");
    select.replaceChildren(...jobs.map(job => el("option", { value: job.id },
        t("plan.form.jobOption", job.id, t("plan.status." + job.status), job.tasks, job.teams,
          R.date(job.submittedAt, true)))));
    if (selectId != null) {
      select.value = String(selectId);
    }
    $("replan").disabled = jobs.length === 0;
    return jobs;
  }

  async function submitFromRegister(event) {
    event.preventDefault();
    const [kind, value] = $("ranking").value.split(":");
    const body = { horizonStart: $("start").value, horizonDays: Number($("days").value),
                   maxAreas: Number($("areas").value), timeLimitSeconds: Number($("limit").value) };
    if (kind === "run") {
      body.rankingRunId = Number(value);
    } else if (kind === "profile") {
      body.profile = value;
    }
    await start(body, t("plan.status.ranking"));
  }

  async function replan() {
    const id = Number($("job").value);
    if (!id) {
      return;
    }
    if (!$("price").reportValidity()) {
      return;
    }
    await start({ previousJobId: id, timeLimitSeconds: Number($("limit").value),
                  replanPriceDays: Number($("price").value) },
                t("plan.status.replanning", id));
  }

  async function start(body, message) {
    status(message);
    $("plan").disabled = true;
    $("replan").disabled = true;
    try {
      const job = await R.api("api/v1/plans/from-register", { method: "POST", body });
      await fillJobs(job.id);
      if (job.source && job.source.profile && !body.rankingRunId && !body.previousJobId) {
        await fillRankings();
      }
      follow(job.id);
    } catch (e) {
      status(t("plan.error.submit", problemText(e)), true);
    } finally {
      $("plan").disabled = false;
      $("replan").disabled = false;
    }
  }

  // ---- a job: follow, then show --------------------------------------------------------------

  function follow(id) {
    clearTimeout(polling);
    const tick = async () => {
      let job;
      try {
        job = await R.api("api/v1/plans/" + id);
      } catch (e) {
        status(t("plan.error.load", problemText(e)), true);
        return;
      }
      if (job.status === "QUEUED" || job.status === "SOLVING") {
        status(t("plan.status.running", id, t("plan.status." + job.status),
                 job.objective == null ? "—" : num(job.objective),
                 job.greedyObjective == null ? "—" : num(job.greedyObjective)));
        $("cancel").hidden = false;
        polling = setTimeout(tick, POLL_MS);
        return;
      }
      $("cancel").hidden = true;
      await fillJobs(id);
      if (job.status === "FAILED") {
        status(t("plan.status.failed", id, job.error || ""), true);
        return;
      }
      await show(job);
    };
    tick();
  }

  async function show(job) {
    const [result, problem] = await Promise.all([
      R.api("api/v1/plans/" + job.id + "/result"), R.api("api/v1/plans/" + job.id + "/problem")]);
    const info = taskInfo(problem);
    shown = { job, result, problem, info };
    drawKpis(result);
    drawChanges(result);
    drawGantt("plan", result, info);
    drawGantt("greedy", result.greedy, info);
    drawUnassigned(result, info);
    drawAnalysis(result);
    $("kpis-section").hidden = false;
    $("analysis-section").hidden = false;
    $("gantt-section").hidden = false;
    $("unassigned-section").hidden = false;
    status(t("plan.status.done", job.id, t("plan.status." + job.status),
             result.schedule.length, result.unassigned.length,
             num(100 * (result.improvementOverGreedy || 0), 1)));
  }

  // ---- KPIs ----------------------------------------------------------------------------------

  const KPI_ROWS = [
    // key, digits, whether more is better
    ["weightedCompletion", 0, false], ["releasedKm2By30", 3, true], ["releasedKm2By60", 3, true],
    ["releasedKm2By90", 3, true], ["costUsd", 0, false], ["teamUtilisation", 1, true],
    ["assigned", 0, true], ["unassigned", 0, false], ["travelKm", 0, false]
  ];

  function drawKpis(result) {
    const rows = KPI_ROWS.map(([key, digits, moreIsBetter]) => {
      const scale = key === "teamUtilisation" ? 100 : 1;
      const a = result.kpis[key] * scale;
      const b = result.greedy.kpis[key] * scale;
      let diff = "—";
      let cls = "";
      if (b !== 0 && a !== b) {
        const change = (a - b) / Math.abs(b);
        const better = moreIsBetter ? change > 0 : change < 0;
        diff = (change > 0 ? "+" : "") + num(100 * change, 1) + " %";
        cls = better ? "better" : "worse";
      }
      return el("tr", {}, el("th", { scope: "row" }, t("plan.kpi." + key)),
          el("td", { class: "n" }, num(a, digits)), el("td", { class: "n" }, num(b, digits)),
          el("td", { class: "n " + cls }, diff));
    });
    rows.push(el("tr", {}, el("th", { scope: "row" }, t("plan.kpi.improvement")),
        el("td", { class: "n better", colspan: 3 },
           num(100 * (result.improvementOverGreedy || 0), 1) + " %")));
    $("kpis").tBodies[0].replaceChildren(...rows);
  }

  function drawChanges(result) {
    const c = result.changes;
    $("changes").textContent =
      c ? t("plan.changes", c.kept, c.moved, c.reassigned, c.added, c.dropped) : "";
  }

  // ---- Gantt ---------------------------------------------------------------------------------

  function drawGantt(which, plan, info) {
    const teamIndex = new Map(info.teams.map((team, i) => [team.id, i]));
    const labels = info.teams.map(team => team.name);
    const byMethod = new Map();
    for (const line of plan.schedule) {
      const task = info.tasks.get(line.task) || { method: "OTHER", area: line.task, value: 0 };
      if (!byMethod.has(task.method)) {
        byMethod.set(task.method, []);
      }
      byMethod.get(task.method).push({ x: [line.startDay, line.endDay],
                                       y: labels[teamIndex.get(line.team)] || line.team,
                                       line, task });
    }
    const datasets = [...byMethod.entries()].map(([method, data]) => ({
      label: methodName(method), data, backgroundColor: METHOD_COLOURS[method] || "#7f7f7f",
      // tasks under way in the register (pinned to their teams) have a heavy outline
      borderColor: "#1b1b1b", borderWidth: c => (c.raw && c.raw.line.pinned ? 3 : 1),
      borderSkipped: false, grouped: false,
      barPercentage: 0.8, categoryPercentage: 1
    }));
    const canvas = $("gantt-" + which);
    $("gantt-" + which + "-box").style.height = Math.max(160, 26 * labels.length + 70) + "px";
    if (charts[which]) {
      charts[which].destroy();
    }
    charts[which] = new Chart(canvas, {
      type: "bar",
      data: { labels, datasets },
      options: {
        indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
        scales: {
          x: { min: 0, max: info.days, title: { display: true, text: t("plan.gantt.axis") },
               ticks: { callback: day => R.date(dayDate(info, day)) } },
          y: { ticks: { autoSkip: false } }
        },
        plugins: {
          // the legend names methods: a thin outline, whatever the first task's
          legend: { position: "top", labels: { generateLabels: chart =>
              Chart.defaults.plugins.legend.labels.generateLabels(chart)
                  .map(label => Object.assign(label, { lineWidth: 1 })) } },
          tooltip: { callbacks: {
            title: items => items[0].raw.task.area,
            label: item => t("plan.gantt.tooltip", methodName(item.raw.task.method),
                              R.date(item.raw.line.startDate), R.date(item.raw.line.endDate),
                              num(item.raw.task.value), num(item.raw.task.areaM2)),
            afterLabel: item => (item.raw.line.pinned ? t("plan.gantt.pinned") : "")
          } }
        }
      }
    });
    const used = new Set(plan.schedule.map(line => line.team)).size;
    const summary = t("plan.gantt.summary", plan.schedule.length, used, info.teams.length,
                      num(plan.kpis.releasedKm2By90, 3), R.date(dayDate(info, 0)),
                      R.date(dayDate(info, info.days - 1)));
    canvas.setAttribute("aria-label", summary);
    $("gantt-" + which + "-summary").textContent = summary;
    drawList(which, plan, info, teamIndex);
  }

  /** The keyboard- and screen-reader-friendly form of a Gantt chart: one row per task. */
  function drawList(which, plan, info, teamIndex) {
    const lines = [...plan.schedule].sort((a, b) =>
        (teamIndex.get(a.team) - teamIndex.get(b.team)) || (a.startDay - b.startDay));
    const head = el("thead", {}, el("tr", {},
        ["plan.col.team", "plan.col.area", "plan.col.method", "plan.col.start", "plan.col.end",
         "plan.col.value"].map(key => el("th", { scope: "col" }, t(key)))));
    const body = el("tbody", {}, lines.map(line => {
      const task = info.tasks.get(line.task) || { method: "OTHER", area: line.task, value: 0 };
      const team = info.teams[teamIndex.get(line.team)];
      return el("tr", {}, el("td", {}, team ? team.name : line.team),
          el("td", {}, task.area),
          el("td", {}, methodName(task.method)
                       + (line.pinned ? " — " + t("plan.gantt.pinned") : "")),
          el("td", {}, R.date(line.startDate)), el("td", {}, R.date(line.endDate)),
          el("td", { class: "n" }, num(task.value)));
    }));
    $("list-" + which).replaceChildren(
        el("caption", { class: "visually-hidden" }, t("plan.gantt." + which)), head, body);
  }

  // ---- score analysis ----------------------------------------------------------------------

  /** Each constraint's penalty in its level's unit, hard rules first: which rules bind. */
  function drawAnalysis(result) {
    const rows = (result.analysis || []).filter(c => c.penalty !== 0 || c.matches > 0).map(c => {
      const key = "plan.rule." + c.constraint.toLowerCase().replace(/[^a-z]+/g, "-");
      const name = t(key) === key ? c.constraint : t(key);
      return el("tr", {}, el("th", { scope: "row" }, name), el("td", {}, t("plan.level." + c.level)),
          el("td", { class: "n" }, num(Math.abs(c.penalty))), el("td", { class: "n" }, num(c.matches)));
    });
    if (rows.length === 0) {
      rows.push(el("tr", {}, el("td", { colspan: 4 }, t("plan.analysis.none"))));
    }
    $("analysis").tBodies[0].replaceChildren(...rows);
  }

  // ---- unassigned ----------------------------------------------------------------------------

  function drawUnassigned(result, info) {
    const rows = result.unassigned.map(u => {
      const task = info.tasks.get(u.task) || { area: u.task, value: 0, method: "OTHER" };
      return el("tr", {}, el("td", {}, methodName(task.method)), el("td", {}, task.area),
          el("td", { class: "n" }, num(task.value)),
          el("td", {}, t("plan.reason." + u.reason)), el("td", {}, u.detail || ""));
    });
    if (rows.length === 0) {
      rows.push(el("tr", {}, el("td", { colspan: 5 }, t("plan.unassigned.none"))));
    }
    $("unassigned").tBodies[0].replaceChildren(...rows);
    // teams the planner refused because a required qualification lapsed (the problem's source)
    const refused = Object.values(info.source.refusedTeams || {})
        .map(reason => el("li", { class: "refused-team" }, t("plan.refused.team", reason)));
    $("refused-teams").replaceChildren(...(refused.length ? refused
        : [el("li", {}, t("plan.refused.none"))]));
  }

  // ---- start ---------------------------------------------------------------------------------

  $("start").value = new Date().toISOString().slice(0, 10);
  $("from-register").addEventListener("submit", submitFromRegister);
  $("replan").addEventListener("click", replan);
  $("job").addEventListener("change", () => follow(Number($("job").value)));
  $("cancel").hidden = true;
  $("cancel").addEventListener("click", async () => {
    try {
      await R.api("api/v1/plans/" + $("job").value + "/cancel", { method: "POST" });
    } catch (e) {
      status(t("plan.error.submit", problemText(e)), true);
    }
  });
  try {
    await fillRankings();
    const jobs = await fillJobs();
    if (jobs.length > 0) {
      follow(jobs[0].id);
    } else {
      status(t("plan.status.none"));
    }
  } catch (e) {
    status(t("plan.error.load", problemText(e)), true);
  }
  window.PlanBoard = { charts, shown: () => shown };
})();
