import assert from "node:assert/strict";
import { test } from "node:test";
import { seeded } from "../../overrides/assets/javascripts/simulations/core/random.js";
import { ALGORITHMS, PARAMS, SLOW, choose, run } from "../../overrides/assets/javascripts/simulations/client-side-load-balancing/model.js";

const DEFAULTS = Object.fromEntries(PARAMS.map((p) => [p.name, p.value]));

test("round robin takes the instances in turn, whatever their load", () => {
  const state = {};
  const picks = Array.from({ length: 7 }, () => choose("round-robin", [9, 0, 0], state, Math.random));
  assert.deepEqual(picks, [0, 1, 2, 0, 1, 2, 0]);
  const r = run(DEFAULTS, 1).results["round-robin"];
  assert.ok(Math.max(...r.sent) - Math.min(...r.sent) <= 1);
});

test("least outstanding picks an instance with the fewest outstanding requests", () => {
  assert.equal(choose("least-outstanding", [3, 1, 2, 1], {}, Math.random), 1);
});

test("power of two choices samples two distinct instances and keeps the less loaded", () => {
  const random = seeded(4);
  const outstanding = [5, 0, 9, 2];
  for (let i = 0; i < 200; i += 1) assert.notEqual(choose("power-of-two", outstanding, {}, random), 2, "the busiest can never win a pair");
  assert.equal(choose("power-of-two", [7, 3], {}, seeded(1)), 1, "with two instances both are sampled");
});

test("with one slow instance, load-aware algorithms send it less and cut the tail latency", () => {
  for (const seed of [1, 2, 3]) {
    const r = run(DEFAULTS, seed).results;
    for (const aware of ["least-outstanding", "power-of-two"]) {
      assert.ok(r[aware].slowShare < r["round-robin"].slowShare);
      assert.ok(r[aware].p99 < r["round-robin"].p99 / 5);
    }
  }
});

test("the three algorithms see the same requests; without a slow instance they are close", () => {
  const r = run({ ...DEFAULTS, "slow-factor": 1 }, 2);
  const totals = ALGORITHMS.map((a) => r.results[a].sent.reduce((x, y) => x + y, 0));
  assert.ok(totals.every((n) => n === r.requests));
  assert.ok(ALGORITHMS.every((a) => r.results[a].p99 < 400));
  assert.equal(SLOW, 0);
  assert.deepEqual(run(DEFAULTS, 5), run(DEFAULTS, 5));
});
