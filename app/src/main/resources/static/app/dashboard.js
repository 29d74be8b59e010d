// Dashboards: land released over time (cancelled / reduced / cleared, stacked), by region, by
// operator and by method; items found; cost per m²; indicators against the strategy's targets.
// Charts are drawn with Chart.js from the report endpoints (/api/v1/reports/*); each has a text
// summary (its canvas's label and caption) and its figures as a table for keyboards and screen
// readers. Names from the register go in as text.
"use strict";

(async function () {
  const R = await Reclaim.ready;
  const { t, num, el } = R;
  const $ = id => document.getElementById(id);
  // Okabe–Ito colours, one per release category (IMAS 07.11) and for the rest
  const CATEGORY = [["cancelledM2", "#56B4E9"], ["reducedM2", "#009E73"], ["clearedM2", "#E69F00"]];
  const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
                   "#7f7f7f"];
  const TOP = 12; // regions and operators shown; the rest are summed as "others"
  const charts = {};
  let loaded = null;
  Chart.defaults.datasets.bar.maxBarThickness = 44;

  const km2 = m2 => m2 / 1e6;

  function status(text, isError) {
    $("status").textContent = text;
    $("status").classList.toggle("error", Boolean(isError));
  }

  /**
   * Draws a chart into a slot: a figure with the canvas (role img, labelled by the summary), the
   * summary as caption, and the figures as a table in a details element.
   */
  function figure(slot, config, summary, columns, rows) {
    if (charts[slot]) {
      charts[slot].destroy();
      delete charts[slot];
    }
    const box = $(slot);
    if (rows.length === 0) {
      box.replaceChildren(el("p", { class: "empty" }, t("dashboard.empty")));
      return;
    }
    const canvas = el("canvas", { role: "img", "aria-label": summary, id: slot + "-chart" });
    const table = el("table", { class: "figures" },
        el("thead", {}, el("tr", {}, columns.map((c, i) =>
            el("th", { scope: "col", class: i > 0 ? "n" : null }, c)))),
        el("tbody", {}, rows.map(r => el("tr", {}, r.map((v, i) =>
            i === 0 ? el("th", { scope: "row" }, v) : el("td", { class: "n" }, v))))));
    box.replaceChildren(el("figure", { class: "chart" },
        el("div", { class: "chart-box", style: "height:" + (config.height || 300) + "px" }, canvas),
        el("figcaption", {}, summary),
        el("details", { class: "alt" }, el("summary", {}, t("dashboard.table")), table)));
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false,
                                     animation: false }, config.options);
    charts[slot] = new Chart(canvas, config);
  }

  function periods(from, to, by) {
    const out = [];
    if (by === "year") {
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
        out.push(String(y));
      }
      return out;
    }
    let y = Number(from.slice(0, 4));
    let m = Number(from.slice(5, 7));
    const end = to.slice(0, 7);
    for (;;) {
      const key = y + "-" + String(m).padStart(2, "0");
      if (key > end) {
        return out;
      }
      out.push(key);
      m = m === 12 ? 1 : m + 1;
      y = m === 1 ? y + 1 : y;
    }
  }

  function periodLabel(key) {
    if (key.length === 4) {
      return key;
    }
    return new Intl.DateTimeFormat(R.lang, { year: "numeric", month: "short" })
        .format(new Date(key + "-01T00:00:00Z"));
  }

  function categoryDatasets(groups, keys) {
    return CATEGORY.map(([field, colour]) => ({
      label: t("dashboard.category." + field), backgroundColor: colour, borderColor: "#1b1b1b",
      borderWidth: 1, data: keys.map(k => km2((groups[k] || {})[field] || 0))
    }));
  }

  function categoryRows(groups, keys, labelOf) {
    return keys.map(k => {
      const g = groups[k] || {};
      return [labelOf(k), num(km2(g.cancelledM2 || 0), 3), num(km2(g.reducedM2 || 0), 3),
              num(km2(g.clearedM2 || 0), 3), num(km2(g.releasedM2 || 0), 3)];
    });
  }

  function categoryColumns(first) {
    return [first, ...CATEGORY.map(([f]) => t("dashboard.category." + f)),
            t("dashboard.category.releasedM2")];
  }

  const stackedKm2 = (horizontal) => ({
    indexAxis: horizontal ? "y" : "x",
    scales: { x: { stacked: true, title: { display: horizontal, text: t("dashboard.axis.km2") } },
              y: { stacked: true, title: { display: !horizontal, text: t("dashboard.axis.km2") } } },
    plugins: { tooltip: { callbacks: { label: i => i.dataset.label + ": " + num(i.raw, 3) + " km²" } } }
  });

  function drawOverTime(ops, from, to, by) {
    const keys = periods(from, to, by);
    const total = ops.total;
    const busiest = keys.reduce((best, k) =>
        ((ops.groups[k] || {}).releasedM2 || 0) > ((ops.groups[best] || {}).releasedM2 || 0)
            ? k : best, keys[0]);
    const summary = t("dashboard.released.summary", num(km2(total.releasedM2), 3),
        R.date(from), R.date(to), num(km2(total.cancelledM2), 3), num(km2(total.reducedM2), 3),
        num(km2(total.clearedM2), 3), busiest ? periodLabel(busiest) : "—");
    figure("released-time", {
      type: "bar", height: 320,
      data: { labels: keys.map(periodLabel), datasets: categoryDatasets(ops.groups, keys) },
      options: stackedKm2(false)
    }, summary, categoryColumns(t("dashboard.col.period")),
       total.bookings > 0 ? categoryRows(ops.groups, keys, periodLabel) : []);
  }

  /** The biggest groups by released area, the rest summed as one "others" group. */
  function topGroups(ops) {
    const keys = Object.keys(ops.groups).sort((a, b) =>
        ops.groups[b].releasedM2 - ops.groups[a].releasedM2);
    const groups = Object.assign({}, ops.groups);
    const names = Object.assign({}, ops.names || {});
    if (keys.length > TOP) {
      const rest = { cancelledM2: 0, reducedM2: 0, clearedM2: 0, releasedM2: 0 };
      for (const k of keys.slice(TOP)) {
        for (const f of Object.keys(rest)) {
          rest[f] += ops.groups[k][f];
        }
      }
      groups.__others = rest;
      names.__others = t("dashboard.others", keys.length - TOP);
      return { keys: [...keys.slice(0, TOP), "__others"], groups, names };
    }
    return { keys, groups, names };
  }

  function nameOf(names, key) {
    if (key === "null" || key === "NONE") {
      return t("dashboard.unknown");
    }
    return names[key] || key;
  }

  function drawByGroup(slot, ops, firstColumn, summaryKey) {
    const { keys, groups, names } = topGroups(ops);
    const label = k => nameOf(names, k);
    const summary = keys.length === 0 ? "" : t(summaryKey, keys.length > 0 ? label(keys[0]) : "—",
        num(km2(groups[keys[0]].releasedM2), 3), Object.keys(ops.groups).length);
    figure(slot, {
      type: "bar", height: Math.max(200, 28 * keys.length + 80),
      data: { labels: keys.map(label), datasets: categoryDatasets(groups, keys) },
      options: stackedKm2(true)
    }, summary, categoryColumns(firstColumn), categoryRows(groups, keys, label));
  }

  function drawByMethod(ops) {
    const keys = Object.keys(ops.groups).sort((a, b) =>
        ops.groups[b].releasedM2 - ops.groups[a].releasedM2);
    const label = k => (k === "NONE" ? t("dashboard.unknown") : t("plan.method." + k));
    const summary = keys.length === 0 ? "" : t("dashboard.method.summary", label(keys[0]),
        num(km2(ops.groups[keys[0]].releasedM2), 3), num(km2(ops.total.releasedM2), 3));
    figure("released-method", {
      type: "doughnut", height: 280,
      data: { labels: keys.map(label), datasets: [{
        data: keys.map(k => km2(ops.groups[k].releasedM2)),
        backgroundColor: keys.map((k, i) => PALETTE[i % PALETTE.length]),
        borderColor: "#fff" }] },
      options: { plugins: { legend: { position: "right" }, tooltip: { callbacks: {
        label: i => i.label + ": " + num(i.raw, 3) + " km²" } } } }
    }, summary, [t("dashboard.col.method"), t("dashboard.category.releasedM2")],
       keys.map(k => [label(k), num(km2(ops.groups[k].releasedM2), 3)]));
  }

  function drawItems(ops, from, to, by) {
    const keys = periods(from, to, by);
    const data = keys.map(k => (ops.groups[k] || {}).itemsFound || 0);
    const summary = t("dashboard.items.summary", num(ops.total.itemsFound), R.date(from), R.date(to));
    figure("items", {
      type: "line", height: 280,
      data: { labels: keys.map(periodLabel), datasets: [{
        label: t("dashboard.items.label"), data, borderColor: "#D55E00",
        backgroundColor: "#D55E00", pointRadius: 3 }] },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
                 plugins: { legend: { display: false } } }
    }, summary, [t("dashboard.col.period"), t("dashboard.items.label")],
       ops.total.bookings > 0 ? keys.map((k, i) => [periodLabel(k), num(data[i])]) : []);
  }

  function drawCost(slot, ratios, labelOf) {
    // groups with no cost booked would read as "US$ 0 per m²": they are left out
    const keys = Object.keys(ratios).filter(k => ratios[k].costUsd > 0)
        .sort((a, b) => ratios[b].usdPerM2 - ratios[a].usdPerM2).slice(0, TOP);
    const summary = keys.length === 0 ? "" : t("dashboard.cost.summary", labelOf(keys[0]),
        num(ratios[keys[0]].usdPerM2, 2), labelOf(keys[keys.length - 1]),
        num(ratios[keys[keys.length - 1]].usdPerM2, 2));
    figure(slot, {
      type: "bar", height: Math.max(200, 28 * keys.length + 80),
      data: { labels: keys.map(labelOf), datasets: [{
        label: t("dashboard.cost.label"), data: keys.map(k => ratios[k].usdPerM2),
        backgroundColor: "#0072B2" }] },
      options: { indexAxis: "y", plugins: { legend: { display: false } },
                 scales: { x: { title: { display: true, text: t("dashboard.cost.label") } } } }
    }, summary, [t("dashboard.col.group"), t("dashboard.cost.label"), t("dashboard.cost.tasks"),
                 t("dashboard.cost.total"), t("dashboard.category.releasedM2")],
       keys.map(k => [labelOf(k), num(ratios[k].usdPerM2, 2), num(ratios[k].tasks),
                      num(ratios[k].costUsd), num(km2(ratios[k].releasedM2), 3)]));
  }

  function drawIndicators(rows) {
    const byIndicator = new Map();
    for (const r of rows) {
      if (!byIndicator.has(r.code)) {
        byIndicator.set(r.code, []);
      }
      byIndicator.get(r.code).push(r);
    }
    for (const id of Object.keys(charts).filter(k => k.startsWith("indicator-"))) {
      charts[id].destroy();
      delete charts[id];
    }
    const box = $("indicators");
    if (byIndicator.size === 0) {
      box.replaceChildren(el("p", { class: "empty" }, t("dashboard.indicators.none")));
      return;
    }
    box.replaceChildren(...[...byIndicator.keys()].map((code, i) =>
        el("div", {}, el("h3", {}, code + " " + byIndicator.get(code)[0].name),
           el("div", { id: "indicator-" + i }))));
    [...byIndicator.entries()].forEach(([code, years], i) => {
      years.sort((a, b) => a.year - b.year);
      const last = years[years.length - 1];
      const summary = t("dashboard.indicators.summary", code, last.year, num(last.actual, 2),
          num(last.target, 2), num(100 * last.achievement, 0), t("dashboard.grade." + last.grade));
      figure("indicator-" + i, {
        type: "bar", height: 240,
        data: { labels: years.map(y => String(y.year)), datasets: [
          { label: t("dashboard.indicators.target"), data: years.map(y => y.target),
            backgroundColor: "#ffffff", borderColor: "#17324d", borderWidth: 2 },
          { label: t("dashboard.indicators.actual"), data: years.map(y => y.actual),
            backgroundColor: "#009E73" }] },
        options: { scales: { y: { beginAtZero: true } } }
      }, summary, [t("dashboard.col.year"), t("dashboard.indicators.target"),
                   t("dashboard.indicators.actual"), t("dashboard.indicators.grade")],
         years.map(y => [String(y.year), num(y.target, 2), num(y.actual, 2),
                         t("dashboard.grade." + y.grade)]));
    });
  }

  async function show(event) {
    if (event) {
      event.preventDefault();
    }
    const from = $("from").value;
    const to = $("to").value;
    const by = $("by").value;
    status(t("dashboard.loading"));
    const q = "api/v1/reports/operations?from=" + from + "&to=" + to + "&by=";
    try {
      const [time, region, operator, method, costMethod, costOperator, indicators] =
          await Promise.all([R.api(q + by), R.api(q + "region"), R.api(q + "operator"),
                             R.api(q + "method"), R.api("api/v1/reports/cost-per-m2?by=method"),
                             R.api("api/v1/reports/cost-per-m2?by=operator"),
                             R.api("api/v1/reports/indicators")]);
      drawOverTime(time, from, to, by);
      drawByGroup("released-region", region, t("dashboard.col.region"), "dashboard.region.summary");
      drawByGroup("released-operator", operator, t("dashboard.col.operator"),
                  "dashboard.operator.summary");
      drawByMethod(method);
      drawItems(time, from, to, by);
      drawCost("cost-method", costMethod, k => t("plan.method." + k));
      drawCost("cost-operator", costOperator, k => nameOf(operator.names || {}, k));
      drawIndicators(indicators);
      loaded = { from, to, by, total: time.total };
      status(t("dashboard.status", num(km2(time.total.releasedM2), 3), R.date(from), R.date(to)));
    } catch (e) {
      const p = e.problem || {};
      status(t("dashboard.error", (p.field ? p.field + ": " : "") + (p.detail || e.message)), true);
    }
  }

  const params = new URLSearchParams(location.search);
  const today = new Date();
  const yearAgo = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), 1));
  $("from").value = params.get("from") || yearAgo.toISOString().slice(0, 10);
  $("to").value = params.get("to") || today.toISOString().slice(0, 10);
  $("by").value = params.get("by") === "year" ? "year" : "month";
  $("period").addEventListener("submit", show);
  window.Dashboard = { charts, loaded: () => loaded };
  await show();
})();
