// Search-as-you-type enterprise picker (registry/picker.py). No inline script (CSP).
(function () {
  "use strict";
  if (window.siapeksporPicker) { return; }
  window.siapeksporPicker = true;

  function fillHs(picker, products) {
    var listId = picker.getAttribute("data-fills-hs");
    if (!listId) { return; }
    var list = document.getElementById(listId);
    if (!list) { return; }
    list.textContent = "";
    products.forEach(function (p) {
      var option = document.createElement("option");
      option.value = p.dotted;
      option.textContent = p.label;
      list.appendChild(option);
    });
    var hs = document.querySelector("input[list='" + listId + "']");
    if (hs && !hs.value && products.length === 1) { hs.value = products[0].dotted; }
  }

  function setup(picker) {
    var input = picker.querySelector("[data-picker-input]");
    var value = picker.querySelector("[data-picker-value]");
    var list = picker.querySelector("[role=listbox]");
    var timer = null, results = [], active = -1, chosenLabel = input.value;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function choose(index) {
      var item = results[index];
      if (!item) { return; }
      value.value = item.id;
      input.value = chosenLabel = item.label;
      close();
      fillHs(picker, item.products);
      picker.dispatchEvent(new CustomEvent("enterprise-picked", { bubbles: true, detail: item }));
    }
    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (o, i) { o.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (options[index]) { input.setAttribute("aria-activedescendant", options[index].id); }
    }
    function render() {
      list.textContent = "";
      if (!results.length) {
        var none = document.createElement("li");
        none.className = "picker-empty";
        none.textContent = picker.getAttribute("data-empty");
        list.appendChild(none);
      }
      results.forEach(function (item, i) {
        var li = document.createElement("li");
        li.id = input.id + "-opt-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var name = document.createElement("bdi");
        name.textContent = item.name;
        var place = document.createElement("small");
        place.textContent = item.place;
        li.appendChild(name);
        li.appendChild(place);
        li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    function search() {
      var q = input.value.trim();
      if (q.length < 2 && !/^\d+$/.test(q)) { results = []; close(); return; }
      fetch(picker.getAttribute("data-url") + "?q=" + encodeURIComponent(q), {
        credentials: "same-origin", headers: { "Accept": "application/json" }
      }).then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) {
          if (input.value.trim() !== q) { return; }
          results = data.results || [];
          render();
        });
    }
    input.addEventListener("input", function () {
      if (input.value !== chosenLabel) { value.value = ""; }
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(Math.min(active + 1, results.length - 1)); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(Math.max(active - 1, 0)); }
      else if (event.key === "Enter" && active >= 0) { event.preventDefault(); choose(active); }
      else if (event.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  function init() { document.querySelectorAll(".enterprise-picker").forEach(setup); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
