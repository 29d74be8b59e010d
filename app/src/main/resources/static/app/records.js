// Recording land release: one form per record (status change, completion report, QA visit, QC
// inspection, handover, land use), each described once in FORMS below — its fields (drawn with
// labels from the records bundle, key records.<form>.<field>) and the request it sends to the API
// the command line also uses (docs/api.md, "Land release to the end"). Changes to a task, an area or a handover first read
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

  const STATUSES = { task: TASK_STATUSES, area: AREA_STATUSES };

  /**
   * A field: [name, kind, required, default]. Kinds: id (positive whole number), date, m2
   * (m², decimals), count (whole number ≥ 0), text, notes, kind (task or area), status (of the
   * chosen kind), landUse (landUseOrKeep: "as before" allowed).
   */
  function input([name, kind, required, value]) {
    const attrs = { name, required, value,
                    placeholder: required || value !== undefined ? null : R.t("records.optional") };
    const number = { id: [1, 1], m2: [0, "any"], count: [0, 1] }[kind];
    if (number) {
      return R.el("input", Object.assign(attrs, { type: "number", min: number[0],
                                                  step: number[1] }));
    }
    if (kind === "date") {
      return R.el("input", Object.assign(attrs, { type: "date" }));
    }
    if (kind === "notes") {
      return R.el("textarea", Object.assign(attrs, { rows: 2 }));
    }
    const select = { name, required };
    if (kind === "kind") {
      return R.el("select", select, ["task", "area"].map(k =>
          R.el("option", { value: k }, R.t("records.transition.kind." + k))));
    }
    if (kind === "status") {
      return R.el("select", select);
    }
    if (kind === "landUse" || kind === "landUseOrKeep") {
      const keep = kind === "landUseOrKeep"
          ? [R.el("option", { value: "" }, R.t("records.handover.keep"))] : [];
      return R.el("select", select, keep, options(LAND_USES, "records.landUse."));
    }
    return R.el("input", attrs);
  }

  /**
   * Each form: its fields, an extra part (placed after field number extraAt, else last), what it
   * sends, and the message shown once stored.
   */
  const FORMS = {
    transition: {
      fields: [["kind", "kind"], ["id", "id", true], ["status", "status", true],
               ["reason", "text"]],
      async send(v) {
        const base = (v.kind === "area" ? "api/v1/hazardous-areas/" : "api/v1/tasks/") + v.id;
        const { body, response } = await R.api(base + "/transitions", {
          method: "POST", headers: { "If-Match": await version(base) },
          body: pick(v, "status", "reason"), withResponse: true });
        return R.t("records.transition.done", R.t("records.transition.kind." + v.kind), body.id,
            R.t("records.status." + body.properties.status),
            String(response.headers.get("ETag")).replaceAll("\"", ""));
      }
    },
    completion: {
      fields: [["task", "id", true], ["startedOn", "date", true], ["completedOn", "date", true],
               ["cancelledM2", "m2", false, 0], ["reducedM2", "m2", false, 0],
               ["clearedM2", "m2", false, 0], ["residualRiskM2", "m2"],
               ["clearanceDepthCm", "count"]],
      extra: itemsFieldset,
      async send(v) {
        const base = "api/v1/tasks/" + v.task;
        const report = pick(v, "startedOn", "completedOn", "cancelledM2", "reducedM2",
            "clearedM2", "residualRiskM2", "clearanceDepthCm");
        report.items = items();
        const body = await R.api(base + "/completion-report", {
          method: "POST", headers: { "If-Match": await version(base) }, body: report });
        const p = body.properties;
        return R.t("records.completion.done", body.id, v.task,
            R.num(p.cancelled_m2 + p.reduced_m2 + p.cleared_m2, 2),
            report.items.reduce((n, i) => n + i.count, 0));
      }
    },
    qa: {
      fields: [["task", "id", true], ["visitedOn", "date", true], ["inspector", "text", true],
               ["notes", "notes"]],
      async send(v) {
        const body = await R.api("api/v1/tasks/" + v.task + "/qa-visits", {
          method: "POST", body: pick(v, "visitedOn", "inspector", "notes") });
        return R.t("records.qa.done", body.id, v.task);
      }
    },
    qc: {
      fields: [["task", "id", true], ["inspectedOn", "date", true], ["inspector", "text", true],
               ["nonConformingUnits", "count", false, 0], ["itemsFound", "count", false, 0]],
      extra: samplingPlan,
      extraAt: 1,
      async send(v) {
        const body = await R.api("api/v1/tasks/" + v.task + "/qc-inspections", {
          method: "POST",
          body: pick(v, "inspectedOn", "inspector", "nonConformingUnits", "itemsFound") });
        return R.t("records.qc.done", body.id, v.task, R.t("records.qc." + body.result),
            body.reason);
      }
    },
    handover: {
      fields: [["area", "id", true], ["handedOverOn", "date", true],
               ["recipient", "text", true], ["landUseAfter", "landUseOrKeep"],
               ["returnedToUseOn", "date"]],
      async send(v) {
        const body = await R.api("api/v1/hazardous-areas/" + v.area + "/handover", {
          method: "POST",
          body: pick(v, "handedOverOn", "recipient", "landUseAfter", "returnedToUseOn") });
        return [R.t("records.handover.done", body.id, v.area, body.properties.certificate_no),
                " ", R.el("a", { href: R.url("api/v1/handovers/" + body.id + "/certificate"),
                                 target: "_blank", rel: "noopener" },
                          R.t("records.handover.certificate"))];
      }
    },
    landuse: {
      fields: [["handover", "id", true], ["landUseAfter", "landUse", true],
               ["returnedToUseOn", "date"]],
      async send(v) {
        const base = "api/v1/handovers/" + v.handover;
        const body = await R.api(base + "/land-use", {
          method: "PUT", headers: { "If-Match": await version(base) },
          body: pick(v, "landUseAfter", "returnedToUseOn") });
        const p = body.properties;
        return R.t("records.landuse.done", body.id, R.t("records.landUse." + p.land_use_after),
            R.date(p.returned_to_use_on));
      }
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

  for (const [id, spec] of Object.entries(FORMS)) {
    const form = document.getElementById(id);
    const result = R.el("p", { class: "result", role: "status", "aria-live": "polite" });
    const parts = spec.fields.map(field => R.el("label", {},
        R.el("span", {}, R.t("records." + id + "." + field[0])), input(field)));
    if (spec.extra) {
      parts.splice(spec.extraAt ?? parts.length, 0, spec.extra(form));
    }
    form.replaceChildren(R.el("h2", {}, R.t("records." + id + ".title")), ...parts,
        R.el("button", { type: "submit" }, R.t("records.send")), result);
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
        const message = await spec.send(values(form));
        result.className = "result ok";
        result.replaceChildren(...[message].flat());
      } catch (error) {
        showError(form, result, error);
      } finally {
        button.disabled = false;
      }
    });
  }

  // Status choices follow the kind of record.
  const transition = document.getElementById("transition");
  function statuses() {
    transition.elements.status.replaceChildren(
        ...options(STATUSES[transition.elements.kind.value], "records.status."));
  }
  transition.elements.kind.addEventListener("change", statuses);
  statuses();

  /** The completion report's items found, a row per type and depth. */
  function itemsFieldset() {
    const add = R.el("button", { type: "button", id: "add-item" },
        R.t("records.completion.item.add"));
    add.addEventListener("click", () => {
      const row = R.el("div", { class: "item" },
          R.el("select", { name: "type", "aria-label": R.t("records.completion.item.type") },
              options(ITEM_TYPES, "records.item.")),
          R.el("input", { name: "depthCm", type: "number", min: 0, step: 1,
                          "aria-label": R.t("records.completion.item.depthCm"),
                          placeholder: R.t("records.completion.item.depthCm") }),
          R.el("input", { name: "count", type: "number", min: 1, step: 1, value: 1,
                          "aria-label": R.t("records.completion.item.count") }));
      row.append(R.el("button", { type: "button", onclick: () => row.remove() },
          R.t("records.completion.item.remove")));
      add.before(row);
    });
    return R.el("fieldset", { id: "items" },
        R.el("legend", {}, R.t("records.completion.items")), add);
  }

  /** The QC sample for the land the task released (ISO 2859-1, IMAS 09.20), on request. */
  function samplingPlan(form) {
    const out = R.el("span", { id: "qc-plan-text", "aria-live": "polite" });
    const show = R.el("button", { type: "button", id: "qc-plan" }, R.t("records.qc.plan"));
    show.addEventListener("click", async () => {
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
    return R.el("p", {}, show, " ", out);
  }
});
