import assert from "node:assert/strict";
import { test } from "node:test";
import { CLOSED, DEFAULT_SEED, HALF_OPEN, OPEN, PARAMS, run } from "../../overrides/assets/javascripts/simulations/circuit-breaker/model.js";

const DEFAULTS = Object.fromEntries(PARAMS.map((p) => [p.name, p.value]));
const opens = (r) => r.events.filter((e) => e.to === OPEN);

test("the breaker opens when the failure rate reaches the threshold, with at least the minimum calls", () => {
  const r = run(DEFAULTS, DEFAULT_SEED);
  const first = opens(r)[0];
  assert.ok(first, "the default incident opens the breaker");
  assert.ok(first.calls >= DEFAULTS["minimum-number-of-calls"]);
  assert.ok(first.failureRate >= DEFAULTS["failure-rate-threshold"]);
  assert.ok(first.at >= r.scenario.incident.from);
});

test("it never opens before the minimum number of calls, however bad the failure rate", () => {
  const r = run({ ...DEFAULTS, "dependency-failure-rate": 100, "minimum-number-of-calls": 100, "sliding-window-size": 10 }, 3);
  assert.deepEqual(opens(r), [], "20 calls in a 10 s window can never reach 100");
  const quick = run({ ...DEFAULTS, "dependency-failure-rate": 100, "minimum-number-of-calls": 5 }, 3);
  assert.ok(opens(quick)[0].calls >= 5);
});

test("a healthy dependency keeps it closed", () => {
  const r = run({ ...DEFAULTS, "dependency-failure-rate": 0 }, 5);
  assert.deepEqual(r.events, []);
  assert.equal(r.totals.rejected, 0);
});

test("slow calls alone open it through the slow-call rate threshold", () => {
  const r = run({ ...DEFAULTS, "dependency-failure-rate": 0, "dependency-slow-rate": 100 }, 2);
  const first = opens(r)[0];
  assert.ok(first.slowRate >= DEFAULTS["slow-call-rate-threshold"]);
  assert.ok(first.failureRate < DEFAULTS["failure-rate-threshold"]);
});

test("OPEN lasts the wait duration, HALF_OPEN admits only the permitted trial calls and decides on them", () => {
  const params = { ...DEFAULTS, "dependency-failure-rate": 100 };
  const r = run(params, 4);
  for (let i = 0; i + 1 < r.events.length; i += 1) {
    const [a, b] = [r.events[i], r.events[i + 1]];
    if (a.to === OPEN) {
      assert.equal(b.to, HALF_OPEN);
      assert.ok(Math.abs(b.at - a.at - params["wait-duration-in-open-state"]) < 0.11);
    }
    if (a.to === HALF_OPEN) {
      assert.equal(b.calls, params["permitted-number-of-calls-in-half-open-state"]);
      assert.equal(b.to, b.failureRate >= params["failure-rate-threshold"] ? OPEN : CLOSED);
    }
  }
  assert.equal(r.events.at(-1).to, CLOSED, "after the incident the trial calls succeed and it closes");
  const wholeSecondsOpen = r.timeline.filter((f, i) => i > 0 && r.timeline[i - 1].state === OPEN && !r.events.some((e) => e.frame === i));
  assert.ok(wholeSecondsOpen.length > 0);
  assert.ok(wholeSecondsOpen.every((f) => f.state === OPEN && f.admitted === 0 && f.rejected >= 0), "no call passes while OPEN");
});

test("the same parameters and seed give the same run", () => {
  assert.deepEqual(run(DEFAULTS, 9), run(DEFAULTS, 9));
  assert.notDeepEqual(run(DEFAULTS, 9).totals, run(DEFAULTS, 10).totals);
});
