// The what-if page: POST /api/v1/simulations/what-if with the chosen profile and size, then the
// two policies' figures as a table and their cumulative value released as a chart. Strings come
// from the whatif bundle; numbers are formatted for the language.
"use strict";

(async function () {
  const R = await Reclaim.ready;
  const { t, num, el } = R;
  const $ = id => document.getElementById(id);
  let chart = null;

  function name(p) {
    return p.statusQuo ? t("whatif.policy.today") : t("whatif.policy.reclaim");
  }

  function show(answer) {
    const tbody = $("policies").querySelector("tbody");
    tbody.replaceChildren(...answer.policies.map(p => el("tr", {},
        el("th", { scope: "row" }, name(p)),
        el("td", { class: "n" }, num(p.valuePerUsd.mean, 1)),
        el("td", { class: "n" }, num(p.valueUsd.mean / 1e6, 1)),
        el("td", { class: "n" }, num(p.spentUsd.mean / 1e6, 2)),
        el("td", { class: "n" }, num(p.cancelledKm2, 2)),
        el("td", { class: "n" }, num(p.reducedKm2, 2)),
        el("td", { class: "n" }, num(p.clearedKm2, 2)),
        el("td", { class: "n" }, num(p.casualties.mean, 1)),
        el("td", { class: "n" }, num(p.missedContaminationKm2.mean, 3)))));
    $("ratio").textContent = t("whatif.ratio", num(answer.ratio.mean, 2),
        num(answer.ratio.low, 2), num(answer.ratio.high, 2), answer.seeds);
    if (chart) {
      chart.destroy();
    }
    const weeks = answer.policies[0].valueByWeek.map((_, i) => i + 1);
    const colours = ["#E69F00", "#0072B2"];
    chart = new Chart($("chart"), {
      type: "line",
      data: { labels: weeks, datasets: answer.policies.map((p, i) => ({
        label: name(p), data: p.valueByWeek.map(v => v / 1e6), borderColor: colours[i % 2],
        backgroundColor: colours[i % 2], pointRadius: 0 })) },
      options: { maintainAspectRatio: false, animation: false,
        scales: { x: { title: { display: true, text: t("whatif.axis.week") } },
                  y: { title: { display: true, text: t("whatif.axis.value") } } } }
    });
    $("chart").setAttribute("aria-label", $("ratio").textContent);
    $("answer").hidden = false;
  }

  $("form").addEventListener("submit", async event => {
    event.preventDefault();
    $("run").disabled = true;
    $("status").textContent = t("whatif.running");
    try {
      const answer = await R.api("api/v1/simulations/what-if", { method: "POST", body: {
        profile: $("profile").value, years: Number($("years").value),
        seeds: Number($("seeds").value), scale: Number($("scale").value) } });
      show(answer);
      $("status").textContent = t("whatif.done");
    } catch (e) {
      $("status").textContent = t("whatif.error", e.message);
    } finally {
      $("run").disabled = false;
    }
  });
})();
