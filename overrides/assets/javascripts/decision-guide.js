// Decision guides: one question at a time, the reader's place kept in the URL fragment.
//
// Every step is already in the page as a hidden <section data-node> (rendered at build time); this script only
// shows one of them. The fragment lists the questions passed and the answer chosen at each, "#q1/a2/q3/a1", so
// a link reopens the same step, the browser's back button steps back, and the language switcher keeps the place.
// A fragment that does not describe a valid path is read up to its last valid step (and left alone when it does
// not start with the first question, since it may be an ordinary anchor). No request leaves the page.
(function () {
  "use strict";

  function setup(root) {
    var start = root.getAttribute("data-start");
    var steps = {};
    Array.prototype.forEach.call(root.querySelectorAll(".dg-step"), function (section) {
      steps[section.getAttribute("data-node")] = section;
    });
    var nav = root.querySelector(".dg-trail");
    var trail = nav.querySelector("ol");
    var back = root.querySelector('[data-action="back"]');
    var restart = root.querySelector('[data-action="restart"]');
    var shown = null;

    // The path as [{node, answer, label}], read from a fragment such as "#q1/a2/q3/a1".
    function parse(hash) {
      var parts = hash.replace(/^#/, "").split("/").filter(function (part) { return part; });
      var path = [];
      var node = start;
      for (var i = 0; i + 1 < parts.length; i += 2) {
        var match = /^a(\d+)$/.exec(parts[i + 1]);
        var section = steps[node];
        if (parts[i] !== node || !match || !section || section.getAttribute("data-kind") !== "question") break;
        var button = section.querySelector('.dg-answer[data-answer="' + match[1] + '"]');
        if (!button) break;
        path.push({ node: node, answer: Number(match[1]), label: button.textContent });
        node = button.getAttribute("data-next");
      }
      return { path: path, node: node, ours: parts.length === 0 || parts[0] === start, complete: path.length * 2 === parts.length };
    }

    function encode(path) {
      return path.map(function (step) { return step.node + "/a" + step.answer; }).join("/");
    }

    function urlFor(path) {
      var hash = encode(path);
      return hash ? "#" + hash : location.pathname + location.search;
    }

    function render(state, moveFocus) {
      var key = encode(state.path);
      if (key === shown) return;
      shown = key;
      Object.keys(steps).forEach(function (id) { steps[id].hidden = id !== state.node; });
      drawTrail(state.path);
      back.disabled = state.path.length === 0;
      restart.disabled = state.path.length === 0;
      carryToOtherLanguages(key);
      if (moveFocus) {
        var heading = steps[state.node].querySelector(".dg-step-title");
        if (heading) heading.focus();
      }
    }

    // One entry per answer given; choosing an entry goes back to that question to change the answer.
    function drawTrail(path) {
      trail.textContent = "";
      nav.hidden = path.length === 0;
      path.forEach(function (step, depth) {
        var item = document.createElement("li");
        var button = document.createElement("button");
        var name = document.createElement("span");
        button.type = "button";
        button.title = nav.getAttribute("data-revisit");
        name.className = "dg-trail-name";
        name.textContent = steps[step.node].getAttribute("data-name");
        button.appendChild(name);
        button.appendChild(document.createTextNode(" " + step.label));
        button.addEventListener("click", function () { go(path.slice(0, depth)); });
        item.appendChild(button);
        trail.appendChild(item);
      });
    }

    // Each history entry remembers the state it came from, so "Back" can be the browser's own back step.
    function go(path) {
      var from = encode(parse(location.hash).path);
      history.pushState({ decisionGuide: encode(path), from: from }, "", urlFor(path));
      render(parse(location.hash), true);
    }

    function carryToOtherLanguages(key) {
      Array.prototype.forEach.call(document.querySelectorAll("a.md-select__link[hreflang]"), function (link) {
        if (!link.hasAttribute("data-dg-href")) link.setAttribute("data-dg-href", link.getAttribute("href"));
        link.setAttribute("href", link.getAttribute("data-dg-href").split("#")[0] + (key ? "#" + key : ""));
      });
    }

    root.addEventListener("click", function (event) {
      var answer = event.target.closest(".dg-answer");
      if (!answer || !root.contains(answer)) return;
      var state = parse(location.hash);
      var node = answer.closest(".dg-step").getAttribute("data-node");
      if (node !== state.node) return;
      go(state.path.concat([{ node: node, answer: Number(answer.getAttribute("data-answer")), label: answer.textContent }]));
    });

    back.addEventListener("click", function () {
      var state = parse(location.hash);
      if (!state.path.length) return;
      var parent = state.path.slice(0, -1);
      if (history.state && history.state.from === encode(parent) && history.state.decisionGuide === encode(state.path)) {
        history.back();
      } else {
        go(parent);
      }
    });

    restart.addEventListener("click", function () { go([]); });

    function onNavigation() {
      var state = parse(location.hash);
      if (state.ours) render(state, true);
    }
    window.addEventListener("popstate", onNavigation);
    window.addEventListener("hashchange", onNavigation);

    var initial = parse(location.hash);
    if (initial.ours && !initial.complete) {
      history.replaceState(history.state, "", urlFor(initial.path));
    }
    render(initial.ours ? initial : parse(""), false);
    root.hidden = false;
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".decision-guide"), setup);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
