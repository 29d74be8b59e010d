// Reclaim's ranking page: choose a run (or start one under a profile), the ranked areas as a
// sortable, filterable, paged table (the server filters, sorts and pages: a national run of
// 200,000 areas is never sent whole), and for a chosen area the explanation of its score — each
// criterion's raw value, normalised value, weight and contribution as a bar chart and a table, with
// the records behind them on a small map. Also: export links and the comparison of two runs.
// Register values (names, codes) are set as text only (Reclaim.el, textContent).
"use strict";

const PAGE_SIZE = 50;
const MAX_SOURCES_ON_MAP = 60;
const SOURCE_COLOURS = {
  "settlements": "#1d3557", "infrastructure": "#006d77", "roads": "#6b4f2a",
  "parcels": "#588157", "recovery-projects": "#e76f51", "evidence": "#4a1486"
};

const state = {
  runs: [],
  run: null,
  rows: [], // the page of rows shown, as the server sent them
  matched: 0, // rows matching the filter (all pages)
  sort: { key: "rank", ascending: true },
  page: 0,
  request: 0, // the newest table request; older answers arriving late are dropped
  regions: new Map(), // id → name
  chosen: null // area id whose explanation is shown
};
let chart = null;
let evidenceMap = null;

const $ = id => document.getElementById(id);
const t = (...args) => Reclaim.t(...args);

function criterionLabel(key) {
  const label = t("ranking.criterion." + key);
  return label === "ranking.criterion." + key ? key : label;
}

function runLabel(run) {
  return t("ranking.runLabel", run.id, run.profileName, run.profileVersion,
      Reclaim.date(run.createdAt, true), Reclaim.num(run.areaCount));
}

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

async function loadRuns(selectId) {
  state.runs = await Reclaim.api("api/v1/rankings");
  const options = state.runs.map(r => Reclaim.el("option", { value: String(r.id) }, runLabel(r)));
  $("run").replaceChildren(...options);
  $("compare-from").replaceChildren(...state.runs.map(r =>
      Reclaim.el("option", { value: String(r.id) }, runLabel(r))));
  if (state.runs.length === 0) {
    setStatus(t("ranking.noRuns"));
    return;
  }
  const wanted = state.runs.find(r => String(r.id) === String(selectId)) || state.runs[0];
  $("run").value = String(wanted.id);
  await chooseRun(wanted.id);
}

async function chooseRun(id) {
  state.run = state.runs.find(r => r.id === Number(id));
  $("export-csv").href = Reclaim.url("api/v1/rankings/" + state.run.id + "/export?format=csv");
  $("export-geojson").href =
      Reclaim.url("api/v1/rankings/" + state.run.id + "/export?format=geojson");
  const older = state.runs.find(r => r.id !== state.run.id);
  if (older) {
    $("compare-from").value = String(older.id);
  }
  setStatus(t("ranking.loaded", Reclaim.num(state.run.areaCount), state.run.id,
      state.run.profileName, state.run.profileVersion));
  const url = new URL(location.href);
  url.searchParams.set("run", state.run.id);
  history.replaceState(null, "", url);
  await applyView();
}

/** The regions that hold hazardous areas, by name, as the region filter's choices. */
async function fillRegionFilter() {
  const counts = await Reclaim.api("api/v1/hazardous-areas/counts");
  const ids = [...new Set(counts.map(c => c.regionId).filter(id => id != null))];
  const options = ids.map(id => [id, state.regions.get(id) || String(id)])
      .sort((a, b) => a[1].localeCompare(b[1], Reclaim.lang));
  const select = $("filter-region");
  const keep = select.value;
  select.replaceChildren(Reclaim.el("option", { value: "" }, t("ranking.allRegions")),
      ...options.map(([id, name]) => Reclaim.el("option", { value: String(id) }, name)));
  select.value = options.some(([id]) => String(id) === keep) ? keep : "";
}

/** Asks the server for the page of rows the filter, the order and the page number name. */
async function loadPage() {
  const query = new URLSearchParams({
    sort: (state.sort.ascending ? "" : "-") + state.sort.key,
    offset: String(state.page * PAGE_SIZE), limit: String(PAGE_SIZE) });
  const text = $("filter").value.trim();
  if (text) {
    query.set("q", text);
  }
  if ($("filter-region").value) {
    query.set("region", $("filter-region").value);
  }
  const request = ++state.request;
  const { body, response } = await Reclaim.api("api/v1/rankings/" + state.run.id + "/rows?"
      + query, { withResponse: true });
  if (request !== state.request) {
    return; // a newer request (typing goes on) answers instead
  }
  state.rows = body;
  state.matched = Number(response.headers.get("X-Total-Count") || body.length);
  renderTable();
}

/** A new filter or order: back to the first page. */
function applyView() {
  state.page = 0;
  return loadPage().catch(showError);
}

function renderTable() {
  const pages = Math.max(1, Math.ceil(state.matched / PAGE_SIZE));
  const start = state.page * PAGE_SIZE;
  const shown = state.rows;
  $("ranking").querySelector("tbody").replaceChildren(...shown.map(r => {
    const row = Reclaim.el("tr", {
      tabindex: "0", "data-area": String(r.areaId),
      class: r.areaId === state.chosen ? "selected" : null,
      "aria-selected": r.areaId === state.chosen ? "true" : "false",
      onclick: () => explain(r.areaId),
      onkeydown: e => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          explain(r.areaId);
        } else if (e.key === "ArrowDown" && row.nextElementSibling) {
          e.preventDefault();
          row.nextElementSibling.focus();
        } else if (e.key === "ArrowUp" && row.previousElementSibling) {
          e.preventDefault();
          row.previousElementSibling.focus();
        }
      }
    },
    Reclaim.el("td", { class: "n" }, Reclaim.num(r.rank)),
    Reclaim.el("td", { class: "code" }, r.code ?? "—"),
    Reclaim.el("td", {}, r.name ?? t("ranking.deleted")),
    Reclaim.el("td", {}, state.regions.get(r.regionId) || "—"),
    Reclaim.el("td", { class: "n" }, Reclaim.num(r.score, 4)),
    Reclaim.el("td", { class: "n" }, r.p5Rank == null ? "—"
        : Reclaim.num(r.p5Rank) + "–" + Reclaim.num(r.p95Rank)),
    Reclaim.el("td", { class: "n" }, r.probabilityTopN == null ? "—"
        : Reclaim.num(r.probabilityTopN * 100) + " %"));
    return row;
  }));
  $("page-info").textContent = state.matched === 0 ? t("ranking.noRows")
      : t("ranking.pageInfo", Reclaim.num(start + 1), Reclaim.num(start + shown.length),
          Reclaim.num(state.matched));
  $("prev").disabled = state.page === 0;
  $("next").disabled = state.page >= pages - 1;
  for (const th of $("ranking").querySelectorAll("th[data-sort]")) {
    th.setAttribute("aria-sort", th.dataset.sort !== state.sort.key ? "none"
        : state.sort.ascending ? "ascending" : "descending");
  }
}

async function explain(areaId) {
  state.chosen = areaId;
  renderTable();
  const entry = await Reclaim.api("api/v1/rankings/" + state.run.id + "/areas/" + areaId);
  const row = state.rows.find(r => r.areaId === areaId) || await areaIdentity(areaId);
  const section = $("explanation");
  section.hidden = false;
  $("explanation-title").textContent = t("ranking.explainTitle", row.code ?? areaId,
      row.name ?? "");
  $("explanation-summary").textContent = t("ranking.explainSummary", Reclaim.num(entry.rank),
      Reclaim.num(state.run.areaCount), Reclaim.num(entry.score, 4),
      entry.method ? t("ranking.method." + entry.method) : "—",
      entry.costFallback ? t("ranking.costFallback") : "");
  $("explanation-method").textContent = entry.methodReason
      ? t("ranking.methodReason", entry.methodReason) : "";
  const likely = await ReclaimLikelihood.load(areaId);
  $("likelihood-explanation").hidden = !likely;
  $("likelihood-body").replaceChildren(...(likely ? [ReclaimLikelihood.explanation(likely)] : []));
  const criteria = entry.criteria.slice()
      .sort((a, b) => b.weight - a.weight || b.contribution - a.contribution);
  drawChart(criteria.filter(c => c.weight > 0));
  $("criteria").querySelector("tbody").replaceChildren(...criteria.map(c => Reclaim.el("tr",
      { class: c.weight > 0 ? null : "muted" },
      Reclaim.el("th", { scope: "row" }, criterionLabel(c.criterion),
          Reclaim.el("span", { class: "sources" }, c.sourceLayer
              ? t("ranking.sourceCount", Reclaim.num(c.sources.length),
                  t("map.layer." + c.sourceLayer))
              : t("ranking.derived"))),
      Reclaim.el("td", { class: "n" }, Reclaim.num(c.raw, 2) + " ",
          Reclaim.el("span", { class: "unit" }, c.unit)),
      Reclaim.el("td", { class: "n" }, Reclaim.num(c.normalised, 3)),
      Reclaim.el("td", { class: "n" }, Reclaim.num(c.weight, 3)),
      Reclaim.el("td", { class: "n" }, Reclaim.num(c.contribution, 4)))));
  section.focus();
  await drawEvidence(areaId, criteria);
}

function drawChart(criteria) {
  if (chart) {
    chart.destroy();
  }
  $("chart").setAttribute("aria-label", t("ranking.chart"));
  chart = new Chart($("chart"), {
    type: "bar",
    data: {
      labels: criteria.map(c => criterionLabel(c.criterion)),
      datasets: [{
        label: t("ranking.crit.contribution"),
        data: criteria.map(c => c.contribution),
        backgroundColor: "#cb181d"
      }, {
        label: t("ranking.crit.weight"),
        data: criteria.map(c => c.weight),
        backgroundColor: "#9ecae1"
      }]
    },
    options: {
      indexAxis: "y",
      animation: false,
      maintainAspectRatio: false,
      locale: Reclaim.lang,
      scales: { x: { beginAtZero: true } }
    }
  });
}

async function drawEvidence(areaId, criteria) {
  if (!evidenceMap) {
    evidenceMap = L.map("evidence-map");
  }
  evidenceMap.eachLayer(l => evidenceMap.removeLayer(l));
  const area = await Reclaim.api("api/v1/hazardous-areas/" + areaId);
  const areaLayer = L.geoJSON(area, { style: { color: "#67000d", weight: 2, fillOpacity: 0.35 } })
      .addTo(evidenceMap);
  const wanted = [];
  const seen = new Set();
  for (const c of criteria) {
    for (const id of c.sources || []) {
      const key = c.sourceLayer + "/" + id;
      if (c.sourceLayer && !seen.has(key) && wanted.length < MAX_SOURCES_ON_MAP) {
        seen.add(key);
        wanted.push([c.sourceLayer, id]);
      }
    }
  }
  const features = await Promise.all(wanted.map(([layer, id]) =>
      Reclaim.api("api/v1/" + layer + "/" + id).then(f => [layer, f]).catch(() => null)));
  const counts = new Map();
  for (const item of features.filter(Boolean)) {
    const [layer, feature] = item;
    counts.set(layer, (counts.get(layer) || 0) + 1);
    const colour = SOURCE_COLOURS[layer] || "#333";
    L.geoJSON(feature, {
      style: { color: colour, weight: 2, fillOpacity: 0.2 },
      pointToLayer: (f, latlng) => L.circleMarker(latlng,
          { radius: 5, color: colour, fillOpacity: 0.8 })
    }).bindTooltip(() => t("map.layer." + layer) + ": " + (feature.properties.name
        || feature.properties.source || feature.properties.kind || feature.id))
      .addTo(evidenceMap);
  }
  const all = L.featureGroup();
  evidenceMap.eachLayer(l => {
    if (l.getBounds) {
      all.addLayer(L.rectangle(l.getBounds()));
    }
  });
  const bounds = all.getLayers().length ? all.getBounds() : areaLayer.getBounds();
  evidenceMap.invalidateSize();
  evidenceMap.fitBounds(bounds.pad(0.1), { maxZoom: 15 });
  $("evidence-legend").replaceChildren(
      Reclaim.el("li", {}, Reclaim.el("span", { class: "swatch", style: "background:#67000d" }),
          Reclaim.el("span", {}, t("ranking.thisArea"))),
      ...[...counts].map(([layer, n]) => Reclaim.el("li", {},
          Reclaim.el("span", { class: "swatch", style: "background:" + SOURCE_COLOURS[layer] }),
          Reclaim.el("span", {}, t("ranking.sourceCount", Reclaim.num(n),
              t("map.layer." + layer))))));
}

/** An area's code and name from the register (a row not on the page shown); {} if deleted. */
async function areaIdentity(areaId) {
  try {
    const area = await Reclaim.api("api/v1/hazardous-areas/" + areaId);
    return { code: area.properties.code, name: area.properties.name };
  } catch (e) {
    return {};
  }
}

async function compare(event) {
  event.preventDefault();
  const from = $("compare-from").value;
  if (!from || !state.run) {
    return;
  }
  const result = await Reclaim.api("api/v1/rankings/compare?from=" + from + "&to="
      + state.run.id + "&limit=25");
  const byId = new Map(await Promise.all(result.moved.map(async m =>
      [m.areaId, state.rows.find(r => r.areaId === m.areaId) || await areaIdentity(m.areaId)])));
  $("compare-summary").textContent = t("ranking.compareSummary", result.fromRunId,
      result.toRunId, Reclaim.num(result.common), Reclaim.num(result.onlyInFrom.length),
      Reclaim.num(result.onlyInTo.length), Reclaim.num(result.moved.length));
  $("moves").hidden = result.moved.length === 0;
  $("moves").querySelector("tbody").replaceChildren(...result.moved.map(m => {
    const r = byId.get(m.areaId) || {};
    const why = m.reasons.slice(0, 3).map(x => t("ranking.reason", criterionLabel(x.criterion),
        Reclaim.num(x.contributionFrom, 4), Reclaim.num(x.contributionTo, 4),
        Reclaim.num(x.rawFrom, 2), Reclaim.num(x.rawTo, 2)));
    return Reclaim.el("tr", {},
        Reclaim.el("td", {}, r.code ?? String(m.areaId)),
        Reclaim.el("td", {}, r.name ?? "—"),
        Reclaim.el("td", { class: "n" }, Reclaim.num(m.rankFrom) + " → " + Reclaim.num(m.rankTo)),
        Reclaim.el("td", { class: "n" },
            Reclaim.num(m.scoreFrom, 4) + " → " + Reclaim.num(m.scoreTo, 4)),
        Reclaim.el("td", {}, why.length ? Reclaim.el("ul", { class: "reasons" },
            why.map(w => Reclaim.el("li", {}, w))) : t("ranking.noReason")));
  }));
}

async function startRun(event) {
  event.preventDefault();
  $("start-run").disabled = true;
  setStatus(t("ranking.running"));
  try {
    const run = await Reclaim.api("api/v1/rankings",
        { method: "POST", body: { profile: $("profile").value, samples: 100 } });
    await loadRuns(run.id);
  } finally {
    $("start-run").disabled = false;
  }
}

function showError(e) {
  setStatus(t("ranking.error", e.message), true);
}

Reclaim.ready.then(async () => {
  const params = new URLSearchParams(location.search);
  $("run").addEventListener("change", e => chooseRun(e.target.value).catch(showError));
  $("start").addEventListener("submit", e => startRun(e).catch(showError));
  $("filter").addEventListener("input", applyView);
  $("filter-region").addEventListener("change", applyView);
  $("prev").addEventListener("click", () => { state.page--; loadPage().catch(showError); });
  $("next").addEventListener("click", () => { state.page++; loadPage().catch(showError); });
  $("compare-form").addEventListener("submit", e => compare(e).catch(showError));
  for (const th of $("ranking").querySelectorAll("th[data-sort]")) {
    th.querySelector("button").addEventListener("click", () => {
      const key = th.dataset.sort;
      state.sort = { key, ascending: state.sort.key === key ? !state.sort.ascending
          : key === "rank" || key === "code" || key === "name" || key === "region"
              || key === "spread" };
      applyView();
    });
  }
  const [profiles, regions] = await Promise.all([Reclaim.api("api/v1/profiles"),
    Reclaim.api("api/v1/regions?limit=5000&zoom=0")]);
  $("profile").replaceChildren(...profiles.map(p => Reclaim.el("option", { value: p.name },
      t("ranking.profileLabel", p.title || p.name, p.version))));
  for (const f of regions.features) {
    state.regions.set(f.id, f.properties.name);
  }
  await fillRegionFilter();
  await loadRuns(params.get("run"));
  if (params.get("area") && state.run) {
    await explain(Number(params.get("area")));
  }
}).catch(showError);
