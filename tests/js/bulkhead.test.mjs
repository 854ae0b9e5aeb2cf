import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_SEED, MODES, PARAMS, run } from "../../overrides/assets/javascripts/simulations/bulkhead/model.js";

const DEFAULTS = Object.fromEntries(PARAMS.map((p) => [p.name, p.value]));

test("a slow rider service exhausts the shared pool and shop calls are rejected; isolated shop calls are not", () => {
  for (const seed of [1, 2, 3]) {
    const r = run(DEFAULTS, seed);
    assert.ok(r.results.shared.totals.shop.rejected > 0);
    assert.equal(r.results.isolated.totals.shop.rejected, 0);
    assert.ok(r.results.isolated.totals.rider.rejected > 0, "the rider compartment rejects its own overflow");
  }
});

test("no pool ever runs more calls than its limit", () => {
  const params = { ...DEFAULTS, "calls-per-second": 60 };
  const r = run(params, DEFAULT_SEED);
  assert.ok(r.results.shared.peak.shared <= params["max-concurrent-calls"] + params["max-thread-pool-size"]);
  assert.ok(r.results.isolated.peak.shop <= params["max-concurrent-calls"]);
  assert.ok(r.results.isolated.peak.rider <= params["max-thread-pool-size"]);
  for (const mode of MODES) assert.ok(r.results[mode].frames.every((f) => f.busy.shop + f.busy.rider <= 12));
});

test("a healthy rider service needs no rejection anywhere", () => {
  const r = run({ ...DEFAULTS, "rider-latency": 100 }, 2);
  for (const mode of MODES) {
    assert.equal(r.results[mode].totals.shop.rejected, 0);
    assert.equal(r.results[mode].totals.rider.rejected, 0);
  }
  assert.deepEqual(r.events, []);
});

test("the rider queue absorbs a short burst before rejecting", () => {
  const noQueue = run({ ...DEFAULTS, "queue-capacity": 0 }, 3).results.isolated.totals.rider;
  const queue = run({ ...DEFAULTS, "queue-capacity": 50 }, 3).results.isolated.totals.rider;
  assert.ok(queue.rejected < noQueue.rejected);
  assert.deepEqual(run(DEFAULTS, 3), run(DEFAULTS, 3));
});
