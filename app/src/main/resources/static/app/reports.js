// Land release reports: fetches /api/v1/reports/* and fills the tables. Every value goes in as
// text (textContent), never as markup.
"use strict";

const fmt = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

async function get(path) {
  const response = await fetch(path, { credentials: "same-origin" });
  if (!response.ok) {
    throw new Error(path + ": HTTP " + response.status);
  }
  return response.json();
}

function row(tbody, cells, rowClass) {
  const tr = document.createElement("tr");
  if (rowClass) {
    tr.className = rowClass;
  }
  cells.forEach((value, i) => {
    const td = document.createElement("td");
    td.textContent = typeof value === "number" ? fmt.format(value) : String(value);
    if (i > 0 && typeof value === "number") {
      td.className = "n";
    }
    tr.appendChild(td);
  });
  tbody.appendChild(tr);
}

function clear(id) {
  const tbody = document.querySelector("#" + id + " tbody");
  tbody.replaceChildren();
  return tbody;
}

async function show(event) {
  if (event) {
    event.preventDefault();
  }
  const from = document.getElementById("from").value;
  const to = document.getElementById("to").value;
  const by = document.getElementById("by").value;
  const half = document.getElementById("half").value || from.substring(0, 4) + "-H1";
  const status = document.getElementById("status");
  status.textContent = "Loading…";
  try {
    const ops = await get(`../api/v1/reports/operations?from=${from}&to=${to}&by=${by}`);
    let tbody = clear("operations");
    for (const [key, t] of Object.entries(ops.groups)) {
      row(tbody, [key, t.cancelledM2, t.reducedM2, t.clearedM2, t.releasedM2, t.itemsFound]);
    }
    const t = ops.total;
    row(tbody, ["total", t.cancelledM2, t.reducedM2, t.clearedM2, t.releasedM2, t.itemsFound]);
    tbody = clear("indicators");
    for (const r of await get("../api/v1/reports/indicators")) {
      row(tbody, [r.code + " " + r.name, String(r.year), r.target, r.actual,
        fmt.format(100 * r.achievement) + " %", r.grade, r.budgetUsd], r.grade);
    }
    tbody = clear("donors");
    for (const d of (await get("../api/v1/reports/donors?half=" + encodeURIComponent(half))).donors) {
      row(tbody, [d.donor, d.pledgedUsd, d.committedUsd, d.disbursedUsd, d.outputsM2, d.sharePercent]);
    }
    tbody = clear("nexus");
    const nexus = await get("../api/v1/reports/nexus");
    for (const [region, years] of Object.entries(nexus.regions)) {
      for (const [year, ha] of Object.entries(years)) {
        row(tbody, [region, year, ha]);
      }
    }
    const month = from.substring(0, 7);
    document.getElementById("monthly-html").href =
      "../api/v1/reports/operations/monthly?month=" + month;
    document.getElementById("monthly-pdf").href =
      "../api/v1/reports/operations/monthly.pdf?month=" + month;
    status.textContent = `${fmt.format(t.releasedM2)} m² released from ${from} to ${to}`;
  } catch (e) {
    status.textContent = "Could not load the reports: " + e.message;
  }
}

const year = new Date().getFullYear();
document.getElementById("from").value = `${year}-01-01`;
document.getElementById("to").value = `${year}-12-31`;
document.getElementById("period").addEventListener("submit", show);
show();
