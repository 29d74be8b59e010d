// Reclaim's policy editor: choose a profile (and version), set its weights directly — number and
// slider per criterion, normalised shares and their sum shown — or by an AHP pairwise matrix on
// Saaty's scale, evaluated live by the server (weights, consistency ratio, comparisons to
// revisit); save as the next version (If-Match: the version edited, so a concurrent save is a
// visible conflict, never a silent overwrite); rank the register with the saved profile.
"use strict";

const SAATY = [9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9];

const state = {
  criteria: [], // [{key, unit, direction, sourceLayer}]
  profile: null, // the profile version being edited
  latest: 0, // the latest version when loaded: what If-Match names
  weights: {}, // key → raw weight
  pairwise: { criteria: [], matrix: [] },
  dirty: false
};
const $ = id => document.getElementById(id);
const t = (...args) => Reclaim.t(...args);
let ahpTimer = null;
let ahpTicket = 0;

function criterionLabel(key) {
  const label = t("ranking.criterion." + key);
  return label === "ranking.criterion." + key ? key : label;
}

function saatyText(v) {
  return v >= 1 ? String(Math.round(v)) : "1/" + Math.round(1 / v);
}

/** The Saaty value nearest to v on a log scale. */
function nearestSaaty(v) {
  return SAATY.reduce((best, s) =>
      Math.abs(Math.log(s / v)) < Math.abs(Math.log(best / v)) ? s : best, 1);
}

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

function markDirty(dirty = true) {
  state.dirty = dirty;
  $("rank").disabled = dirty;
  $("rank").title = dirty ? t("policy.saveFirst") : "";
  if (dirty) {
    $("result").textContent = t("policy.unsaved");
  }
}

async function loadProfiles(selectName) {
  const profiles = await Reclaim.api("api/v1/profiles");
  $("profile").replaceChildren(...profiles.map(p => Reclaim.el("option", { value: p.name },
      t("policy.profileLabel", p.title || p.name, p.name))));
  const name = profiles.some(p => p.name === selectName) ? selectName : profiles[0].name;
  $("profile").value = name;
  await loadProfile(name);
}

async function loadProfile(name, version) {
  const latest = await Reclaim.api("api/v1/profiles/" + encodeURIComponent(name),
      { withResponse: true });
  state.latest = Number((latest.response.headers.get("ETag") || "0").replace(/\D/g, ""));
  const versions = await Reclaim.api("api/v1/profiles/" + encodeURIComponent(name) + "/versions");
  $("version").replaceChildren(...versions.slice().reverse().map(v =>
      Reclaim.el("option", { value: String(v.version) }, t("policy.versionLabel", v.version))));
  state.profile = version ? versions.find(v => v.version === Number(version)) : latest.body;
  $("version").value = String(state.profile.version);
  edit(state.profile);
}

function edit(p) {
  $("description").textContent = p.description || "";
  $("method").value = p.method || "weighted-sum";
  $("normalisation").value = p.normalisation || "min-max";
  $("save-name").value = p.name;
  state.weights = {};
  for (const c of state.criteria) {
    state.weights[c.key] = p.weights ? p.weights[c.key] || 0 : 0;
  }
  if (p.pairwise) {
    state.pairwise = { criteria: p.pairwise.criteria.slice(),
                       matrix: p.pairwise.matrix.map(row => row.map(nearestSaaty)) };
    $("insist").checked = !!p.pairwise.insist;
  } else {
    const keys = state.criteria.map(c => c.key).filter(k => state.weights[k] > 0).slice(0, 7);
    state.pairwise = { criteria: keys, matrix: matrixFromWeights(keys) };
    $("insist").checked = false;
  }
  setMode(p.pairwise ? "pairwise" : "weights");
  renderWeights();
  renderPairwise();
  $("conflict").hidden = true;
  markDirty(false);
  $("result").textContent = "";
  setStatus(t("policy.loaded", p.title || p.name, p.version, state.latest));
}

/** A consistent starting matrix for the chosen criteria: ratios of the direct weights. */
function matrixFromWeights(keys) {
  return keys.map(a => keys.map(b => {
    const wa = state.weights[a] || 0.01;
    const wb = state.weights[b] || 0.01;
    return a === b ? 1 : nearestSaaty(wa / wb);
  }));
}

function setMode(mode) {
  document.querySelector("input[name=mode][value=" + mode + "]").checked = true;
  $("weights-panel").hidden = mode !== "weights";
  $("pairwise-panel").hidden = mode !== "pairwise";
  if (mode === "pairwise") {
    evaluateSoon();
  }
}

function mode() {
  return document.querySelector("input[name=mode]:checked").value;
}

function renderWeights() {
  const body = $("weights").querySelector("tbody");
  body.replaceChildren(...state.criteria.map(c => {
    const id = "w-" + c.key;
    const number = Reclaim.el("input", { id, type: "number", min: "0", max: "100", step: "0.01",
                                         value: String(state.weights[c.key]) });
    const slider = Reclaim.el("input", { type: "range", min: "0", max: "1", step: "0.01",
      value: String(Math.min(1, state.weights[c.key])),
      "aria-label": t("policy.slider", criterionLabel(c.key)) });
    const update = value => {
      const v = Number(value);
      state.weights[c.key] = Number.isFinite(v) && v >= 0 ? v : 0;
      markDirty();
      renderShares();
    };
    number.addEventListener("input", () => {
      slider.value = number.value;
      update(number.value);
    });
    slider.addEventListener("input", () => {
      number.value = slider.value;
      update(slider.value);
    });
    return Reclaim.el("tr", { "data-criterion": c.key },
        Reclaim.el("th", { scope: "row" }, Reclaim.el("label", { for: id }, criterionLabel(c.key))),
        Reclaim.el("td", {}, t("policy.direction." + c.direction)),
        Reclaim.el("td", { class: "weight" }, number, slider),
        Reclaim.el("td", { class: "n share" }, ""));
  }));
  renderShares();
}

function renderShares() {
  const sum = Object.values(state.weights).reduce((a, b) => a + b, 0);
  for (const row of $("weights").querySelectorAll("tbody tr")) {
    const w = state.weights[row.dataset.criterion];
    row.querySelector(".share").textContent = sum > 0 ? Reclaim.num(100 * w / sum, 1) + " %" : "—";
  }
  $("weight-sum").textContent = t("policy.sumText", Reclaim.num(sum, 3));
  $("weight-sum").classList.toggle("error", !(sum > 0));
}

function renderPairwise() {
  $("pairwise-criteria").replaceChildren(...state.criteria.map(c => {
    const box = Reclaim.el("input", { type: "checkbox", id: "pc-" + c.key, value: c.key,
                                      checked: state.pairwise.criteria.includes(c.key) });
    box.addEventListener("change", () => togglePairwiseCriterion(c.key, box.checked));
    return Reclaim.el("label", { class: "choice" }, box, " " + criterionLabel(c.key));
  }));
  const keys = state.pairwise.criteria;
  $("matrix").querySelector("thead").replaceChildren(Reclaim.el("tr", {},
      Reclaim.el("td", {}, ""),
      ...keys.map(k => Reclaim.el("th", { scope: "col" }, criterionLabel(k)))));
  $("matrix").querySelector("tbody").replaceChildren(...keys.map((row, i) =>
      Reclaim.el("tr", {}, Reclaim.el("th", { scope: "row" }, criterionLabel(row)),
          ...keys.map((col, j) => Reclaim.el("td", {}, cell(i, j))))));
  evaluateSoon();
}

function cell(i, j) {
  const m = state.pairwise.matrix;
  if (i === j) {
    return "1";
  }
  if (i > j) {
    return Reclaim.el("span", { class: "reciprocal", "data-cell": i + "-" + j },
        saatyText(1 / m[j][i]));
  }
  const keys = state.pairwise.criteria;
  const select = Reclaim.el("select", { "data-cell": i + "-" + j,
      "aria-label": t("policy.compare", criterionLabel(keys[i]), criterionLabel(keys[j])) },
      SAATY.map(v => Reclaim.el("option", { value: String(v),
                                            selected: Math.abs(v - m[i][j]) < 1e-6 },
          saatyText(v))));
  select.addEventListener("change", () => {
    const v = Number(select.value);
    m[i][j] = v;
    m[j][i] = 1 / v;
    const mirror = $("matrix").querySelector("[data-cell='" + j + "-" + i + "']");
    mirror.textContent = saatyText(1 / v);
    markDirty();
    evaluateSoon();
  });
  return select;
}

function togglePairwiseCriterion(key, on) {
  const keys = state.criteria.map(c => c.key)
      .filter(k => (k === key ? on : state.pairwise.criteria.includes(k)));
  const old = state.pairwise;
  const matrix = keys.map(a => keys.map(b => {
    const i = old.criteria.indexOf(a);
    const j = old.criteria.indexOf(b);
    return a === b ? 1 : i >= 0 && j >= 0 ? old.matrix[i][j] : 1;
  }));
  state.pairwise = { criteria: keys, matrix };
  markDirty();
  renderPairwise();
}

function evaluateSoon() {
  clearTimeout(ahpTimer);
  ahpTimer = setTimeout(() => evaluate().catch(showError), 150);
}

async function evaluate() {
  const keys = state.pairwise.criteria;
  if (keys.length < 2) {
    $("consistency").textContent = t("policy.needTwo");
    $("ahp-weights").querySelector("tbody").replaceChildren();
    return;
  }
  const ticket = ++ahpTicket;
  const r = await Reclaim.api("api/v1/profiles/ahp", { method: "POST",
      body: { criteria: keys, matrix: state.pairwise.matrix } });
  if (ticket !== ahpTicket) {
    return;
  }
  if (Object.values(state.weights).every(w => w === 0)) {
    // an AHP profile: its elicited weights are where a switch to direct weights starts from
    for (const [key, w] of Object.entries(r.weights)) {
      state.weights[key] = Math.round(w * 1000) / 1000;
    }
    renderWeights();
  }
  const consistency = $("consistency");
  consistency.textContent = t(r.consistent ? "policy.consistent" : "policy.inconsistent",
      Reclaim.num(r.consistencyRatio, 3), Reclaim.num(r.consistencyThreshold, 2),
      Reclaim.num(r.lambdaMax, 3));
  consistency.className = r.consistent ? "ok" : "error";
  $("revisit").replaceChildren(...r.mostInconsistent.map(x => Reclaim.el("li", {},
      t("policy.revisit", criterionLabel(x.row), criterionLabel(x.column), saatyText(x.given),
          Reclaim.num(x.implied, 2)))));
  $("ahp-weights").querySelector("tbody").replaceChildren(...Object.entries(r.weights)
      .map(([key, w]) => Reclaim.el("tr", { "data-criterion": key },
          Reclaim.el("th", { scope: "row" }, criterionLabel(key)),
          Reclaim.el("td", { class: "n" }, Reclaim.num(100 * w, 1) + " %"))));
}

function edited(name) {
  const p = state.profile;
  const body = { name, version: Math.max(1, p.version), title: name === p.name ? p.title : name,
    description: p.description || "", method: $("method").value,
    normalisation: $("normalisation").value, parameters: p.parameters || {}, topN: p.topN };
  if (mode() === "pairwise") {
    body.pairwise = { criteria: state.pairwise.criteria, matrix: state.pairwise.matrix,
                      insist: $("insist").checked };
  } else {
    body.weights = Object.fromEntries(Object.entries(state.weights).filter(([, w]) => w > 0));
  }
  return body;
}

async function save() {
  const name = $("save-name").value.trim();
  if (!$("save-name").checkValidity()) {
    setStatus(t("policy.badName"), true);
    $("save-name").focus();
    return;
  }
  const isNew = name !== state.profile.name;
  try {
    const saved = await Reclaim.api("api/v1/profiles/" + encodeURIComponent(name), {
      method: "PUT", body: edited(name),
      headers: { "If-Match": "\"" + (isNew ? 0 : state.latest) + "\"" } });
    await loadProfiles(saved.name);
    $("result").textContent = t("policy.saved", saved.name, saved.version);
  } catch (e) {
    if (e instanceof Reclaim.ApiError && e.status === 412) {
      $("conflict-text").textContent = isNew ? t("policy.exists", name)
          : t("policy.conflict", name, state.latest, e.message);
      $("conflict").hidden = false;
      $("reload").focus();
      return;
    }
    throw e;
  }
}

async function rank() {
  const name = $("profile").value;
  $("rank").disabled = true;
  $("result").textContent = t("policy.ranking");
  try {
    const run = await Reclaim.api("api/v1/rankings",
        { method: "POST", body: { profile: name, samples: 100 } });
    $("result").replaceChildren(t("policy.ranked", run.id, Reclaim.num(run.areaCount)) + " ",
        Reclaim.el("a", { id: "run-link", href: Reclaim.url("app/ranking.html?run=" + run.id) },
            t("policy.openRanking", run.id)));
  } finally {
    $("rank").disabled = state.dirty;
  }
}

function showError(e) {
  const field = e.problem && e.problem.field ? " (" + e.problem.field + ")" : "";
  setStatus(t("policy.error", e.message + field), true);
}

Reclaim.ready.then(async () => {
  $("profile").addEventListener("change", e => loadProfile(e.target.value).catch(showError));
  $("version").addEventListener("change",
      e => loadProfile($("profile").value, e.target.value).catch(showError));
  for (const input of document.querySelectorAll("input[name=mode]")) {
    input.addEventListener("change", () => {
      setMode(input.value);
      markDirty();
    });
  }
  for (const id of ["method", "normalisation", "insist"]) {
    $(id).addEventListener("change", () => markDirty());
  }
  $("save").addEventListener("click", () => save().catch(showError));
  $("rank").addEventListener("click", () => rank().catch(showError));
  $("reload").addEventListener("click", () => loadProfile($("profile").value).catch(showError));
  state.criteria = await Reclaim.api("api/v1/criteria");
  await loadProfiles(new URLSearchParams(location.search).get("profile"));
}).catch(showError);
