// Land release reports: fetches /api/v1/reports/* and fills the tables. Strings come from the
// reports bundle, numbers and dates are formatted for the language, and every value from the
// register goes in as text (Reclaim.el, textContent), never as markup.
"use strict";

(async function () {
  const R = await Reclaim.ready;
  const { t, num, el } = R;
  const $ = id => document.getElementById(id);

  function row(tbody, cells, rowClass) {
    tbody.append(el("tr", { class: rowClass || null }, cells.map((value, i) =>
        el("td", { class: i > 0 && typeof value === "number" ? "n" : null },
           typeof value === "number" ? num(value, 2) : String(value)))));
  }

  function clear(id) {
    const tbody = document.querySelector("#" + id + " tbody");
    tbody.replaceChildren();
    return tbody;
  }

  /** The label of an operations group: a month or year, a region's or operator's name, a method. */
  function groupLabel(ops, key) {
    if (ops.by === "month") {
      return new Intl.DateTimeFormat(R.lang, { year: "numeric", month: "short" })
          .format(new Date(key + "-01T00:00:00Z"));
    }
    if (ops.by === "method") {
      return key === "NONE" ? t("reports.none") : t("plan.method." + key);
    }
    if (ops.names && key !== "null") {
      return ops.names[key] || key;
    }
    return key === "null" ? t("reports.none") : key;
  }

  async function show(event) {
    if (event) {
      event.preventDefault();
    }
    const from = $("from").value;
    const to = $("to").value;
    const by = $("by").value;
    const half = $("half").value || from.substring(0, 4) + "-H1";
    const status = $("status");
    status.textContent = t("reports.loading");
    status.classList.remove("error");
    try {
      const ops = await R.api(`api/v1/reports/operations?from=${from}&to=${to}&by=${by}`);
      let tbody = clear("operations");
      for (const [key, g] of Object.entries(ops.groups)) {
        row(tbody, [groupLabel(ops, key), g.cancelledM2, g.reducedM2, g.clearedM2, g.releasedM2,
                    g.itemsFound]);
      }
      const total = ops.total;
      row(tbody, [t("reports.total"), total.cancelledM2, total.reducedM2, total.clearedM2,
                  total.releasedM2, total.itemsFound]);
      tbody = clear("indicators");
      for (const r of await R.api("api/v1/reports/indicators")) {
        row(tbody, [r.code + " " + r.name, String(r.year), r.target, r.actual,
                    num(100 * r.achievement, 2) + " %", t("dashboard.grade." + r.grade),
                    r.budgetUsd], r.grade);
      }
      tbody = clear("donors");
      const donors = await R.api("api/v1/reports/donors?half=" + encodeURIComponent(half));
      for (const d of donors.donors) {
        row(tbody, [d.donor, d.pledgedUsd, d.committedUsd, d.disbursedUsd, d.outputsM2,
                    d.sharePercent]);
      }
      tbody = clear("nexus");
      const nexus = await R.api("api/v1/reports/nexus");
      for (const [region, years] of Object.entries(nexus.regions)) {
        for (const [year, ha] of Object.entries(years)) {
          row(tbody, [region, year, ha]);
        }
      }
      const month = from.substring(0, 7);
      $("monthly-html").href = R.url("api/v1/reports/operations/monthly?month=" + month);
      $("monthly-pdf").href = R.url("api/v1/reports/operations/monthly.pdf?month=" + month);
      status.textContent = t("reports.status", num(total.releasedM2, 2), R.date(from), R.date(to));
    } catch (e) {
      status.textContent = t("reports.error", e.message);
      status.classList.add("error");
    }
  }

  const year = new Date().getFullYear();
  $("from").value = `${year}-01-01`;
  $("to").value = `${year}-12-31`;
  $("period").addEventListener("submit", show);
  show();
})();
