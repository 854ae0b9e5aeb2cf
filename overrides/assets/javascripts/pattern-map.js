// Pattern map, view: zoom and pan, search, focus mode with its panel, filters, and the state in the URL hash.
// The SVG is complete without this script (every box links to its page); the pure logic is in
// pattern-map-model.js.
import {
  buildGraph,
  decodeHash,
  edgeInNeighbourhood,
  encodeHash,
  initialView,
  neighbourhood,
  relationsByKind,
  search,
  viewBox,
  visibleNodes,
  zoomAt,
} from "./pattern-map-model.js";

const KIND_ORDER = [
  "part-of", "has-part", "uses", "used-by", "complements", "alternative-to", "addresses", "addressed-by", "comparison",
];
const PHONE = 600;

function setup(root) {
  const data = JSON.parse(root.querySelector("script.pattern-map-data").textContent);
  const graph = buildGraph(data);
  const form = root.querySelector(".pattern-map-controls");
  const frame = root.querySelector(".pattern-map-frame");
  const svg = frame.querySelector("svg.pattern-map");
  const panel = root.querySelector(".pattern-map-panel");
  const input = form.querySelector("#pm-search-input");
  const results = form.querySelector("#pm-search-results");
  const width = Number(svg.dataset.width);
  const height = Number(svg.dataset.height);
  const nodeEls = new Map([...svg.querySelectorAll(".pm-node")].map((el) => [el.dataset.id, el]));
  const edgeEls = [...svg.querySelectorAll(".pm-edges .pm-edge")];
  const headingEls = [...svg.querySelectorAll(".pm-category, .pm-type, .pm-band")];
  const languageLinks = [...document.querySelectorAll("a.md-select__link[hreflang]")].map((a) => ({
    a, base: a.getAttribute("href").split("#")[0],
  }));

  let state = decodeHash(location.hash, graph);
  let view = null;
  let printing = false;
  form.hidden = false;
  // filters stay folded on a phone, so the map starts right under the search box
  form.querySelector(".pm-options").open = frame.clientWidth >= PHONE;
  frame.classList.add("is-interactive");
  svg.setAttribute("width", "100%");
  svg.setAttribute("height", "100%");

  function frameSize() {
    return [frame.clientWidth || 1, frame.clientHeight || 1];
  }

  function defaultView() {
    const [fw, fh] = frameSize();
    return initialView(width, height, fw, fh, fw < PHONE ? 1 : 0.6);
  }

  function applyView() {
    if (printing) {
      svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
      return;
    }
    const [fw, fh] = frameSize();
    svg.setAttribute("viewBox", viewBox(view, fw, fh).map((v) => v.toFixed(1)).join(" "));
  }

  function setView(next, remember = true) {
    view = next;
    if (remember) state.view = next;
    applyView();
    saveHash();
  }

  // The hash belongs to the map: its page has no second-level heading, so Material's navigation.tracking (which
  // writes the heading in view into the hash) leaves it alone.
  function saveHash() {
    const hash = encodeHash(state);
    history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
    for (const { a, base } of languageLinks) a.setAttribute("href", hash ? `${base}#${hash}` : base);
  }

  // -- filters and focus ------------------------------------------------------------------------

  function render() {
    const shown = visibleNodes(graph, state);
    for (const [id, el] of nodeEls) el.classList.toggle("is-hidden", !shown.has(id));
    const distance = state.focus ? neighbourhood(graph, state.focus, state.hops, state.hiddenKinds) : null;
    edgeEls.forEach((el) => {
      const { source, target, kind } = el.dataset;
      el.classList.toggle("is-hidden", state.hiddenKinds.has(kind) || !shown.has(source) || !shown.has(target));
      el.classList.toggle("is-near", !!distance && edgeInNeighbourhood(distance, state.hops, source, target));
    });
    for (const el of headingEls) {
      const { category, type } = el.dataset;
      const any = [...shown].some((id) => {
        const node = graph.nodes.get(id);
        return category ? node.category === category : node.type === type;
      });
      el.classList.toggle("is-hidden", !any);
    }
    svg.classList.toggle("is-focused", !!distance);
    for (const [id, el] of nodeEls) {
      el.classList.toggle("is-near", !!distance && distance.has(id));
      el.classList.toggle("is-focus", id === state.focus);
    }
    renderPanel();
    saveHash();
  }

  function renderPanel() {
    panel.replaceChildren();
    const node = state.focus && graph.nodes.get(state.focus);
    panel.hidden = !node;
    if (!node) return;
    const heading = element("h2", { tabindex: "-1", id: "pm-panel-title" }, node.name);
    const meta = element("p", { class: "pm-panel-meta" }, `${data.types[node.type]} · ${data.categories[node.category]}`);
    const summary = element("p", {}, node.summary);
    const open = element("a", { href: node.href, class: "md-button md-button--primary pm-open" }, data.words.open_page);
    const close = element("button", { type: "button", class: "md-button pm-close" }, data.words.close);
    close.addEventListener("click", () => {
      const was = state.focus;
      focusOn(null);
      const el = nodeEls.get(was);
      if (el) el.focus();
    });
    panel.setAttribute("aria-labelledby", "pm-panel-title");
    panel.append(heading, meta, summary, element("p", { class: "pm-panel-actions" }, open, close));
    const groups = relationsByKind(graph, node.id, KIND_ORDER, state.hiddenKinds);
    if (!groups.length) panel.append(element("p", {}, data.words.no_relations));
    for (const { kind, ids } of groups) {
      const list = element("ul", { class: "pm-panel-list" });
      for (const id of ids) {
        const other = graph.nodes.get(id);
        const button = element("button", { type: "button", class: "pm-panel-focus", "data-focus": id }, other.name);
        button.setAttribute("aria-label", `${other.name} — ${data.words.focus_on}`);
        button.addEventListener("click", () => focusOn(id, { centre: true, moveFocus: true }));
        const link = element("a", { href: other.href, class: "pm-panel-page", "aria-label": `${other.name} — ${data.words.open_page}` }, "↗");
        list.append(element("li", {}, button, link));
      }
      panel.append(element("h3", {}, data.kinds[kind] || kind), list);
    }
  }

  function focusOn(id, { centre = false, moveFocus = false } = {}) {
    state.focus = id;
    render();
    if (id) {
      // the panel may have narrowed the frame: keep the focused box in sight, centred when asked
      applyView();
      const box = boxOf(id);
      const [fw, fh] = frameSize();
      const [left, top, w, h] = viewBox(view, fw, fh);
      const outside = box.x < left || box.y < top || box.x + box.w > left + w || box.y + box.h > top + h;
      if (centre || outside) {
        setView({ k: centre ? Math.max(view.k, fw < PHONE ? 1 : 0.8) : view.k, x: box.x + box.w / 2, y: box.y + box.h / 2 });
      }
    }
    if (id && moveFocus) panel.querySelector("h2").focus();
  }

  function boxOf(id) {
    const rect = nodeEls.get(id).querySelector("rect");
    const number = (name) => Number(rect.getAttribute(name));
    return { x: number("x"), y: number("y"), w: number("width"), h: number("height") };
  }

  function element(tag, attributes, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
    el.append(...children);
    return el;
  }

  // -- controls ---------------------------------------------------------------------------------

  function syncControls() {
    form.querySelectorAll('input[data-filter="type"]').forEach((box) => { box.checked = !state.hiddenTypes.has(box.value); });
    form.querySelectorAll('input[data-filter="kind"]').forEach((box) => { box.checked = !state.hiddenKinds.has(box.value); });
    form.querySelectorAll('input[data-filter="hops"]').forEach((radio) => { radio.checked = Number(radio.value) === state.hops; });
    form.querySelector('select[data-filter="category"]').value = state.category;
  }

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", (event) => {
    const filter = event.target.dataset.filter;
    if (filter === "type") {
      state.hiddenTypes = new Set([...form.querySelectorAll('input[data-filter="type"]')].filter((b) => !b.checked).map((b) => b.value));
    } else if (filter === "kind") {
      state.hiddenKinds = new Set([...form.querySelectorAll('input[data-filter="kind"]')].filter((b) => !b.checked).map((b) => b.value));
    } else if (filter === "hops") {
      state.hops = Number(event.target.value);
    } else if (filter === "category") {
      state.category = event.target.value;
    } else {
      return;
    }
    render();
  });

  form.querySelectorAll("button[data-zoom]").forEach((button) => {
    button.addEventListener("click", () => {
      const [fw, fh] = frameSize();
      const action = button.dataset.zoom;
      if (action === "fit") setView(initialView(width, height, fw, fh, 0));
      else setView(zoomAt(view, action === "in" ? 1.25 : 0.8, fw / 2, fh / 2, fw, fh));
    });
  });

  // -- search -----------------------------------------------------------------------------------

  let found = [];
  let active = -1;

  function showResults() {
    results.replaceChildren();
    found = search(graph, input.value);
    active = found.length ? 0 : -1;
    if (!found.length && input.value.trim()) {
      results.append(element("li", { class: "pm-search-empty", role: "option", "aria-disabled": "true" }, data.words.no_match));
    }
    found.forEach((hit, index) => {
      const label = hit.term === hit.name ? hit.name : `${hit.name} (${hit.term})`;
      const item = element("li", { id: `pm-hit-${index}`, role: "option", "data-id": hit.id }, label);
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(index);
      });
      results.append(item);
    });
    results.hidden = !input.value.trim();
    input.setAttribute("aria-expanded", String(!results.hidden));
    markActive();
  }

  function markActive() {
    [...results.querySelectorAll("li[data-id]")].forEach((item, index) => item.setAttribute("aria-selected", String(index === active)));
    if (active >= 0) input.setAttribute("aria-activedescendant", `pm-hit-${active}`);
    else input.removeAttribute("aria-activedescendant");
  }

  function choose(index) {
    const hit = found[index];
    if (!hit) return;
    input.value = hit.name;
    results.hidden = true;
    input.setAttribute("aria-expanded", "false");
    focusOn(hit.id, { centre: true, moveFocus: true });
  }

  input.addEventListener("input", showResults);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!found.length) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : found.length - 1)) % found.length;
      markActive();
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === "Escape") {
      results.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }
  });
  input.addEventListener("blur", () => {
    results.hidden = true;
    input.setAttribute("aria-expanded", "false");
  });

  // -- nodes, pan, zoom -------------------------------------------------------------------------

  let dragged = false;
  for (const [id, el] of nodeEls) {
    el.addEventListener("click", (event) => {
      if (dragged) {
        event.preventDefault();
        return;
      }
      if (state.focus !== id) {
        event.preventDefault();
        focusOn(id);
      }
    });
  }

  const pointers = new Map();
  let gesture = null;
  frame.addEventListener("pointerdown", (event) => {
    pointers.set(event.pointerId, [event.clientX, event.clientY]);
    dragged = false;
    gesture = { view, points: new Map(pointers) };
  });
  frame.addEventListener("pointermove", (event) => {
    if (!pointers.has(event.pointerId) || !gesture) return;
    pointers.set(event.pointerId, [event.clientX, event.clientY]);
    const rect = frame.getBoundingClientRect();
    const [fw, fh] = frameSize();
    const start = [...gesture.points.values()];
    const now = [...pointers.values()];
    if (now.length >= 2 && start.length >= 2) {
      const before = Math.hypot(start[0][0] - start[1][0], start[0][1] - start[1][1]) || 1;
      const after = Math.hypot(now[0][0] - now[1][0], now[0][1] - now[1][1]);
      const cx = (now[0][0] + now[1][0]) / 2 - rect.left;
      const cy = (now[0][1] + now[1][1]) / 2 - rect.top;
      dragged = true;
      setView(zoomAt(gesture.view, after / before, cx, cy, fw, fh));
      return;
    }
    const [sx, sy] = gesture.points.get(event.pointerId) || now[0];
    const dx = event.clientX - sx;
    const dy = event.clientY - sy;
    if (!dragged && Math.hypot(dx, dy) < 5) return;
    if (!dragged) frame.setPointerCapture(event.pointerId);
    dragged = true;
    setView({ k: gesture.view.k, x: gesture.view.x - dx / gesture.view.k, y: gesture.view.y - dy / gesture.view.k });
  });
  function release(event) {
    pointers.delete(event.pointerId);
    gesture = pointers.size ? { view, points: new Map(pointers) } : null;
  }
  frame.addEventListener("pointerup", release);
  frame.addEventListener("pointercancel", release);
  frame.addEventListener("wheel", (event) => {
    event.preventDefault();
    const rect = frame.getBoundingClientRect();
    const [fw, fh] = frameSize();
    setView(zoomAt(view, Math.exp(-event.deltaY * 0.0015), event.clientX - rect.left, event.clientY - rect.top, fw, fh));
  }, { passive: false });
  frame.addEventListener("keydown", (event) => {
    const [fw, fh] = frameSize();
    const step = 80 / view.k;
    const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[event.key] && (event.target === frame || event.shiftKey)) {
      event.preventDefault();
      setView({ k: view.k, x: view.x + moves[event.key][0], y: view.y + moves[event.key][1] });
    } else if (event.key === "+" || event.key === "=") {
      setView(zoomAt(view, 1.25, fw / 2, fh / 2, fw, fh));
    } else if (event.key === "-") {
      setView(zoomAt(view, 0.8, fw / 2, fh / 2, fw, fh));
    } else if (event.key === "0") {
      setView(initialView(width, height, fw, fh, 0));
    } else if (event.key === "Escape" && state.focus) {
      focusOn(null);
    }
  });
  frame.addEventListener("focusin", (event) => {
    // keep a box reached with Tab inside the visible part of the map
    const node = event.target.closest(".pm-node");
    if (!node) return;
    const box = boxOf(node.dataset.id);
    const [fw, fh] = frameSize();
    const [left, top, w, h] = viewBox(view, fw, fh);
    if (box.x < left || box.y < top || box.x + box.w > left + w || box.y + box.h > top + h) {
      setView({ k: view.k, x: box.x + box.w / 2, y: box.y + box.h / 2 });
    }
  });
  new ResizeObserver(() => applyView()).observe(frame);
  // paper gets the whole drawing at its own size, whatever the reader zoomed to
  window.addEventListener("beforeprint", () => {
    printing = true;
    svg.setAttribute("height", String(height));
    applyView();
  });
  window.addEventListener("afterprint", () => {
    printing = false;
    svg.setAttribute("height", "100%");
    applyView();
  });

  syncControls();
  view = state.view || defaultView();
  if (state.focus && !state.view) {
    focusOn(state.focus, { centre: true });
  } else {
    applyView();
    render();
  }
}

document.querySelectorAll(".pattern-map-explorer").forEach(setup);
