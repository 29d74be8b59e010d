// The login form (login.html): posts user name and password to /login with the CSRF token the
// server set as the XSRF-TOKEN cookie, then follows where the server sends the browser — the page
// asked for before signing in, or back here with ?error or ?locked.
"use strict";

(async function () {
  const R = await Reclaim.ready;
  const form = document.getElementById("login");
  const message = document.getElementById("login-message");

  function show(query) {
    const params = new URLSearchParams(query);
    const key = params.has("locked") ? "login.locked" : params.has("error") ? "login.error"
        : params.has("signed-out") ? "login.signedOut" : null;
    message.hidden = key == null;
    message.className = key === "login.signedOut" ? "info" : "error";
    message.textContent = key ? R.t(key) : "";
  }

  show(location.search);
  form.addEventListener("submit", async event => {
    event.preventDefault();
    const body = new URLSearchParams(new FormData(form));
    const response = await fetch(R.url("login"), {
      method: "POST", credentials: "same-origin", body,
      headers: { "X-XSRF-TOKEN": R.csrfToken() }
    });
    const landed = new URL(response.url);
    if (landed.pathname.endsWith("/login.html")) {
      show(landed.search);
      document.getElementById("password").value = "";
    } else {
      location.href = response.url;
    }
  });
  form.dataset.ready = "true";
})();
