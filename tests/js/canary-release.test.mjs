import assert from "node:assert/strict";
import { test } from "node:test";
import { PARAMS, SCENARIO, run } from "../../overrides/assets/javascripts/simulations/canary-release/model.js";

const DEFAULTS = Object.fromEntries(PARAMS.map((p) => [p.name, p.value]));

test("the canary rolls back when the error gate trips, and gets no traffic afterwards", () => {
  const r = run({ ...DEFAULTS, "canary-error-rate": 8 }, 1);
  const analysis = r.events.find((e) => e.kind === "analysis");
  assert.equal(analysis.passed, false);
  assert.ok(analysis.measured > DEFAULTS["max-error-rate"]);
  assert.equal(r.outcome, "aborted");
  assert.ok(r.timeline.slice(SCENARIO.pauseMinutes).every((f) => f.weight === 0 && f.canary === 0));
});

test("a healthy canary passes the analysis, goes to 50% and is promoted to 100%", () => {
  const r = run({ ...DEFAULTS, "canary-error-rate": 0 }, 2);
  assert.deepEqual(r.events.map((e) => e.kind), ["weight", "analysis", "weight", "promoted"]);
  assert.deepEqual([...new Set(r.timeline.map((f) => f.weight))], [DEFAULTS.setWeight, 50, 100]);
  assert.equal(r.outcome, "promoted");
});

test("the gate compares the failure rate measured on the canary's own requests during the pause", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const r = run(DEFAULTS, seed);
    const analysis = r.events.find((e) => e.kind === "analysis");
    const pause = r.timeline.slice(0, SCENARIO.pauseMinutes);
    const requests = pause.reduce((s, f) => s + f.canary, 0);
    const failed = pause.reduce((s, f) => s + f.canaryFailed, 0);
    assert.equal(analysis.requests, requests);
    assert.equal(analysis.passed, (100 * failed) / requests <= DEFAULTS["max-error-rate"]);
    assert.equal(r.outcome, analysis.passed ? "promoted" : "aborted");
  }
});

test("the canary's share of the traffic follows setWeight", () => {
  const r = run({ ...DEFAULTS, "requests-per-minute": 2000, setWeight: 20 }, 3);
  const pause = r.timeline.slice(0, SCENARIO.pauseMinutes);
  const share = pause.reduce((s, f) => s + f.canary, 0) / pause.reduce((s, f) => s + f.requests, 0);
  assert.ok(Math.abs(share - 0.2) < 0.02, String(share));
  assert.deepEqual(run(DEFAULTS, 6), run(DEFAULTS, 6));
});
