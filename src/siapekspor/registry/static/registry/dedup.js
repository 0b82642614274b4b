/* Follows a duplicate-detection run: polls its status, moves the progress bar, and reloads
   the page (new pairs, "last run") when it has finished. */
(function () {
  "use strict";
  var box = document.getElementById("dedup-run");
  if (!box || !box.getAttribute("data-active")) { return; }
  var url = box.getAttribute("data-status-url");
  var bar = box.querySelector("progress");
  var label = box.querySelector("[data-label]");
  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        bar.value = data.percent;
        label.textContent = data.label + " — " + data.percent + " %";
        if (data.status === "queued" || data.status === "running") {
          window.setTimeout(poll, 1500);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
}());
