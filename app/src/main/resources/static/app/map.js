// Reclaim's map: the register's hazardous areas coloured by priority (the latest ranking run, or
// the run named by ?run=) or by land release status, released land, evidence and the context
// layers, with a region filter. It needs no internet: the basemap is the register's oblast
// outlines unless the server names a tile URL (reclaim.map.basemap-url).
// Large registers stay fast because every request is limited to the view (bbox) and asks the
// server for geometries generalised to the zoom (zoom=: simplified to a pixel, tiny areas as
// dots), and context layers load only from the zoom at which they are readable. What is too
// large to send as GeoJSON — every hazardous area of a view holding more than MAX_FEATURES, the
// evidence and the parcels — comes as vector tiles (api/v1/tiles, Mapbox Vector Tiles drawn on
// canvas by protomaps-leaflet), so that a national register is browsable at every zoom.
// Every value from the register is set as text (Reclaim.el, textContent), never as HTML.
"use strict";

const STATUS_COLOURS = {
  SUSPECTED: "#f0a202", CONFIRMED: "#d7263d", TASKED: "#7b2cbf", IN_PROGRESS: "#1b98e0",
  RELEASED: "#2a9d8f", RESIDUAL_RISK: "#6c757d"
};
// Priority classes by rank as a share of the ranked areas (sequential, dark = most urgent).
const PRIORITY_CLASSES = [
  { upTo: 0.05, colour: "#67000d" }, { upTo: 0.20, colour: "#cb181d" },
  { upTo: 0.40, colour: "#fb6a4a" }, { upTo: 0.70, colour: "#fcae91" },
  { upTo: 1.00, colour: "#fee5d9" }
];
const UNRANKED = "#8a96a3";
const PROBE_BELOW_ZOOM = 9;
// Below this zoom a view too full to send area by area also shows counts per oblast.
const COUNTS_BELOW_ZOOM = 7;
const GEOM = { POINT: 1, LINE: 2, POLYGON: 3 }; // a vector tile feature's geometry type
const RELEASED_COLOUR = "#2a9d8f";
// Areas sent for one view; a view holding more is drawn as counts per oblast (?limit= lowers it).
const MAX_FEATURES = Math.min(5000, Math.max(1,
    Number(new URLSearchParams(location.search).get("limit")) || 2000));
// Context layers: what to draw, and from which zoom the layer is readable and light enough.
const CONTEXT = [
  { layer: "evidence", minZoom: 11, tiles: true,
    point: { radius: 3, color: "#4a1486", fillOpacity: 0.8 } },
  { layer: "settlements", minZoom: 7, point: { radius: 4, color: "#1d3557", fillOpacity: 0.6 } },
  { layer: "roads", minZoom: 10, line: { color: "#6b4f2a", weight: 1.5 } },
  { layer: "infrastructure", minZoom: 9, point: { radius: 4, color: "#006d77", fillOpacity: 0.8 },
    line: { color: "#006d77", weight: 2 } },
  { layer: "parcels", minZoom: 11, tiles: true,
    line: { color: "#588157", weight: 1, fillOpacity: 0.2 } },
  { layer: "recovery-projects", minZoom: 8,
    point: { radius: 5, color: "#e76f51", fillOpacity: 0.8 }, line: { color: "#e76f51" } }
];
const REGISTER_LAYERS = ["regions", "hazardous-areas", "evidence", "settlements", "roads",
  "infrastructure", "parcels", "recovery-projects", "operators", "accreditations", "teams",
  "tasks", "land-releases"];

const state = {
  colour: "priority", // or "status", "likelihood"
  model: null, // the active likelihood model { id }, or null
  probabilities: new Map(), // area id → probability of contamination (the active model's)
  run: null, // the ranking run that colours the areas
  ranks: new Map(), // area id → { rank, score }
  oblast: null, // the chosen oblast's id, or null for all
  inOblast: null, // ids of the chosen oblast and every region below it
  regions: new Map(), // region id → { name, level, parent }
  perOblast: new Map() // oblast id → { open, released, openM2 }: areas counted by the server
};

const map = L.map("map", { preferCanvas: true, keyboard: true }).setView([48.6, 33.5], 6);
const outlines = L.geoJSON(null, { interactive: false, style: outlineStyle }).addTo(map);
const areas = L.geoJSON(null, {
  style: areaStyle,
  pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 4 }),
  filter: inChosenRegion,
  onEachFeature: (f, layer) => layer.bindPopup(() => popup(f))
}).addTo(map);
const released = L.geoJSON(null, {
  style: { color: RELEASED_COLOUR, weight: 1, fillOpacity: 0.45, dashArray: "4 3" },
  pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 4 }),
  filter: inChosenRegion,
  onEachFeature: (f, layer) => layer.bindPopup(() => popup(f))
}).addTo(map);
const aggregate = L.layerGroup();
let areaTiles = null; // the hazardous areas as vector tiles, while a view holds too many to send
const context = CONTEXT.map(c => Object.assign({}, c, {
  group: c.tiles ? vectorTiles(c.layer, "", contextRules(c), c.minZoom) : L.geoJSON(null, {
    style: () => Object.assign({ weight: 1 }, c.line || c.point),
    pointToLayer: (f, latlng) => L.circleMarker(latlng, c.point || { radius: 3 }),
    onEachFeature: (f, layer) => layer.bindPopup(() => contextPopup(c.layer, f))
  })
}));

/** A layer of the register's vector tiles of `layer` drawn by the paint rules given. */
function vectorTiles(layer, query, rules, minZoom) {
  return protomapsL.leafletLayer({
    sources: { [layer]: { url: Reclaim.url("api/v1/tiles/" + layer + "/") + "{z}/{x}/{y}.mvt"
        + query, levelDiff: 0, maxDataZoom: 16 } },
    paintRules: rules.map(r => Object.assign({ dataSource: layer, dataLayer: layer }, r)),
    labelRules: [], attribution: "", minZoom, tileDelay: 0
  });
}

/** Paint rules of a context layer drawn from tiles: points as circles, shapes outlined. */
function contextRules(c) {
  const point = c.point || { radius: 3, color: c.line.color };
  const line = c.line || { color: point.color, weight: 1 };
  return [
    { symbolizer: new protomapsL.PolygonSymbolizer({ fill: line.color, stroke: line.color,
        width: line.weight || 1, opacity: line.fillOpacity == null ? 0.2 : line.fillOpacity }),
      filter: (z, f) => f.geomType === GEOM.POLYGON },
    { symbolizer: new protomapsL.LineSymbolizer({ color: line.color, width: line.weight || 1 }),
      filter: (z, f) => f.geomType !== GEOM.POINT },
    { symbolizer: new protomapsL.CircleSymbolizer({ radius: point.radius, fill: point.color,
        opacity: point.fillOpacity == null ? 0.8 : point.fillOpacity, stroke: point.color }),
      filter: (z, f) => f.geomType === GEOM.POINT }];
}

/** The colour of an area drawn from a tile, from the tile's properties (its rank in the run). */
function tileAreaColour(p) {
  if (state.colour === "priority" && state.run) {
    return rankColour(p.rank);
  }
  if (state.colour === "likelihood" && state.model) {
    return likelihoodColour(p.id);
  }
  return p.status === "RELEASED" ? RELEASED_COLOUR : STATUS_COLOURS[p.status] || "#333";
}

/** The hazardous areas as vector tiles, coloured as the GeoJSON areas are; clicked by id. */
function areaTileLayer() {
  const shown = (z, f) => state.inOblast == null || state.inOblast.has(f.props.region_id);
  return vectorTiles("hazardous-areas", state.run ? "?run=" + state.run.id : "", [
    { symbolizer: new protomapsL.PolygonSymbolizer({ fill: (z, f) => tileAreaColour(f.props),
        opacity: 0.8, stroke: "#3b3b3b", width: 0.5 }),
      filter: (z, f) => f.geomType === GEOM.POLYGON && shown(z, f) },
    { symbolizer: new protomapsL.CircleSymbolizer({ radius: 2.5,
        fill: (z, f) => tileAreaColour(f.props), stroke: "#3b3b3b", width: 0.3 }),
      filter: (z, f) => f.geomType === GEOM.POINT && shown(z, f) }], 0);
}

/** Shows or hides the hazardous areas' tiles (only while the areas layer is switched on). */
function showAreaTiles(show) {
  if (show && map.hasLayer(areas)) {
    areaTiles = areaTiles || areaTileLayer();
    if (!map.hasLayer(areaTiles)) {
      areaTiles.addTo(map);
    }
  } else if (areaTiles) {
    map.removeLayer(areaTiles);
  }
}

/** The tile layers on the map, each with the API layer its tiles are of. */
function tileLayersShown() {
  const shown = context.filter(c => c.tiles && map.hasLayer(c.group))
      .map(c => ({ layer: c.layer, tiles: c.group }));
  if (areaTiles && map.hasLayer(areaTiles)) {
    shown.unshift({ layer: "hazardous-areas", tiles: areaTiles });
  }
  return shown;
}

/** A click on the map over a feature drawn from a tile: the record, fetched by its id. */
async function clickTiles(e) {
  for (const t of tileLayersShown()) {
    const picked = t.tiles.queryTileFeaturesDebug(e.latlng.lng, e.latlng.lat, 6).get(t.layer) || [];
    const hit = picked.reverse().find(p => p.feature.props.id != null);
    if (hit) {
      const feature = await Reclaim.api("api/v1/" + t.layer + "/" + hit.feature.props.id);
      if (t.layer === "hazardous-areas" && state.run && !state.ranks.has(feature.id)) {
        const entry = await Reclaim.api("api/v1/rankings/" + state.run.id + "/areas/"
            + feature.id).catch(() => null);
        if (entry) {
          state.ranks.set(feature.id, { rank: entry.rank, score: entry.score });
        }
      }
      L.popup({ className: "tile-popup" }).setLatLng(e.latlng)
          .setContent(t.layer === "hazardous-areas" ? popup(feature)
              : contextPopup(t.layer, feature))
          .openOn(map);
      return;
    }
  }
}

function outlineStyle(f) {
  const chosen = state.oblast != null && f.id === state.oblast;
  return { color: chosen ? "#17324d" : "#5b6b7a", weight: chosen ? 3 : 1, fill: true,
           fillColor: "#fff", fillOpacity: 0.55 };
}

function priorityColour(areaId) {
  const r = state.ranks.get(areaId);
  return rankColour(r ? r.rank : 0);
}

/** The priority class colour of a rank in the run (0: not ranked in it). */
function rankColour(rank) {
  if (!rank) {
    return UNRANKED;
  }
  const share = rank / state.run.areaCount;
  return (PRIORITY_CLASSES.find(c => share <= c.upTo) || PRIORITY_CLASSES.at(-1)).colour;
}

function areaStyle(f) {
  const colour = state.colour === "priority" && state.run ? priorityColour(f.id)
      : state.colour === "likelihood" && state.model ? likelihoodColour(f.id)
      : STATUS_COLOURS[f.properties.status] || "#333";
  return { color: "#3b3b3b", weight: 0.8, fillColor: colour, fillOpacity: 0.8 };
}

function likelihoodColour(areaId) {
  const p = state.probabilities.get(areaId);
  return p == null ? UNRANKED : ReclaimLikelihood.colour(p);
}

function inChosenRegion(f) {
  return state.inOblast == null || state.inOblast.has(f.properties.region_id);
}

/** A definition list of label/value rows; values are text. */
function rows(pairs) {
  return Reclaim.el("dl", { class: "popup" }, pairs.flatMap(([label, value]) => [
    Reclaim.el("dt", {}, label),
    Reclaim.el("dd", {}, value == null || value === "" ? "—" : value)]));
}

function popup(feature) {
  const p = feature.properties;
  const t = Reclaim.t;
  const ranked = state.ranks.get(feature.id);
  const region = state.regions.get(p.region_id);
  const list = rows([
    [t("map.popup.name"), p.name], [t("map.popup.code"), p.code],
    [t("map.popup.region"), region ? region.name : p.region_id],
    [t("map.popup.class"), p.hazard_class], [t("map.popup.status"), t("map.status." + p.status)],
    [t("map.popup.contamination"), p.contamination],
    [t("map.popup.size"), t("map.m2", Reclaim.num(p.area_m2))],
    [t("map.popup.reported"), Reclaim.date(p.reported_on)],
    [t("map.popup.rank"), ranked ? t("map.rankOf", Reclaim.num(ranked.rank),
        Reclaim.num(state.run.areaCount)) : t("map.unranked")],
    [t("map.popup.score"), ranked ? Reclaim.num(ranked.score, 3) : null],
    [t("map.popup.likelihood"), state.probabilities.has(feature.id)
        ? Reclaim.num(state.probabilities.get(feature.id) * 100, 1) + " %" : null]]);
  const box = Reclaim.el("div", {}, list);
  if (ranked) {
    box.append(Reclaim.el("a", { href: Reclaim.url("app/ranking.html?run=" + state.run.id
        + "&area=" + feature.id) }, t("map.explain")));
  }
  if (state.model && p.status !== "RELEASED") {
    // the model's reasons, fetched when the popup opens
    ReclaimLikelihood.load(feature.id)
        .then(e => e && box.append(ReclaimLikelihood.explanation(e)))
        .catch(showError);
  }
  return box;
}

function contextPopup(layer, feature) {
  const p = feature.properties;
  const pairs = [[Reclaim.t("map.popup.layer"), Reclaim.t("map.layer." + layer)]];
  for (const [key, value] of Object.entries(p)) {
    if (key !== "version" && value != null && typeof value !== "object") {
      pairs.push([key.replaceAll("_", " "), String(value)]);
    }
  }
  return rows(pairs);
}

function legend() {
  const t = Reclaim.t;
  const ul = document.getElementById("legend");
  const items = [];
  if (state.colour === "priority" && state.run) {
    let from = 0;
    for (const c of PRIORITY_CLASSES) {
      items.push([c.colour, t("map.legend.top", Reclaim.num(from * 100), Reclaim.num(c.upTo * 100))]);
      from = c.upTo;
    }
    items.push([UNRANKED, t("map.unranked")]);
  } else if (state.colour === "likelihood" && state.model) {
    let from = 0;
    for (const c of ReclaimLikelihood.CLASSES) {
      items.push([c.colour, t("likelihood.legend", Reclaim.num(from * 100),
          Reclaim.num(c.upTo * 100))]);
      from = c.upTo;
    }
  } else {
    for (const [status, colour] of Object.entries(STATUS_COLOURS)) {
      items.push([colour, t("map.status." + status)]);
    }
  }
  ul.replaceChildren(...items.map(([colour, text]) => Reclaim.el("li", {},
      Reclaim.el("span", { class: "swatch", style: "background:" + colour, "aria-hidden": "true" }),
      Reclaim.el("span", {}, text))));
  const run = document.getElementById("run");
  run.textContent = state.colour === "likelihood"
      ? (state.model ? t("map.likelihoodModel", state.model.id, Reclaim.date(state.model.asOf))
          : t("map.noModel"))
      : state.run
      ? t("map.run", state.run.id, state.run.profileName, state.run.profileVersion,
          Reclaim.date(state.run.createdAt, true))
      : t("map.noRun");
}

function viewQuery() {
  const b = map.getBounds();
  const bbox = [Math.max(b.getWest(), -180), Math.max(b.getSouth(), -90),
    Math.min(b.getEast(), 180), Math.min(b.getNorth(), 90)].map(v => v.toFixed(5)).join(",");
  return "bbox=" + bbox + "&zoom=" + Math.round(map.getZoom()) + "&limit=" + MAX_FEATURES;
}

let loading = 0;
async function loadView() {
  const ticket = ++loading;
  const query = viewQuery();
  // a wide view first asks only how many areas it holds (one record and the count), so that a
  // national view does not fetch 2,000 areas only to draw counts per oblast
  const probe = map.getZoom() < PROBE_BELOW_ZOOM
      ? await Reclaim.api("api/v1/hazardous-areas?" + query.replace(/limit=\d+/, "limit=1"))
      : null;
  const page = probe && probe.numberMatched > MAX_FEATURES ? probe
      : await Reclaim.api("api/v1/hazardous-areas?" + query);
  if (ticket !== loading) {
    return; // a newer view was asked for meanwhile
  }
  const t = Reclaim.t;
  if (page.numberMatched > page.numberReturned) {
    // too many to send one by one: every area from vector tiles, and counts per oblast when wide
    areas.clearLayers();
    released.clearLayers();
    if (state.model && state.colour === "likelihood") {
      await loadProbabilities(query);
    }
    showAreaTiles(true);
    if (areaTiles) {
      areaTiles.rerenderTiles();
    }
    let text = t("map.inView", Reclaim.num(page.numberMatched)) + " " + t("map.tiles");
    if (map.getZoom() < COUNTS_BELOW_ZOOM) {
      drawAggregate();
      text += " " + t("map.aggregated");
    } else {
      map.removeLayer(aggregate);
    }
    document.getElementById("status").textContent = text;
    await Promise.all(context.map(c => loadContext(c, query, ticket)));
    return;
  }
  showAreaTiles(false);
  map.removeLayer(aggregate);
  if (state.run) {
    await loadRanks(query);
  }
  if (state.model) {
    await loadProbabilities(query);
  }
  if (ticket !== loading) {
    return;
  }
  const open = page.features.filter(f => f.properties.status !== "RELEASED");
  const done = page.features.filter(f => f.properties.status === "RELEASED");
  areas.clearLayers();
  areas.addData({ type: "FeatureCollection", features: open });
  released.clearLayers();
  released.addData({ type: "FeatureCollection", features: done });
  let text = t("map.inView", Reclaim.num(page.numberMatched));
  if (page.numberMatched > page.numberReturned) {
    text += " " + t("map.firstOnly", Reclaim.num(page.numberReturned));
  }
  if (state.inOblast) {
    let shown = 0;
    areas.eachLayer(() => shown++);
    released.eachLayer(() => shown++);
    text += " " + t("map.inRegion", Reclaim.num(shown));
  }
  document.getElementById("status").textContent = text;
  await Promise.all(context.map(c => loadContext(c, query, ticket)));
}

async function loadContext(c, query, ticket) {
  if (c.tiles || !map.hasLayer(c.group)) {
    return; // a tile layer loads its tiles itself
  }
  if (map.getZoom() < c.minZoom) {
    c.group.clearLayers();
    return;
  }
  const page = await Reclaim.api("api/v1/" + c.layer + "?" + query);
  if (ticket === loading) {
    c.group.clearLayers();
    c.group.addData(page);
  }
}

/** The oblast a region lies in (itself when it is one), or null. */
function oblastOf(regionId) {
  let id = regionId;
  for (let depth = 0; id != null && depth < 10; depth++) {
    const r = state.regions.get(id);
    if (!r) {
      return null;
    }
    if (r.level === "OBLAST") {
      return id;
    }
    id = r.parent;
  }
  return null;
}

async function loadCounts() {
  const rows = await Reclaim.api("api/v1/hazardous-areas/counts");
  state.perOblast.clear();
  for (const row of rows) {
    const oblast = oblastOf(row.regionId);
    if (oblast == null) {
      continue;
    }
    const c = state.perOblast.get(oblast) || { open: 0, released: 0, openM2: 0 };
    if (row.status === "RELEASED") {
      c.released += row.areas;
    } else {
      c.open += row.areas;
      c.openM2 += row.areaM2;
    }
    state.perOblast.set(oblast, c);
  }
}

/** One circle per oblast, its area growing with the number of areas not yet released. */
function drawAggregate() {
  aggregate.clearLayers();
  const t = Reclaim.t;
  const largest = Math.max(1, ...[...state.perOblast.values()].map(c => c.open));
  outlines.eachLayer(l => {
    const c = state.perOblast.get(l.feature.id);
    if (!c || c.open === 0 || (state.oblast != null && l.feature.id !== state.oblast)) {
      return;
    }
    const marker = L.circleMarker(l.getBounds().getCenter(), {
      radius: 6 + 24 * Math.sqrt(c.open / largest), color: "#67000d", weight: 1,
      fillColor: "#cb181d", fillOpacity: 0.6
    });
    marker.count = c.open;
    marker.bindTooltip(Reclaim.num(c.open), { permanent: true, direction: "center",
                                              className: "count-label" });
    marker.bindPopup(() => rows([[t("map.popup.region"), l.feature.properties.name],
      [t("map.count.open"), Reclaim.num(c.open)],
      [t("map.count.openM2"), t("map.m2", Reclaim.num(c.openM2))],
      [t("map.count.released"), Reclaim.num(c.released)]]));
    aggregate.addLayer(marker);
  });
  aggregate.addTo(map);
}

async function loadRegions() {
  const [oblasts, all] = await Promise.all([
    Reclaim.api("api/v1/regions?level=OBLAST&limit=500&zoom=7"),
    Reclaim.api("api/v1/regions?limit=5000&zoom=2")]);
  for (const f of all.features) {
    state.regions.set(f.id, { name: f.properties.name, level: f.properties.level,
                              parent: f.properties.parent_id });
  }
  outlines.addData(oblasts);
  outlines.bringToBack();
  const select = document.getElementById("region");
  const sorted = oblasts.features.slice()
      .sort((a, b) => a.properties.name.localeCompare(b.properties.name, Reclaim.lang));
  for (const f of sorted) {
    select.append(Reclaim.el("option", { value: String(f.id) }, f.properties.name));
  }
}

/** The oblast's id and the ids of every region below it. */
function regionAndBelow(id) {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [rid, r] of state.regions) {
      if (!ids.has(rid) && ids.has(r.parent)) {
        ids.add(rid);
        grew = true;
      }
    }
  }
  return ids;
}

function chooseRegion(value) {
  state.oblast = value ? Number(value) : null;
  state.inOblast = state.oblast == null ? null : regionAndBelow(state.oblast);
  outlines.setStyle(outlineStyle);
  let target = null;
  outlines.eachLayer(l => {
    if (l.feature.id === state.oblast) {
      target = l.getBounds();
    }
  });
  if (target) {
    map.fitBounds(target); // moveend reloads the view
  } else {
    map.setView([48.6, 33.5], 6);
  }
  loadView().catch(showError);
}

/** The rank and score of the run's areas in view (only those: a national run is large). */
async function loadRanks(query) {
  const bbox = query.split("&").find(p => p.startsWith("bbox="));
  const rows = await Reclaim.api("api/v1/rankings/" + state.run.id + "/rows?" + bbox
      + "&limit=5000");
  for (const r of rows) {
    state.ranks.set(r.areaId, { rank: r.rank, score: r.score });
  }
}

/** The active model's probability for the areas in view (only those, as for ranks). */
async function loadProbabilities(query) {
  const bbox = query.split("&").find(p => p.startsWith("bbox="));
  const answer = await Reclaim.api("api/v1/likelihood/areas?" + bbox);
  state.model = { id: answer.modelId, asOf: answer.asOf };
  for (const a of answer.areas) {
    state.probabilities.set(a.areaId, a.probability);
  }
}

/** The active likelihood model, or null (the likelihood colouring then says there is none). */
async function loadModel() {
  try {
    const m = await Reclaim.api("api/v1/likelihood/active");
    state.model = { id: m.id, asOf: null };
  } catch (e) {
    if (e.status !== 404) {
      throw e;
    }
    state.model = null;
  }
}

async function loadRanking() {
  const asked = new URLSearchParams(location.search).get("run");
  const runs = await Reclaim.api("api/v1/rankings");
  state.run = (asked && runs.find(r => String(r.id) === asked)) || runs[0] || null;
  if (!state.run) {
    state.colour = "status";
    document.querySelector("input[name=colour][value=status]").checked = true;
  }
}

async function loadRegisterCounts() {
  const pages = await Promise.all(REGISTER_LAYERS.map(layer =>
      Reclaim.api("api/v1/" + layer + "?limit=1").catch(() => null)));
  const body = document.querySelector("#counts tbody");
  body.replaceChildren(...REGISTER_LAYERS.map((layer, i) => Reclaim.el("tr", {},
      Reclaim.el("td", {}, Reclaim.t("map.layer." + layer)),
      Reclaim.el("td", { class: "n" }, pages[i] ? Reclaim.num(pages[i].numberMatched) : "—"))));
}

/**
 * EORE coverage (IMAS 12.10): settlements within 5 km of land not yet released, orange when no
 * risk education session reached them in the last 12 months, blue when one did. Loaded when the
 * layer is switched on; roles that may not read it get the error in the status line.
 */
const eoreCoverage = L.layerGroup();
eoreCoverage.on("add", async () => {
  if (eoreCoverage.getLayers().length) {
    return;
  }
  try {
    const fc = await Reclaim.api("api/v1/reports/people/eore-coverage");
    for (const f of fc.features) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      L.circleMarker([lat, lon], { radius: 5, weight: 1, fillOpacity: 0.8,
                                   color: p.reached ? "#1d4e89" : "#e76f51",
                                   className: p.reached ? "eore-reached" : "eore-unreached" })
          .bindPopup(() => Reclaim.el("div", {}, Reclaim.el("strong", {}, p.name), Reclaim.el("br"),
              p.reached ? Reclaim.t("map.eore.reached", Reclaim.date(p.lastSessionOn))
                        : Reclaim.t("map.eore.unreached"),
              Reclaim.el("br"), Reclaim.t("map.eore.nearest", Reclaim.num(p.nearestHazardM))))
          .addTo(eoreCoverage);
    }
  } catch (e) {
    showError(e);
  }
});

async function basemap() {
  const settings = await Reclaim.api("api/v1/map/settings").catch(() => ({}));
  const overlays = {};
  if (settings.basemapUrl) {
    overlays[Reclaim.t("map.layer.basemap")] = L.tileLayer(settings.basemapUrl,
        { attribution: settings.basemapAttribution || "" }).addTo(map);
  }
  overlays[Reclaim.t("map.layer.outlines")] = outlines;
  overlays[Reclaim.t("map.layer.hazardous-areas")] = areas;
  overlays[Reclaim.t("map.layer.released")] = released;
  overlays[Reclaim.t("map.layer.eore-coverage")] = eoreCoverage;
  for (const c of context) {
    overlays[Reclaim.t("map.layer." + c.layer) + " " + Reclaim.t("map.fromZoom", c.minZoom)]
        = c.group;
  }
  L.control.layers(null, overlays, { collapsed: false }).addTo(map);
  map.on("overlayadd", () => loadView().catch(showError));
  map.on("overlayremove", e => e.layer === areas && showAreaTiles(false));
  map.on("click", e => clickTiles(e).catch(showError));
}

function showError(e) {
  const status = document.getElementById("status");
  status.textContent = Reclaim.t("map.error", e.message);
  status.classList.add("error");
}

let pending = null;
map.on("moveend", () => {
  clearTimeout(pending);
  pending = setTimeout(() => loadView().catch(showError), 120);
});

Reclaim.ready.then(async () => {
  document.getElementById("map").setAttribute("aria-label", Reclaim.t("map.label"));
  for (const input of document.querySelectorAll("input[name=colour]")) {
    input.addEventListener("change", () => {
      state.colour = input.value;
      areas.setStyle(areaStyle);
      legend();
      if (areaTiles && map.hasLayer(areaTiles)) {
        loadView().catch(showError); // the tiles are coloured afresh from the view's data
      }
    });
  }
  document.getElementById("region").addEventListener("change",
      e => chooseRegion(e.target.value));
  await basemap();
  await Promise.all([loadRegions(), loadRanking(), loadModel()]);
  await loadCounts();
  legend();
  await loadView();
  await loadRegisterCounts();
}).catch(showError);
