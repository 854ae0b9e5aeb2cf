import assert from "node:assert/strict";
import { test } from "node:test";
import { seeded } from "../../overrides/assets/javascripts/simulations/core/random.js";
import { DEFAULT_SEED, PARAMS, SCENARIO, STRATEGIES, run, waitBefore } from "../../overrides/assets/javascripts/simulations/retry-and-timeout/model.js";

const DEFAULTS = Object.fromEntries(PARAMS.map((p) => [p.name, p.value]));

test("the waits follow the page: constant, exponential up to the cap, full jitter below the exponential value", () => {
  const random = seeded(1);
  assert.deepEqual([1, 2, 3].map((n) => waitBefore("constant", n, DEFAULTS, random)), [0.2, 0.2, 0.2]);
  assert.deepEqual([1, 2, 3, 6].map((n) => waitBefore("exponential", n, DEFAULTS, random)), [0.2, 0.4, 0.8, SCENARIO.maxWait]);
  for (let n = 1; n < 6; n += 1) {
    const wait = waitBefore("full-jitter", n, DEFAULTS, random);
    assert.ok(wait >= 0 && wait <= waitBefore("exponential", n, DEFAULTS, random));
  }
});

test("no client makes more than max-attempts calls, and each either succeeds or gives up", () => {
  for (const attempts of [1, 3, 6]) {
    const r = run({ ...DEFAULTS, "max-attempts": attempts }, DEFAULT_SEED);
    for (const s of STRATEGIES) {
      assert.equal(r.results[s].succeeded + r.results[s].gaveUp, DEFAULTS.clients);
      assert.ok(r.results[s].attempts <= DEFAULTS.clients * attempts);
      assert.ok(r.results[s].served.every((n) => n <= SCENARIO.capacityPerBucket));
    }
  }
});

test("nothing succeeds during the outage", () => {
  const r = run({ ...DEFAULTS, outage: 1000 }, 2);
  for (const s of STRATEGIES) assert.ok(r.results[s].served.slice(0, 1000 / 50).every((n) => n === 0));
});

test("full jitter lowers the peak on the recovering service and gets more calls through", () => {
  for (const seed of [1, 2, 3]) {
    const r = run(DEFAULTS, seed);
    assert.ok(r.results["full-jitter"].peakAfterRecovery < r.results.exponential.peakAfterRecovery);
    assert.ok(r.results["full-jitter"].succeeded > r.results.constant.succeeded);
    assert.ok(r.results["full-jitter"].succeeded > r.results.exponential.succeeded);
  }
});

test("one attempt means no retry at all", () => {
  const r = run({ ...DEFAULTS, "max-attempts": 1 }, 1);
  for (const s of STRATEGIES) assert.equal(r.results[s].attempts, DEFAULTS.clients);
  assert.deepEqual(run(DEFAULTS, 4), run(DEFAULTS, 4));
});
