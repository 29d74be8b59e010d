// Reclaim's web shell, loaded first by every page:
//   <body data-page="ranking"> <header id="shell"></header> … <script src="…/app/shell.js">
//   then the page's own script, which waits for `Reclaim.ready`.
// It picks the language (?lang=, the switch's last choice, the browser's preferences, English),
// loads that language's strings from /api/v1/i18n/{lang} (resource bundles on the server:
// app/src/main/resources/i18n/<bundle>_<lang>.properties), draws the navigation and the language
// switch, and translates every element marked data-i18n / data-i18n-attr.
// Rendering rule for every page: values from the register (names from imports, notes, reasons)
// are set as text — Reclaim.el(), textContent — never as HTML.
"use strict";

(function () {
  const LANGUAGES = ["en", "uk", "ja"];
  const root = new URL("..", document.currentScript.src); // the site root, whatever the page depth
  const NAV = [
    ["map", "index.html"], ["ranking", "app/ranking.html"], ["policy", "app/policy.html"],
    ["plan", "app/plan.html"], ["dashboard", "app/dashboard.html"],
    ["reports", "app/reports.html"], ["records", "app/records.html"],
    ["whatif", "app/whatif.html"], ["people", "app/people.html"], ["admin", "app/admin.html"]
  ];
  let messages = {};

  function chooseLanguage() {
    const asked = new URLSearchParams(location.search).get("lang");
    if (LANGUAGES.includes(asked)) {
      return asked;
    }
    const chosen = localStorage.getItem("reclaim.lang");
    if (LANGUAGES.includes(chosen)) {
      return chosen;
    }
    for (const preferred of navigator.languages || [navigator.language]) {
      const primary = String(preferred).slice(0, 2).toLowerCase();
      if (LANGUAGES.includes(primary)) {
        return primary;
      }
    }
    return "en";
  }

  /** A URL relative to the site root ("api/v1/rankings" → "/api/v1/rankings"). */
  function url(path) {
    return new URL(path, root).toString();
  }

  /** The string for key in the current language, {0}, {1}… replaced by args; the key if none. */
  function t(key, ...args) {
    const text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
    return text.replace(/\{(\d+)\}/g, (whole, i) => (i < args.length ? String(args[i]) : whole));
  }

  const numberFormats = new Map();
  /** A number formatted for the locale, at most `digits` decimals (0 by default). */
  function num(value, digits = 0) {
    if (value == null || Number.isNaN(value)) {
      return "—";
    }
    if (!numberFormats.has(digits)) {
      numberFormats.set(digits, new Intl.NumberFormat(Reclaim.lang,
          { maximumFractionDigits: digits, minimumFractionDigits: 0 }));
    }
    return numberFormats.get(digits).format(value);
  }

  /** A date (ISO string or Date) formatted for the locale; with time when withTime is true. */
  function date(value, withTime = false) {
    if (value == null || value === "") {
      return "—";
    }
    const d = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(d.getTime())) {
      return String(value);
    }
    return new Intl.DateTimeFormat(Reclaim.lang, withTime
        ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" }).format(d);
  }

  /** An API error: HTTP status, the problem document (field, detail) when the server sent one. */
  class ApiError extends Error {
    constructor(status, problem, path) {
      super((problem && (problem.detail || problem.title)) || (path + ": HTTP " + status));
      this.status = status;
      this.problem = problem || {};
    }
  }

  /** The session's CSRF token: the XSRF-TOKEN cookie the server sets, echoed in a header. */
  function csrfToken() {
    const found = document.cookie.split(";").map(c => c.trim())
        .find(c => c.startsWith("XSRF-TOKEN="));
    return found ? decodeURIComponent(found.slice("XSRF-TOKEN=".length)) : "";
  }

  /** Sends the browser to the login form, to come back here after signing in. */
  function toLogin() {
    location.href = url("login.html");
  }

  /**
   * Calls the API: JSON in (options.body, an object), JSON out; text for non-JSON answers.
   * A state-changing request carries the session's CSRF token. Throws ApiError with the server's
   * problem document on failure; a 401 (the session ended) sends the browser to the login form.
   */
  async function api(path, options = {}) {
    const method = options.method || "GET";
    const init = { method, credentials: "same-origin",
                   headers: Object.assign({ Accept: "application/json" }, options.headers) };
    if (method !== "GET" && method !== "HEAD") {
      init.headers["X-XSRF-TOKEN"] = csrfToken();
    }
    if (options.body !== undefined) {
      init.body = JSON.stringify(options.body);
      init.headers["Content-Type"] = "application/json";
    }
    const response = await fetch(url(path), init);
    if (response.status === 401 && document.getElementById("shell")) {
      toLogin();
    }
    const type = response.headers.get("Content-Type") || "";
    const payload = type.includes("json") ? await response.json().catch(() => null)
        : await response.text();
    if (!response.ok) {
      throw new ApiError(response.status, typeof payload === "object" ? payload : null, path);
    }
    if (options.withResponse) {
      return { body: payload, response };
    }
    return payload;
  }

  /**
   * Creates an element. attrs: plain attributes and properties (class, id, for, aria-*, data-*,
   * value, type, …; no event handlers as strings). children: nodes or anything else, which is
   * added as text — so a name such as "<script>" is shown, never run.
   */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value == null || value === false) {
        continue;
      }
      if (name.startsWith("on")) {
        node.addEventListener(name.slice(2).toLowerCase(), value);
      } else if (name === "class") {
        node.className = value;
      } else if (name === "text") {
        node.textContent = String(value);
      } else if (name in node && typeof node[name] !== "function" && !name.includes("-")) {
        node[name] = value;
      } else {
        node.setAttribute(name, value === true ? "" : String(value));
      }
    }
    for (const child of children.flat()) {
      if (child == null) {
        continue;
      }
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Translates data-i18n (text) and data-i18n-attr ("attr=key;attr2=key2") below root. */
  function translate(rootNode = document) {
    rootNode.querySelectorAll("[data-i18n]").forEach(n => {
      n.textContent = t(n.dataset.i18n);
    });
    rootNode.querySelectorAll("[data-i18n-attr]").forEach(n => {
      for (const pair of n.dataset.i18nAttr.split(";")) {
        const [attr, key] = pair.split("=").map(s => s.trim());
        if (attr && key) {
          n.setAttribute(attr, t(key));
        }
      }
    });
  }

  function drawShell() {
    const header = document.getElementById("shell");
    if (!header) {
      return;
    }
    const page = document.body.dataset.page || "";
    const nav = el("nav", { "aria-label": t("shell.nav.label") },
        el("ul", {}, NAV.map(([id, href]) => el("li", {},
            el("a", { href: url(href), "aria-current": id === page ? "page" : null },
                t("shell.nav." + id))))));
    const select = el("select", { id: "shell-lang", "aria-label": t("shell.language") },
        LANGUAGES.map(code => el("option", { value: code, selected: code === Reclaim.lang },
            t("shell.language." + code))));
    select.addEventListener("change", () => {
      localStorage.setItem("reclaim.lang", select.value);
      const next = new URL(location.href);
      next.searchParams.delete("lang");
      location.href = next.toString();
    });
    const user = el("span", { class: "user", id: "shell-user" });
    header.replaceChildren(
        el("a", { class: "brand", href: url("index.html") }, "Reclaim"),
        nav,
        el("label", { class: "lang" }, el("span", { class: "visually-hidden" },
            t("shell.language")), select),
        user);
    api("api/v1/me").then(me => {
      const signOut = el("button", { type: "button", id: "sign-out", onclick: signOutNow },
          t("shell.signOut"));
      user.replaceChildren(el("span", { title: t("shell.role." + me.role) }, me.username), " ",
          signOut);
    }).catch(() => {});
    const title = t("shell.page." + page);
    document.title = "Reclaim — " + (title === "shell.page." + page ? page : title);
  }

  /** Ends the session (POST /logout with the CSRF token) and shows the login form. */
  async function signOutNow() {
    await fetch(url("logout"), { method: "POST", credentials: "same-origin",
                                 headers: { "X-XSRF-TOKEN": csrfToken() } }).catch(() => {});
    location.href = url("login.html?signed-out");
  }

  const Reclaim = { LANGUAGES, csrfToken, lang: chooseLanguage(), url, t, num, date, api, el, translate,
                    ApiError };
  document.documentElement.lang = Reclaim.lang;
  Reclaim.ready = fetch(url("api/v1/i18n/" + Reclaim.lang))
      .then(r => (r.ok ? r.json() : {}))
      .catch(() => ({}))
      .then(loaded => {
        messages = loaded;
        drawShell();
        translate(document);
        return Reclaim;
      });
  window.Reclaim = Reclaim;
})();
