// Administration: accounts (/api/v1/users) and the audit log (/api/v1/audit, /verify). For the
// administrator only; other roles see the refusal. Values are set as text, never markup.
"use strict";

(async function () {
  const R = await Reclaim.ready;
  const { t, el } = R;
  const $ = id => document.getElementById(id);
  const ROLES = ["ADMIN", "ANALYST", "OPERATOR", "VICTIM_ASSISTANCE", "DONOR"];

  $("new-role").replaceChildren(...ROLES.map(r => el("option", { value: r },
      t("admin.role." + r))));

  function fail(target, e) {
    target.className = "error";
    target.textContent = e.status === 403 ? t("admin.refused") : e.message;
  }

  async function loadUsers() {
    const tbody = $("users").querySelector("tbody");
    tbody.replaceChildren();
    for (const u of await R.api("api/v1/users")) {
      const reset = el("button", { type: "button", onclick: () => resetPassword(u.username) },
          t("admin.users.reset"));
      const toggle = el("button", { type: "button", onclick: () => setEnabled(u, !u.enabled) },
          t(u.enabled ? "admin.users.disable" : "admin.users.enable"));
      const role = el("select", { class: "role", "aria-label": t("admin.users.role") },
          ROLES.map(r => el("option", { value: r, selected: r === u.role }, t("admin.role." + r))));
      role.addEventListener("change", () => setRole(u, role.value));
      tbody.append(el("tr", { "data-user": u.username }, el("td", {}, u.username),
          el("td", {}, role), el("td", {}, u.operatorId ?? "—"),
          el("td", {}, t(u.enabled ? "admin.yes" : "admin.no")), el("td", {}, R.date(u.createdAt)),
          el("td", {}, reset, " ", toggle)));
    }
  }

  async function resetPassword(name) {
    const password = window.prompt(t("admin.users.newPassword", name));
    if (!password) {
      return;
    }
    try {
      await R.api(`api/v1/users/${encodeURIComponent(name)}/password`,
          { method: "POST", body: { password } });
      $("users-result").className = "ok";
      $("users-result").textContent = t("admin.users.resetDone", name);
    } catch (e) {
      fail($("users-result"), e);
    }
  }

  /** A new role; an operator's account keeps (or is asked for) its operator. */
  async function setRole(u, role) {
    let operatorId = null;
    if (role === "OPERATOR") {
      operatorId = u.operatorId ?? Number(window.prompt(t("admin.users.operatorFor", u.username)));
    }
    try {
      await R.api(`api/v1/users/${encodeURIComponent(u.username)}`, { method: "PUT",
          headers: { "If-Match": `"${u.version}"` },
          body: { role, operatorId, enabled: u.enabled } });
      $("users-result").className = "ok";
      $("users-result").textContent = t("admin.users.roleChanged", u.username,
          t("admin.role." + role));
    } catch (e) {
      fail($("users-result"), e);
    }
    await loadUsers();
  }

  async function setEnabled(u, enabled) {
    try {
      await R.api(`api/v1/users/${encodeURIComponent(u.username)}`, { method: "PUT",
          headers: { "If-Match": `"${u.version}"` },
          body: { role: u.role, operatorId: u.operatorId, enabled } });
      await loadUsers();
    } catch (e) {
      fail($("users-result"), e);
    }
  }

  $("create").addEventListener("submit", async event => {
    event.preventDefault();
    const operator = $("new-operator").value;
    try {
      await R.api("api/v1/users", { method: "POST", body: {
        username: $("new-name").value, role: $("new-role").value,
        operatorId: operator ? Number(operator) : null, password: $("new-password").value } });
      $("users-result").className = "ok";
      $("users-result").textContent = t("admin.users.createdDone", $("new-name").value);
      $("create").reset();
      await loadUsers();
    } catch (e) {
      fail($("users-result"), e);
    }
  });

  let olderThan = null; // the cursor of the next (older) page of the audit log, if any

  /** The newest entries matching the filter, or (older) the page after the one shown. */
  async function loadAudit(event, older = false) {
    if (event) {
      event.preventDefault();
    }
    const q = new URLSearchParams({ limit: "200" });
    for (const [param, id] of [["entity", "f-entity"], ["entityId", "f-id"], ["actor", "f-actor"],
                               ["from", "f-from"], ["to", "f-to"]]) {
      if ($(id).value) {
        q.set(param, $(id).value);
      }
    }
    if (older && olderThan) {
      q.set("before", olderThan);
    }
    const tbody = $("audit").querySelector("tbody");
    if (!older) {
      tbody.replaceChildren();
    }
    try {
      const { body, response } = await R.api("api/v1/audit?" + q, { withResponse: true });
      for (const e of body) {
        tbody.append(el("tr", {}, el("td", {}, String(e.seq)), el("td", {}, R.date(e.at, true)),
            el("td", {}, e.actor), el("td", {}, e.entity), el("td", {}, e.entityId ?? "—"),
            el("td", {}, e.action), el("td", { class: "json" }, e.beforeJson ?? ""),
            el("td", { class: "json" }, e.afterJson ?? "")));
      }
      // the server names the next page (Link rel=next, before=<seq>) while there is one
      const next = /<([^>]*)>;\s*rel="next"/.exec(response.headers.get("Link") || "");
      olderThan = next ? new URL(next[1], location.href).searchParams.get("before") : null;
      $("audit-older").hidden = olderThan === null;
    } catch (e) {
      fail($("verify-result"), e);
    }
  }

  $("audit-filter").addEventListener("submit", loadAudit);
  $("audit-older").addEventListener("click", () => loadAudit(null, true));
  $("verify").addEventListener("click", async () => {
    try {
      const v = await R.api("api/v1/audit/verify");
      $("verify-result").className = v.intact ? "ok" : "error";
      $("verify-result").textContent = v.intact
          ? t("admin.audit.intact", v.sealed, v.headHash)
          : t("admin.audit.broken", v.problems.join("; "));
    } catch (e) {
      fail($("verify-result"), e);
    }
  });

  try {
    await loadUsers();
    await loadAudit();
  } catch (e) {
    fail($("users-result"), e);
  }
})();
