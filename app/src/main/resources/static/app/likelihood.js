// The contamination likelihood of an area as the active model gives it, explained: the features
// that push the probability up most and those that push it down most (TreeSHAP contributions in
// log-odds), for the map's popup and the ranking's explanation panel. Loaded after shell.js.
// Feature names are shown as the model names them (docs/likelihood.md lists them); values are text.
"use strict";

window.ReclaimLikelihood = (function () {
  // Sequential classes of probability (light = likely clean, dark = likely contaminated).
  const CLASSES = [
    { upTo: 0.10, colour: "#f7fbff" }, { upTo: 0.25, colour: "#c6dbef" },
    { upTo: 0.50, colour: "#6baed6" }, { upTo: 0.75, colour: "#2171b5" },
    { upTo: 1.00, colour: "#08306b" }
  ];

  function colour(probability) {
    return (CLASSES.find(c => probability <= c.upTo) || CLASSES.at(-1)).colour;
  }

  function featureList(features, cls) {
    const t = Reclaim.t;
    return Reclaim.el("ul", { class: "features " + cls }, features.map(f =>
        Reclaim.el("li", {}, Reclaim.el("span", { class: "feature" }, f.feature),
            " " + (f.value == null ? t("likelihood.missing") : Reclaim.num(f.value, 2)) + " ",
            Reclaim.el("span", { class: "contribution" },
                (f.contribution > 0 ? "+" : "−") + Reclaim.num(Math.abs(f.contribution), 2)))));
  }

  /** An element explaining `e` (GET /api/v1/likelihood/areas/{id}). */
  function explanation(e) {
    const t = Reclaim.t;
    return Reclaim.el("div", { class: "likelihood", "data-model": String(e.modelId) },
        Reclaim.el("p", {}, t("likelihood.summary", Reclaim.num(e.probability * 100, 1),
            e.modelId)),
        Reclaim.el("p", { class: "note" }, t("likelihood.up")),
        featureList(e.up, "up"),
        Reclaim.el("p", { class: "note" }, t("likelihood.down")),
        featureList(e.down, "down"),
        Reclaim.el("p", { class: "note" }, t("likelihood.logOdds")));
  }

  /** The explanation of area `areaId`, or null when no model is active. */
  async function load(areaId) {
    try {
      return await Reclaim.api("api/v1/likelihood/areas/" + areaId);
    } catch (e) {
      if (e.status === 404) {
        return null;
      }
      throw e;
    }
  }

  return { CLASSES, colour, explanation, load };
})();
