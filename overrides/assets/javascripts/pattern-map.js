// Pattern map: filter by type and category, highlight a node's neighbours on hover or keyboard focus.
// The SVG is complete without this script; it only adds interaction.
(function () {
  "use strict";

  function setup(svg) {
    var form = svg.closest(".pattern-map-frame").previousElementSibling;
    var nodes = Array.prototype.slice.call(svg.querySelectorAll(".pm-node"));
    var edges = Array.prototype.slice.call(svg.querySelectorAll(".pm-edge"));
    var headings = Array.prototype.slice.call(svg.querySelectorAll(".pm-category"));
    var neighbours = {};
    edges.forEach(function (edge) {
      var a = edge.getAttribute("data-source");
      var b = edge.getAttribute("data-target");
      (neighbours[a] = neighbours[a] || []).push(b);
      (neighbours[b] = neighbours[b] || []).push(a);
    });

    function focusOn(id) {
      var near = {};
      near[id] = true;
      (neighbours[id] || []).forEach(function (other) { near[other] = true; });
      svg.classList.add("is-focused");
      nodes.forEach(function (node) {
        node.classList.toggle("is-near", !!near[node.getAttribute("data-id")]);
      });
      edges.forEach(function (edge) {
        var touches = edge.getAttribute("data-source") === id || edge.getAttribute("data-target") === id;
        edge.classList.toggle("is-near", touches);
      });
    }

    function clearFocus() {
      svg.classList.remove("is-focused");
    }

    nodes.forEach(function (node) {
      var id = node.getAttribute("data-id");
      node.addEventListener("mouseenter", function () { focusOn(id); });
      node.addEventListener("focus", function () { focusOn(id); });
      node.addEventListener("mouseleave", clearFocus);
      node.addEventListener("blur", clearFocus);
    });

    function applyFilters() {
      var types = {};
      Array.prototype.forEach.call(form.querySelectorAll('input[data-filter="type"]'), function (box) {
        types[box.value] = box.checked;
      });
      var category = form.querySelector('select[data-filter="category"]').value;
      var visible = {};
      nodes.forEach(function (node) {
        var show = types[node.getAttribute("data-type")] &&
          (!category || node.getAttribute("data-category") === category);
        visible[node.getAttribute("data-id")] = show;
        node.classList.toggle("is-hidden", !show);
      });
      edges.forEach(function (edge) {
        var show = visible[edge.getAttribute("data-source")] && visible[edge.getAttribute("data-target")];
        edge.classList.toggle("is-hidden", !show);
      });
      headings.forEach(function (heading) {
        var shown = nodes.some(function (node) {
          return visible[node.getAttribute("data-id")] &&
            node.getAttribute("data-category") === heading.getAttribute("data-category");
        });
        heading.classList.toggle("is-hidden", !shown);
      });
    }

    form.addEventListener("change", applyFilters);
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("svg.pattern-map"), setup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
