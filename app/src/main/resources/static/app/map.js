// Reclaim's map: oblast outlines as the (offline) basemap, hazardous areas in view coloured by
// land release status, loaded by bounding box from the API. Every value from the register is
// set with textContent, never as HTML: names come from imports and are not trusted as markup.
"use strict";

const STATUS_COLOURS = {
  SUSPECTED: "#f0a202", CONFIRMED: "#d7263d", TASKED: "#7b2cbf", IN_PROGRESS: "#1b98e0",
  RELEASED: "#2a9d8f", RESIDUAL_RISK: "#6c757d"
};
const LAYERS = ["regions", "hazardous-areas", "evidence", "settlements", "roads", "infrastructure",
  "parcels", "recovery-projects", "operators", "accreditations", "teams", "tasks", "land-releases"];

const map = L.map("map", { preferCanvas: true }).setView([48.6, 33.5], 6);
const areas = L.geoJSON(null, {
  style: f => ({ color: STATUS_COLOURS[f.properties.status] || "#333", weight: 1,
                 fillOpacity: 0.55 }),
  onEachFeature: (f, layer) => layer.bindPopup(() => popup(f))
}).addTo(map);

function popup(feature) {
  const dl = document.createElement("dl");
  dl.className = "popup";
  const p = feature.properties;
  for (const [label, value] of [["Area", p.name], ["Code", p.code], ["Class", p.hazard_class],
      ["Status", p.status], ["Contamination", p.contamination],
      ["Size", Math.round(p.area_m2).toLocaleString() + " m²"], ["Reported", p.reported_on]]) {
    const dt = document.createElement("dt");
    dt.textContent = label;
    const dd = document.createElement("dd");
    dd.textContent = value == null ? "—" : String(value);
    dl.append(dt, dd);
  }
  return dl;
}

async function api(path) {
  const response = await fetch(path, { credentials: "same-origin" });
  if (!response.ok) {
    throw new Error(path + ": HTTP " + response.status);
  }
  return response.json();
}

function legend() {
  const ul = document.getElementById("legend");
  for (const [status, colour] of Object.entries(STATUS_COLOURS)) {
    const li = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour;
    const text = document.createElement("span");
    text.textContent = status.replace("_", " ").toLowerCase();
    li.append(swatch, text);
    ul.append(li);
  }
}

async function loadOblasts() {
  const oblasts = await api("api/v1/regions?level=OBLAST&limit=100");
  L.geoJSON(oblasts, { style: { color: "#5b6b7a", weight: 1, fill: true, fillColor: "#fff",
                                fillOpacity: 0.6 }, interactive: false }).addTo(map).bringToBack();
}

let loading = 0;
async function loadAreas() {
  const b = map.getBounds();
  const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map(v => v.toFixed(5)).join(",");
  const ticket = ++loading;
  const page = await api("api/v1/hazardous-areas?limit=2000&bbox=" + bbox);
  if (ticket !== loading) {
    return; // a newer view was requested meanwhile
  }
  areas.clearLayers();
  areas.addData(page);
  const status = document.getElementById("status");
  status.textContent = page.numberMatched.toLocaleString() + " hazardous areas in view"
      + (page.numberMatched > page.numberReturned
          ? " (showing the first " + page.numberReturned.toLocaleString() + "; zoom in)" : "");
}

async function loadCounts() {
  const body = document.querySelector("#counts tbody");
  for (const layer of LAYERS) {
    const page = await api("api/v1/" + layer + "?limit=1");
    const row = body.insertRow();
    row.insertCell().textContent = layer.replace("-", " ");
    const n = row.insertCell();
    n.className = "n";
    n.textContent = page.numberMatched.toLocaleString();
  }
}

legend();
map.on("moveend", () => loadAreas().catch(showError));
function showError(e) {
  document.getElementById("status").textContent = "Could not read the register: " + e.message;
}
loadOblasts().then(loadAreas).then(loadCounts).catch(showError);
