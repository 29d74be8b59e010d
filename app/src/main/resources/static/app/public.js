// The public page (no login): hazard warnings as zones (vector tiles) and released land on a map,
// land released per year, and the published counts of people (small counts suppressed by the
// server). For communities and the oblast administrations that link to it. Values are set as text.
"use strict";

(async function () {
  const R = await Reclaim.ready;
  const { t, num, el } = R;
  const $ = id => document.getElementById(id);

  $("public-lang").replaceChildren(...R.LANGUAGES.map(code =>
      el("a", { href: "?lang=" + code, "aria-current": code === R.lang ? "true" : null },
          t("shell.language." + code))));

  const map = L.map("public-map", { keyboard: true }).setView([48.6, 33.5], 6);
  const [released, aggregates] = await Promise.all([R.api("api/v1/public/released-land"),
    R.api("api/v1/public/aggregates")]);
  // warning zones come as vector tiles (a national register holds 200,000 of them), drawn on
  // canvas by protomaps-leaflet; a click shows the zone's name and the warning
  const warningLayer = protomapsL.leafletLayer({
    sources: { "hazard-warnings": { url: R.url("api/v1/public/tiles/hazard-warnings/")
        + "{z}/{x}/{y}.mvt", levelDiff: 0, maxDataZoom: 16 } },
    paintRules: [
      { dataSource: "hazard-warnings", dataLayer: "hazard-warnings", filter: (z, f) => f.geomType === 3,
        symbolizer: new protomapsL.PolygonSymbolizer({ fill: "#a4161a", opacity: 0.35,
          stroke: "#a4161a", width: 1 }) },
      { dataSource: "hazard-warnings", dataLayer: "hazard-warnings", filter: (z, f) => f.geomType === 1,
        symbolizer: new protomapsL.CircleSymbolizer({ radius: 3, fill: "#a4161a", opacity: 0.6,
          stroke: "#a4161a", width: 1 }) }],
    labelRules: [], attribution: "", tileDelay: 0
  }).addTo(map);
  map.on("click", e => {
    const hit = (warningLayer.queryTileFeaturesDebug(e.latlng.lng, e.latlng.lat, 6)
        .get("hazard-warnings") || [])[0];
    if (hit) {
      L.popup().setLatLng(e.latlng).setContent(el("div", {},
          el("strong", {}, hit.feature.props.name), el("br"), t("public.popup.warning")))
          .openOn(map);
    }
  });
  L.geoJSON(released, {
    style: { color: "#1b5e20", weight: 1, fillOpacity: 0.35 },
    onEachFeature: (f, layer) => layer.bindPopup(() => el("div", {},
        el("strong", {}, f.properties.name), el("br"),
        t("public.popup.released", R.date(f.properties.releasedOn))))
  }).addTo(map);
  if (aggregates.extent) {
    const [minLon, minLat, maxLon, maxLat] = aggregates.extent;
    map.fitBounds([[minLat, minLon], [maxLat, maxLon]], { maxZoom: 10 });
  }
  $("public-summary").textContent = t("public.summary", num(aggregates.warnings),
      num(released.features.length));

  const years = $("released").querySelector("tbody");
  for (const [year, km2] of Object.entries(aggregates.releasedKm2ByYear)) {
    years.append(el("tr", {}, el("td", {}, year), el("td", { class: "n" }, num(km2, 2))));
  }
  const people = $("people").querySelector("tbody");
  for (const key of ["casualties", "eore", "trained"]) {
    const table = aggregates[key].table;
    const total = table.columns.indexOf("total");
    for (const row of table.rows) {
      if (row.label === "total") {
        continue;
      }
      const n = row.cells[total];
      people.append(el("tr", {}, el("td", {}, t("public.people." + key) + " · " + row.label),
          el("td", { class: "n" }, n === null ? "<" + aggregates.minCell : num(n))));
    }
  }
})();
