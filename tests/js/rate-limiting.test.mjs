import assert from "node:assert/strict";
import { test } from "node:test";
import { ALGORITHMS, DEFAULT_SEED, PARAMS, busiest, fixedWindow, run, slidingWindow, tokenBucket } from "../../overrides/assets/javascripts/simulations/rate-limiting/model.js";

const DEFAULTS = Object.fromEntries(PARAMS.map((p) => [p.name, p.value]));

test("a token bucket never admits more than its capacity in a burst", () => {
  const admit = tokenBucket({ replenishRate: 5, burstCapacity: 10 });
  const burst = Array.from({ length: 50 }, () => admit(3));
  assert.equal(burst.filter(Boolean).length, 10);
});

test("a token bucket admits at most capacity + rate × T in any interval of T seconds", () => {
  for (const seed of [1, 2, 3]) {
    const params = { ...DEFAULTS, "burst-size": 40 };
    const r = run(params, seed).results["token-bucket"];
    for (const length of [0.5, 1, 3]) {
      assert.ok(busiest(r.admittedTimes, length) <= params.burstCapacity + params.replenishRate * length, `${seed}/${length}`);
    }
  }
});

test("a sliding window never admits more than the limit in any window; a fixed window can admit twice it", () => {
  const params = { ...DEFAULTS, "burst-size": 30 };
  const limit = params.replenishRate * params.window;
  for (const seed of [1, 2, 3, 4]) {
    const r = run(params, seed);
    assert.ok(busiest(r.results["sliding-window"].admittedTimes, params.window) <= limit);
    assert.ok(busiest(r.results["fixed-window"].admittedTimes, params.window) <= 2 * limit);
  }
  const fixed = fixedWindow({ replenishRate: 5, window: 1 });
  const around = [0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 1.0, 1.01, 1.02, 1.03, 1.04, 1.05].filter((t) => fixed(t));
  assert.equal(around.length, 10, "just before and just after the boundary: twice the limit");
  const sliding = slidingWindow({ replenishRate: 5, window: 1 });
  assert.equal([0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 1.0, 1.01, 1.02].filter((t) => sliding(t)).length, 5);
});

test("every request is either admitted or rejected, by every algorithm", () => {
  const r = run(DEFAULTS, DEFAULT_SEED);
  for (const algorithm of ALGORITHMS) {
    const x = r.results[algorithm];
    assert.equal(x.totalAdmitted + x.totalRejected, r.arrivals.length);
    assert.equal(x.admitted.reduce((a, b) => a + b, 0), x.totalAdmitted);
  }
  assert.deepEqual(run(DEFAULTS, 5), run(DEFAULTS, 5));
});

test("without bursts and below the refill rate, the token bucket rejects nothing", () => {
  const r = run({ ...DEFAULTS, "burst-size": 0, "background-rate": 1 }, 3);
  assert.equal(r.results["token-bucket"].totalRejected, 0);
});
