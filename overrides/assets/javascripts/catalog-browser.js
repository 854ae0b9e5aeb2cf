// Catalog browser: facet filters (type, category, tool) and a text filter over names and aliases in both
// languages. Spacing and case are ignored, matching how the rows' data-key was written at build time.
(function () {
  "use strict";

  function normalise(text) {
    return text.toLowerCase().replace(/\s+/g, "");
  }

  function setup(table) {
    var form = table.previousElementSibling;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var count = form.querySelector(".catalog-browser-count span");
    var empty = table.nextElementSibling;
    var text = form.querySelector('[data-filter="text"]');
    var type = form.querySelector('[data-filter="type"]');
    var category = form.querySelector('[data-filter="category"]');
    var tool = form.querySelector('[data-filter="tool"]');

    function apply() {
      var needle = normalise(text.value);
      var shown = 0;
      Array.prototype.forEach.call(category.options, function (option) {
        option.hidden = !!option.value && !!type.value && option.getAttribute("data-type") !== type.value;
      });
      rows.forEach(function (row) {
        var match = (!needle || row.getAttribute("data-key").indexOf(needle) !== -1) &&
          (!type.value || row.getAttribute("data-type") === type.value) &&
          (!category.value || row.getAttribute("data-category") === category.value) &&
          (!tool.value || row.getAttribute("data-tools").split("|").indexOf(tool.value) !== -1);
        row.hidden = !match;
        if (match) { shown += 1; }
      });
      count.textContent = String(shown);
      empty.hidden = shown !== 0;
    }

    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    apply();
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("table.catalog-browser"), setup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
