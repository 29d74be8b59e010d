// Recording land release: one form per record (status change, completion report, QA visit, QC
// inspection, handover, land use), each posting to the API the command line also uses
// (docs/api.md, "Land release to the end"). Changes to a task, an area or a handover first read
// its current version (ETag) and send it as If-Match. A refusal shows the problem document's
// detail and marks the input the problem's `field` names. Everything from the register or the
// server is set as text (Reclaim.el, textContent), never as HTML.
"use strict";

Reclaim.ready.then(R => {
  const TASK_STATUSES = ["PLANNED", "ASSIGNED", "IN_PROGRESS", "COMPLETED", "SUSPENDED"];
  const AREA_STATUSES = ["SUSPECTED", "CONFIRMED", "TASKED", "IN_PROGRESS", "RELEASED",
                         "RESIDUAL_RISK"];
  const LAND_USES = ["AGRICULTURE", "PASTURE", "FOREST", "RESIDENTIAL", "INFRASTRUCTURE",
                     "INDUSTRIAL", "WATER", "OTHER"];
  const ITEM_TYPES = ["AP_MINE", "AT_MINE", "CLUSTER_MUNITION", "UXO_ERW", "IED"];

  /** <option>s for codes, labelled from the bundle under prefix. */
  function options(codes, prefix) {
    return codes.map(code => R.el("option", { value: code }, R.t(prefix + code)));
  }

  /** The form's named inputs as an object: numbers as numbers, empty inputs left out. */
  function values(form) {
    const v = {};
    for (const input of form.querySelectorAll("[name]")) {
      if (input.closest(".item") || input.value === "") {
        continue;
      }
      v[input.name] = input.type === "number" ? Number(input.value) : input.value;
    }
    return v;
  }

  /** The record's current version, for If-Match. */
  async function version(path) {
    const { response } = await R.api(path, { withResponse: true });
    return response.headers.get("ETag");
  }

  function pick(v, ...names) {
    const out = {};
    names.filter(n => v[n] !== undefined).forEach(n => { out[n] = v[n]; });
    return out;
  }

  function items() {
    return [...document.querySelectorAll("#items .item")].map(row => ({
      type: row.querySelector("[name=type]").value,
      depthCm: Number(row.querySelector("[name=depthCm]").value || 0),
      count: Number(row.querySelector("[name=count]").value || 0)
    }));
  }

  /** Each form: what it sends, and the message (text or nodes) it shows when stored. */
  const FORMS = {
    async transition(v) {
      const base = (v.kind === "area" ? "api/v1/hazardous-areas/" : "api/v1/tasks/") + v.id;
      const { body, response } = await R.api(base + "/transitions", {
        method: "POST", headers: { "If-Match": await version(base) },
        body: pick(v, "status", "reason"), withResponse: true });
      return R.t("records.transition.done", R.t("records.transition.kind." + v.kind), body.id,
          R.t("records.status." + body.properties.status),
          String(response.headers.get("ETag")).replaceAll("\"", ""));
    },
    async completion(v) {
      const base = "api/v1/tasks/" + v.task;
      const report = pick(v, "startedOn", "completedOn", "cancelledM2", "reducedM2", "clearedM2",
          "residualRiskM2", "clearanceDepthCm");
      report.items = items();
      const body = await R.api(base + "/completion-report", {
        method: "POST", headers: { "If-Match": await version(base) }, body: report });
      const p = body.properties;
      return R.t("records.completion.done", body.id, v.task,
          R.num(p.cancelled_m2 + p.reduced_m2 + p.cleared_m2, 2),
          report.items.reduce((n, i) => n + i.count, 0));
    },
    async qa(v) {
      const body = await R.api("api/v1/tasks/" + v.task + "/qa-visits", {
        method: "POST", body: pick(v, "visitedOn", "inspector", "notes") });
      return R.t("records.qa.done", body.id, v.task);
    },
    async qc(v) {
      const body = await R.api("api/v1/tasks/" + v.task + "/qc-inspections", {
        method: "POST",
        body: pick(v, "inspectedOn", "inspector", "nonConformingUnits", "itemsFound") });
      return R.t("records.qc.done", body.id, v.task, R.t("records.qc." + body.result),
          body.reason);
    },
    async handover(v) {
      const body = await R.api("api/v1/hazardous-areas/" + v.area + "/handover", {
        method: "POST",
        body: pick(v, "handedOverOn", "recipient", "landUseAfter", "returnedToUseOn") });
      return [R.t("records.handover.done", body.id, v.area, body.properties.certificate_no), " ",
              R.el("a", { href: R.url("api/v1/handovers/" + body.id + "/certificate"),
                          target: "_blank", rel: "noopener" },
                   R.t("records.handover.certificate"))];
    },
    async landuse(v) {
      const base = "api/v1/handovers/" + v.handover;
      const body = await R.api(base + "/land-use", {
        method: "PUT", headers: { "If-Match": await version(base) },
        body: pick(v, "landUseAfter", "returnedToUseOn") });
      const p = body.properties;
      return R.t("records.landuse.done", body.id, R.t("records.landUse." + p.land_use_after),
          R.date(p.returned_to_use_on));
    }
  };

  function showError(form, result, error) {
    const problem = (error && error.problem) || {};
    let text;
    if (error && (error.status === 401 || error.status === 403)) {
      text = R.t("records.error.signin");
    } else if (problem.field) {
      text = R.t("records.error.field", problem.field, problem.detail || error.message);
    } else if (problem.detail || (error && error.message)) {
      text = R.t("records.error", problem.detail || error.message);
    } else {
      text = R.t("records.error.http", error && error.status);
    }
    result.className = "result error";
    result.textContent = text;
    const input = problem.field && form.querySelector("[name=\"" + CSS.escape(problem.field) + "\"]");
    if (input) {
      input.setAttribute("aria-invalid", "true");
      input.focus();
    }
  }

  for (const [id, send] of Object.entries(FORMS)) {
    const form = document.getElementById(id);
    const result = form.querySelector(".result");
    form.addEventListener("submit", async event => {
      event.preventDefault();
      form.querySelectorAll("[aria-invalid]").forEach(n => n.removeAttribute("aria-invalid"));
      const missing = [...form.querySelectorAll("[required]")].find(n => n.value === "");
      if (missing) {
        missing.setAttribute("aria-invalid", "true");
        missing.focus();
        return;
      }
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      result.className = "result";
      result.textContent = R.t("records.sending");
      try {
        const message = await send(values(form));
        result.className = "result ok";
        result.replaceChildren(...[message].flat());
      } catch (error) {
        showError(form, result, error);
      } finally {
        button.disabled = false;
      }
    });
  }

  // Status choices follow the kind of record; land uses and item types from the bundle.
  const transition = document.getElementById("transition");
  function statuses() {
    const kind = transition.elements.kind.value;
    transition.elements.status.replaceChildren(
        ...options(kind === "area" ? AREA_STATUSES : TASK_STATUSES, "records.status."));
  }
  transition.elements.kind.addEventListener("change", statuses);
  statuses();
  document.querySelectorAll("select[data-land-use]").forEach(select => {
    const keep = select.dataset.landUse === "keep"
        ? [R.el("option", { value: "" }, R.t("records.handover.keep"))] : [];
    select.replaceChildren(...keep, ...options(LAND_USES, "records.landUse."));
  });

  document.getElementById("add-item").addEventListener("click", () => {
    const row = R.el("div", { class: "item" },
        R.el("select", { name: "type", "aria-label": R.t("records.completion.item.type") },
            options(ITEM_TYPES, "records.item.")),
        R.el("input", { name: "depthCm", type: "number", min: 0, step: 1, size: 4,
                        "aria-label": R.t("records.completion.item.depthCm"),
                        placeholder: R.t("records.completion.item.depthCm") }),
        R.el("input", { name: "count", type: "number", min: 1, step: 1, size: 4, value: 1,
                        "aria-label": R.t("records.completion.item.count") }));
    row.append(R.el("button", { type: "button", onclick: () => row.remove() },
        R.t("records.completion.item.remove")));
    document.getElementById("add-item").before(row);
  });

  // The QC sample for the land the task released (ISO 2859-1, IMAS 09.20).
  document.getElementById("qc-plan").addEventListener("click", async () => {
    const form = document.getElementById("qc");
    const out = document.getElementById("qc-plan-text");
    const task = form.elements.task.value;
    if (task === "") {
      form.elements.task.setAttribute("aria-invalid", "true");
      form.elements.task.focus();
      return;
    }
    try {
      const p = await R.api("api/v1/tasks/" + encodeURIComponent(task) + "/qc-sampling-plan");
      out.className = "";
      out.textContent = R.t("records.qc.planText", R.num(p.lotSize), R.num(p.sampleSize),
          p.acceptanceNumber, p.rejectionNumber);
    } catch (error) {
      out.className = "error";
      out.textContent = R.t("records.error", (error.problem && error.problem.detail)
          || error.message);
    }
  });
});
