// Loads the Pagefind search UI into #search. The bundle is made by `build` when Node.js is present;
// without it, the page says so and points to the indexes instead.
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box) { return; }
  var bundle = box.getAttribute("data-bundle");

  function unavailable() {
    var note = document.createElement("p");
    note.className = "search-note";
    note.textContent = box.getAttribute("data-unavailable");
    box.replaceChildren(note);
  }

  // The search field gets a real accessible name, not only a tooltip.
  function labelInput(attempt) {
    var input = box.querySelector("input[type='text'], input[type='search']");
    if (input) {
      input.setAttribute("aria-label", box.getAttribute("data-label"));
    } else if (attempt < 100) {
      window.requestAnimationFrame(function () { labelInput(attempt + 1); });
    }
  }

  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = bundle + "pagefind-ui.css";
  document.head.appendChild(style);

  var script = document.createElement("script");
  script.src = bundle + "pagefind-ui.js";
  script.onerror = unavailable;
  script.onload = function () {
    if (typeof PagefindUI !== "function") { unavailable(); return; }
    var ui = new PagefindUI({ element: "#search", bundlePath: bundle, showImages: false, showSubResults: true, resetStyles: false });
    labelInput(0);
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { ui.triggerSearch(query); }
  };
  document.head.appendChild(script);
})();
