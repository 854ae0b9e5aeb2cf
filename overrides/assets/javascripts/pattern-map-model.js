// Pattern map, pure model: the graph, neighbourhoods, relations by kind, filters, search and the URL-hash codec.
// No DOM here: tests/js/pattern-map-model.test.mjs runs it under `node --test`; pattern-map.js draws it.

/** Build the graph from the page's JSON: nodes by id, and every edge seen from both ends. */
export function buildGraph(data) {
  const nodes = new Map();
  for (const node of data.nodes) {
    nodes.set(node.id, { ...node, keys: node.terms.map(normalise) });
  }
  const links = new Map([...nodes.keys()].map((id) => [id, []]));
  data.edges.forEach(([source, target, kind], index) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    links.get(source).push({ other: target, kind, shown: kind, index });
    links.get(target).push({ other: source, kind, shown: data.inverse[kind] || kind, index });
  });
  return { nodes, links, edges: data.edges, kinds: data.kinds };
}

/** Distance (in hops, up to `hops`) of every node reachable from `id` over edges of visible kinds. */
export function neighbourhood(graph, id, hops, hiddenKinds = new Set()) {
  const distance = new Map();
  if (!graph.nodes.has(id)) return distance;
  distance.set(id, 0);
  let frontier = [id];
  for (let step = 1; step <= hops; step += 1) {
    const next = [];
    for (const current of frontier) {
      for (const link of graph.links.get(current)) {
        if (hiddenKinds.has(link.kind) || distance.has(link.other)) continue;
        distance.set(link.other, step);
        next.push(link.other);
      }
    }
    frontier = next;
  }
  return distance;
}

/** Whether an edge belongs to the drawn neighbourhood: it joins two rings next to each other inside it. */
export function edgeInNeighbourhood(distance, hops, source, target) {
  if (!distance.has(source) || !distance.has(target)) return false;
  return Math.min(distance.get(source), distance.get(target)) < hops;
}

/** The relations of one node grouped by the kind seen from it, in `order`; names sorted per group. */
export function relationsByKind(graph, id, order, hiddenKinds = new Set()) {
  const groups = new Map();
  for (const link of graph.links.get(id) || []) {
    if (hiddenKinds.has(link.kind)) continue;
    if (!groups.has(link.shown)) groups.set(link.shown, []);
    const list = groups.get(link.shown);
    if (!list.includes(link.other)) list.push(link.other);
  }
  const ranked = [...groups.keys()].sort((a, b) => rank(order, a) - rank(order, b));
  return ranked.map((kind) => ({
    kind,
    ids: groups.get(kind).sort((a, b) => graph.nodes.get(a).name.localeCompare(graph.nodes.get(b).name)),
  }));
}

function rank(order, kind) {
  const index = order.indexOf(kind);
  return index < 0 ? order.length : index;
}

/** Which nodes the filters keep: a node's type must be shown and, when a category is chosen, match it. */
export function visibleNodes(graph, filters) {
  const shown = new Set();
  for (const [id, node] of graph.nodes) {
    if (filters.hiddenTypes.has(node.type)) continue;
    if (filters.category && node.category !== filters.category) continue;
    shown.add(id);
  }
  return shown;
}

/** Lower-case, NFC, without spaces and joining punctuation: "Circuit-Breaker" and "회로 차단기" match their
 * variants "circuit breaker" and "회로차단기". */
export function normalise(text) {
  return text.normalize("NFC").toLowerCase().replace(/[\s\-_·./()]+/g, "");
}

/** Up to `limit` nodes whose name or alias matches `query`: whole-term matches first, then prefixes, then
 * anywhere; within one rank the page's language comes first (earlier terms), then the name. */
export function search(graph, query, limit = 8) {
  const wanted = normalise(query);
  if (!wanted) return [];
  const found = [];
  for (const [id, node] of graph.nodes) {
    let best = null;
    node.keys.forEach((key, position) => {
      const score = key === wanted ? 0 : key.startsWith(wanted) ? 1 : key.includes(wanted) ? 2 : null;
      if (score === null) return;
      const candidate = [score, position];
      if (best === null || candidate[0] < best[0] || (candidate[0] === best[0] && candidate[1] < best[1])) {
        best = candidate;
      }
    });
    if (best !== null) found.push({ id, score: best[0], position: best[1], name: node.name, term: node.terms[best[1]] });
  }
  found.sort((a, b) => a.score - b.score || a.position - b.position || a.name.localeCompare(b.name));
  return found.slice(0, limit);
}

/** The default state: nothing focused, one hop, every filter open, the drawing's own default view. */
export function emptyState() {
  return { focus: null, hops: 1, hiddenTypes: new Set(), category: "", hiddenKinds: new Set(), view: null };
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** State → URL hash (without "#"); defaults are left out, so an untouched map has an empty hash. */
export function encodeHash(state) {
  const parts = [];
  if (state.focus) parts.push(`focus=${state.focus}`);
  if (state.hops !== 1) parts.push(`hops=${state.hops}`);
  if (state.hiddenTypes.size) parts.push(`hide-types=${[...state.hiddenTypes].sort().join(",")}`);
  if (state.category) parts.push(`category=${state.category}`);
  if (state.hiddenKinds.size) parts.push(`hide-kinds=${[...state.hiddenKinds].sort().join(",")}`);
  if (state.view) {
    const { k, x, y } = state.view;
    parts.push(`zoom=${round(k, 100)},${Math.round(x)},${Math.round(y)}`);
  }
  return parts.join("&");
}

function round(value, factor) {
  return Math.round(value * factor) / factor;
}

/** URL hash → state. Unknown keys, ids the graph does not have and malformed values are ignored. */
export function decodeHash(hash, graph) {
  const state = emptyState();
  const types = new Set([...graph.nodes.values()].map((n) => n.type));
  const categories = new Set([...graph.nodes.values()].map((n) => n.category));
  const kinds = new Set(graph.edges.map((e) => e[2]));
  for (const part of hash.replace(/^#/, "").split("&")) {
    const [key, raw = ""] = part.split("=");
    const value = decodeURIComponent(raw);
    const list = value.split(",").filter((v) => ID.test(v));
    if (key === "focus" && graph.nodes.has(value)) state.focus = value;
    else if (key === "hops" && (value === "1" || value === "2")) state.hops = Number(value);
    else if (key === "hide-types") state.hiddenTypes = new Set(list.filter((t) => types.has(t)));
    else if (key === "category" && categories.has(value)) state.category = value;
    else if (key === "hide-kinds") state.hiddenKinds = new Set(list.filter((k) => kinds.has(k)));
    else if (key === "zoom") {
      const numbers = value.split(",").map(Number);
      if (numbers.length === 3 && numbers.every(Number.isFinite) && numbers[0] > 0) {
        state.view = { k: clampZoom(numbers[0]), x: numbers[1], y: numbers[2] };
      }
    }
  }
  return state;
}

export const MIN_ZOOM = 0.2;
export const MAX_ZOOM = 3;

export function clampZoom(k) {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));
}

/** The view box for a view centred on (x, y) at scale k in a frame of the given size in CSS pixels. */
export function viewBox(view, frameWidth, frameHeight) {
  const w = frameWidth / view.k;
  const h = frameHeight / view.k;
  return [view.x - w / 2, view.y - h / 2, w, h];
}

/** Zoom by `factor` keeping the drawing point under frame position (px, py) where it is. */
export function zoomAt(view, factor, px, py, frameWidth, frameHeight) {
  const k = clampZoom(view.k * factor);
  const [left, top] = viewBox(view, frameWidth, frameHeight);
  const ax = left + px / view.k;
  const ay = top + py / view.k;
  return { k, x: ax - px / k + frameWidth / (2 * k), y: ay - py / k + frameHeight / (2 * k) };
}

/** The first view: the whole drawing when it fits at a readable size, otherwise its top-left corner at
 * `readable` scale (phones get 1, so boxes stay at least 24 px tall). */
export function initialView(width, height, frameWidth, frameHeight, readable) {
  const fit = Math.min(frameWidth / width, frameHeight / height);
  if (fit >= readable) return { k: clampZoom(fit), x: width / 2, y: height / 2 };
  const k = clampZoom(Math.max(readable, frameWidth / width));
  return { k, x: Math.min(width / 2, frameWidth / (2 * k)), y: Math.min(height / 2, frameHeight / (2 * k)) };
}
