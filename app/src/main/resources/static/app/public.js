// The public page (no login): hazard warnings as zones and released land on a map, land released
// per year, and the published counts of people (small counts suppressed by the server). For
// communities and the oblast administrations that link to it. Values are set as text.
"use strict";

(async function () {
  const R = await Reclaim.ready;
  const { t, num, el } = R;
  const $ = id => document.getElementById(id);

  $("public-lang").replaceChildren(...R.LANGUAGES.map(code =>
      el("a", { href: "?lang=" + code, "aria-current": code === R.lang ? "true" : null },
          t("shell.language." + code))));

  const map = L.map("public-map", { keyboard: true }).setView([48.6, 33.5], 6);
  const [warnings, released, aggregates] = await Promise.all([
    R.api("api/v1/public/hazard-warnings"), R.api("api/v1/public/released-land"),
    R.api("api/v1/public/aggregates")]);
  const warningLayer = L.geoJSON(warnings, {
    style: { color: "#a4161a", weight: 1, fillOpacity: 0.35 },
    onEachFeature: (f, layer) => layer.bindPopup(() => el("div", {},
        el("strong", {}, f.properties.name), el("br"), t("public.popup.warning")))
  }).addTo(map);
  L.geoJSON(released, {
    style: { color: "#1b5e20", weight: 1, fillOpacity: 0.35 },
    onEachFeature: (f, layer) => layer.bindPopup(() => el("div", {},
        el("strong", {}, f.properties.name), el("br"),
        t("public.popup.released", R.date(f.properties.releasedOn))))
  }).addTo(map);
  if (warnings.features.length) {
    map.fitBounds(warningLayer.getBounds(), { maxZoom: 10 });
  }
  $("public-summary").textContent = t("public.summary", num(warnings.features.length),
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
