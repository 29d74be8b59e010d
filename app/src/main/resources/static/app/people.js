// The people page: personnel and training (IMAS 06.10), team readiness, EORE (IMAS 12.10) and its
// coverage of exposed settlements, casualties and victim assistance (IMAS 13.10). Each section
// fills from its /api/v1/reports/people/* endpoint; a section the signed-in role may not read
// says so. Counts are disaggregated by sex and SADDD age group; a count suppressed for this reader
// (fewer than 5 people) shows as "<5". Values from the register are set as text, never markup.
"use strict";

(async function () {
  const R = await Reclaim.ready;
  const { t, num, el } = R;
  const $ = id => document.getElementById(id);
  const AGES = ["0_4", "5_11", "12_17", "18_59", "60_plus"];

  /** Marks a section as not for this role (403), or shows the error. */
  function refuse(sectionId, error) {
    const section = $(sectionId);
    const note = el("p", { class: "refused" },
        error.status === 403 || error.status === 401 ? t("people.refused") : error.message);
    section.querySelectorAll("table, .scroll, form, .personal").forEach(n => { n.hidden = true; });
    section.append(note);
  }

  function header(table) {
    const thead = table.querySelector("thead");
    const top = el("tr", {}, el("th", { rowspan: 2 }, t("people.group")),
        el("th", { colspan: 6, class: "n" }, t("people.female")),
        el("th", { colspan: 6, class: "n" }, t("people.male")),
        el("th", { rowspan: 2, class: "n" }, t("people.sexUnknown")),
        el("th", { rowspan: 2, class: "n" }, t("people.total")),
        el("th", { rowspan: 2, class: "n" }, t("people.disability")),
        el("th", { rowspan: 2, class: "n" }, t("people.veterans")));
    const ages = [...AGES.map(a => t("people.age." + a)), t("people.age.unknown")];
    const second = el("tr", {}, [...ages, ...ages].map(a => el("th", { class: "n" }, a)));
    thead.replaceChildren(top, second);
  }

  /** Fills a disaggregated table from a report {title, table{columns, rows}, suppressed}. */
  function counts(tableId, report, label) {
    const table = $(tableId);
    header(table);
    const tbody = table.querySelector("tbody");
    tbody.replaceChildren();
    for (const row of report.table.rows) {
      const isTotal = row.label === "total";
      tbody.append(el("tr", { class: isTotal ? "total" : null },
          el("td", {}, isTotal ? t("people.total") : label(row.label)),
          row.cells.map(c => c === null
              ? el("td", { class: "n suppressed", title: t("people.suppressedTitle") }, "<5")
              : el("td", { class: "n" }, num(c)))));
    }
    if (report.suppressed) {
      table.parentElement.after(el("p", { class: "note" }, t("people.suppressedNote")));
    }
  }

  /** "2025 · FACE_TO_FACE" → "2025 · Face to face", words looked up where known. */
  function words(label) {
    return label.split(" · ").map(part => {
      const key = "people.word." + part;
      const text = t(key);
      return text === key ? part : text;
    }).join(" · ");
  }

  async function section(id, load) {
    try {
      await load();
    } catch (e) {
      refuse(id, e);
    }
  }

  // Personal data: victim assistance and the administrator only; every read is audited. The form
  // works at once, before the report sections below have loaded.
  const result = $("personal-result");
  $("purpose").value = t("people.personal.defaultPurpose");
  $("personal-form").addEventListener("submit", async event => {
    event.preventDefault();
    result.textContent = "";
    const id = $("casualty-id").value;
    try {
      const p = await R.api(`api/v1/casualties/${encodeURIComponent(id)}/personal?purpose=`
          + encodeURIComponent($("purpose").value));
      const dl = $("personal-data");
      const d = p.personal;
      const rows = [["people.personal.sex", words(p.sex)], ["people.personal.ageGroup", p.ageGroup],
                    ["people.personal.outcome", words(p.outcome)]];
      if (d) {
        rows.push(["people.personal.name", d.name], ["people.personal.age", d.ageYears ?? "—"],
                  ["people.personal.contact", d.contact ?? "—"],
                  ["people.personal.injuries", d.injuries ?? "—"]);
      } else {
        rows.push(["people.personal.name", t("people.personal.none")]);
      }
      dl.replaceChildren(...rows.flatMap(([k, v]) => [el("dt", {}, t(k)), el("dd", {}, v)]));
      $("personal").hidden = false;
    } catch (e) {
      $("personal").hidden = true;
      result.textContent = e.status === 403 ? t("people.refused") : e.message;
    }
  });
  $("erase-form").addEventListener("submit", async event => {
    event.preventDefault();
    const id = $("casualty-id").value;
    if (!window.confirm(t("people.personal.confirm"))) {
      return;
    }
    try {
      await R.api(`api/v1/casualties/${encodeURIComponent(id)}/personal?reason=`
          + encodeURIComponent($("erase-reason").value), { method: "DELETE" });
      $("personal").hidden = true;
      result.textContent = t("people.personal.erased", id);
    } catch (e) {
      result.textContent = e.message;
    }
  });

  await Promise.all([
    section("personnel-section", async () => counts("personnel",
        await R.api("api/v1/reports/people/personnel"), words)),
    section("training-section", async () => counts("training",
        await R.api("api/v1/reports/people/training"), String)),
    section("eore-section", async () => counts("eore",
        await R.api("api/v1/reports/people/eore"), words)),
    section("casualties-section", async () => counts("casualties",
        await R.api("api/v1/reports/people/casualties"), words)),
    section("readiness-section", async () => {
      const tbody = $("readiness").querySelector("tbody");
      for (const r of await R.api("api/v1/reports/people/team-readiness")) {
        if (r.status === "NOT_ON_RECORD") {
          continue;
        }
        tbody.append(el("tr", { class: r.status === "NOT_READY" ? "refused-team" : null },
            el("td", {}, String(r.teamId)), el("td", {}, t("people.readiness." + r.status)),
            el("td", {}, R.date(r.readyUntil)), el("td", {}, r.reason)));
      }
    }),
    section("expiring-section", async () => {
      const tbody = $("expiring").querySelector("tbody");
      for (const q of await R.api("api/v1/reports/people/expiring-qualifications?days=90")) {
        tbody.append(el("tr", {}, el("td", {}, q.name), el("td", {}, words(q.role)),
            el("td", {}, words(q.qualification)), el("td", {}, R.date(q.validUntil)),
            el("td", { class: "n" }, num(q.daysLeft))));
      }
    }),
    section("coverage-section", async () => {
      const fc = await R.api("api/v1/reports/people/eore-coverage?unreachedOnly=true");
      $("coverage-summary").textContent = t("people.coverage.summary", num(fc.exposed),
          num(fc.unreached));
      const tbody = $("coverage").querySelector("tbody");
      for (const f of fc.features.slice(0, 50)) {
        const p = f.properties;
        tbody.append(el("tr", {}, el("td", {}, p.name), el("td", { class: "n" }, num(p.population)),
            el("td", { class: "n" }, num(p.nearestHazardM)),
            el("td", {}, p.lastSessionOn ? R.date(p.lastSessionOn) : t("people.coverage.never"))));
      }
    }),
    section("referrals-section", async () => {
      const tbody = $("referrals").querySelector("tbody");
      for (const r of await R.api("api/v1/reports/people/open-referrals?days=30")) {
        tbody.append(el("tr", {}, el("td", {}, String(r.casualtyId)),
            el("td", {}, words(r.service)), el("td", {}, r.provider),
            el("td", {}, words(r.status)), el("td", {}, R.date(r.referredOn)),
            el("td", { class: "n" }, num(r.daysOpen))));
      }
    })
  ]);
})();
