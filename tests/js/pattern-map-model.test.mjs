// Unit tests of the pattern map's pure model (run by `make jstest`: node --test tests/js/).
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  buildGraph,
  clampZoom,
  decodeHash,
  edgeInNeighbourhood,
  emptyState,
  encodeHash,
  initialView,
  MAX_ZOOM,
  neighbourhood,
  normalise,
  relationsByKind,
  search,
  viewBox,
  visibleNodes,
  zoomAt,
} from "../../overrides/assets/javascripts/pattern-map-model.js";

// a - b - c - d, a ~ e (comparison), b part-of f
const DATA = {
  nodes: [
    node("a", "Circuit Breaker", ["회로 차단기", "circuit-breaker pattern"], "platform", "resilience"),
    node("b", "Retry and Timeout", ["retry"], "platform", "resilience"),
    node("c", "Service Mesh", ["mesh"], "platform", "mesh"),
    node("d", "Kubernetes", ["k8s"], "infra", "orchestration"),
    node("e", "Bulkhead", [], "platform", "resilience"),
    node("f", "Fault tolerance", [], "application", "architecture"),
  ],
  edges: [
    ["a", "b", "complements"],
    ["b", "c", "uses"],
    ["c", "d", "uses"],
    ["a", "e", "comparison"],
    ["b", "f", "part-of"],
  ],
  inverse: { uses: "used-by", "used-by": "uses", complements: "complements", "part-of": "has-part", comparison: "comparison" },
  kinds: {},
};

function node(id, name, aliases, type, category) {
  return { id, name, terms: [name, ...aliases], type, category, summary: `${name}.`, href: `../${id}/` };
}

const graph = buildGraph(DATA);

test("neighbourhood gives distances up to the chosen number of hops", () => {
  assert.deepEqual([...neighbourhood(graph, "a", 1)].sort(), [["a", 0], ["b", 1], ["e", 1]]);
  assert.deepEqual(
    [...neighbourhood(graph, "a", 2)].sort(),
    [["a", 0], ["b", 1], ["c", 2], ["e", 1], ["f", 2]],
  );
  assert.equal(neighbourhood(graph, "nope", 2).size, 0);
});

test("hidden relation kinds are not walked", () => {
  const reach = neighbourhood(graph, "a", 2, new Set(["comparison", "uses"]));
  assert.deepEqual([...reach.keys()].sort(), ["a", "b", "f"]);
});

test("an edge is in the neighbourhood when it joins rings inside it", () => {
  const distance = neighbourhood(graph, "a", 1);
  assert.equal(edgeInNeighbourhood(distance, 1, "a", "b"), true);
  assert.equal(edgeInNeighbourhood(distance, 1, "b", "c"), false);
  const two = neighbourhood(graph, "a", 2);
  assert.equal(edgeInNeighbourhood(two, 2, "b", "c"), true);
  assert.equal(edgeInNeighbourhood(two, 2, "c", "d"), false);
});

test("relations are grouped by the kind seen from the node, in the given order", () => {
  const order = ["part-of", "has-part", "uses", "used-by", "complements", "comparison"];
  assert.deepEqual(relationsByKind(graph, "b", order), [
    { kind: "part-of", ids: ["f"] },
    { kind: "uses", ids: ["c"] },
    { kind: "complements", ids: ["a"] },
  ]);
  assert.deepEqual(relationsByKind(graph, "f", order), [{ kind: "has-part", ids: ["b"] }]);
  assert.deepEqual(relationsByKind(graph, "a", order, new Set(["comparison"])), [{ kind: "complements", ids: ["b"] }]);
});

test("filters keep the shown types and the chosen category", () => {
  const state = emptyState();
  assert.equal(visibleNodes(graph, state).size, 6);
  state.hiddenTypes = new Set(["platform"]);
  assert.deepEqual([...visibleNodes(graph, state)].sort(), ["d", "f"]);
  state.hiddenTypes = new Set();
  state.category = "resilience";
  assert.deepEqual([...visibleNodes(graph, state)].sort(), ["a", "b", "e"]);
});

test("search matches names and aliases without spaces, case or hyphens", () => {
  assert.equal(normalise("Circuit-Breaker  Pattern"), "circuitbreakerpattern");
  assert.deepEqual(search(graph, "회로차단기").map((hit) => hit.id), ["a"]);
  assert.deepEqual(search(graph, "CIRCUIT breaker").map((hit) => hit.id), ["a"]);
  assert.deepEqual(search(graph, "k8s").map((hit) => hit.id), ["d"]);
  assert.equal(search(graph, "k8s")[0].term, "k8s");
  assert.deepEqual(search(graph, "   "), []);
  assert.deepEqual(search(graph, "zzz"), []);
});

test("search ranks whole terms before prefixes before substrings", () => {
  const hits = search(graph, "mesh").map((hit) => [hit.id, hit.score]);
  assert.deepEqual(hits, [["c", 0]]);
  // "Retry and Timeout" starts with "re"; "Circuit Breaker" only contains it
  assert.deepEqual(search(graph, "re").map((hit) => [hit.id, hit.score]), [["b", 1], ["a", 2]]);
});

test("an untouched state encodes to an empty hash and every field survives a round trip", () => {
  assert.equal(encodeHash(emptyState()), "");
  const state = {
    focus: "b",
    hops: 2,
    hiddenTypes: new Set(["infra"]),
    category: "resilience",
    hiddenKinds: new Set(["uses", "comparison"]),
    view: { k: 1.254, x: 640.4, y: 300.6 },
  };
  const hash = encodeHash(state);
  assert.equal(hash, "focus=b&hops=2&hide-types=infra&category=resilience&hide-kinds=comparison,uses&zoom=1.25,640,301");
  const back = decodeHash(`#${hash}`, graph);
  assert.equal(back.focus, "b");
  assert.equal(back.hops, 2);
  assert.deepEqual([...back.hiddenTypes], ["infra"]);
  assert.equal(back.category, "resilience");
  assert.deepEqual([...back.hiddenKinds].sort(), ["comparison", "uses"]);
  assert.deepEqual(back.view, { k: 1.25, x: 640, y: 301 });
});

test("a hash with unknown ids or bad values falls back to defaults", () => {
  const state = decodeHash("#focus=nope&hops=7&hide-types=x,infra&category=<b>&hide-kinds=bogus&zoom=a,b,c&other=1", graph);
  assert.equal(state.focus, null);
  assert.equal(state.hops, 1);
  assert.deepEqual([...state.hiddenTypes], ["infra"]);
  assert.equal(state.category, "");
  assert.equal(state.hiddenKinds.size, 0);
  assert.equal(state.view, null);
  assert.equal(decodeHash("#zoom=99,0,0", graph).view.k, MAX_ZOOM);
});

test("zooming keeps the point under the pointer in place", () => {
  const view = { k: 1, x: 500, y: 400 };
  const next = zoomAt(view, 2, 100, 50, 800, 600);
  const [l0, t0] = viewBox(view, 800, 600);
  const [l1, t1] = viewBox(next, 800, 600);
  assert.ok(Math.abs(l0 + 100 / 1 - (l1 + 100 / 2)) < 1e-9);
  assert.ok(Math.abs(t0 + 50 / 1 - (t1 + 50 / 2)) < 1e-9);
  assert.equal(next.k, 2);
  assert.equal(clampZoom(100), MAX_ZOOM);
});

test("the first view fits the drawing when readable, else shows its top-left corner", () => {
  assert.deepEqual(initialView(1000, 500, 1200, 800, 0.8), { k: 1.2, x: 500, y: 250 });
  const phone = initialView(2000, 1000, 390, 500, 1);
  assert.equal(phone.k, 1);
  assert.deepEqual([phone.x, phone.y], [195, 250]);
  assert.deepEqual(viewBox(phone, 390, 500).slice(0, 2), [0, 0]);
});
