// Circuit breaker, by the rules of the page (Resilience4j's time-based window): pure and deterministic.
// Calls arrive at random (Poisson); during an incident the dependency fails or answers slowly at the rates the
// reader sets. Outcomes are recorded when a call completes. CLOSED opens once the window holds at least the
// minimum number of calls and the failure rate or the slow-call rate reaches its threshold; OPEN rejects every
// call for the wait duration, then HALF_OPEN lets the permitted trial calls through and decides on their rates.

import { poisson, seeded } from "../core/random.js";

export const PARAMS = [
  { name: "dependency-failure-rate", value: 60, min: 0, max: 100, step: 5, unit: "%" },
  { name: "dependency-slow-rate", value: 0, min: 0, max: 100, step: 5, unit: "%" },
  { name: "sliding-window-size", value: 30, min: 10, max: 60, step: 5, unit: "s" },
  { name: "minimum-number-of-calls", value: 20, min: 5, max: 100, step: 5 },
  { name: "failure-rate-threshold", value: 50, min: 10, max: 100, step: 5, unit: "%" },
  { name: "slow-call-rate-threshold", value: 80, min: 10, max: 100, step: 5, unit: "%" },
  { name: "wait-duration-in-open-state", value: 20, min: 5, max: 60, step: 5, unit: "s" },
  { name: "permitted-number-of-calls-in-half-open-state", value: 5, min: 1, max: 20, step: 1 },
];

export const DEFAULT_SEED = 1;

export const SCENARIO = {
  seconds: 180, // one frame per second
  callsPerSecond: 2,
  incident: { from: 30, to: 120 }, // the dependency is unhealthy in [from, to)
  healthyFailureRate: 1,
  fastCall: 0.2, // seconds
  slowCall: 3, // above slow-call-duration-threshold: 2s
};

const TICK = 0.1;

export const CLOSED = "CLOSED";
export const OPEN = "OPEN";
export const HALF_OPEN = "HALF_OPEN";

function rates(records) {
  const calls = records.length;
  const failed = records.filter((r) => r.failed).length;
  const slow = records.filter((r) => r.slow).length;
  return { calls, failureRate: calls ? (100 * failed) / calls : 0, slowRate: calls ? (100 * slow) / calls : 0 };
}

export function run(params, seed, scenario = SCENARIO) {
  const random = seeded(seed);
  const p = params;
  let state = CLOSED;
  let generation = 0; // calls admitted in an earlier state no longer count when they complete
  let openedAt = 0;
  let window = []; // completed calls in CLOSED: {at, failed, slow}
  let trials = []; // completed trial calls in HALF_OPEN
  let trialsAdmitted = 0;
  let inFlight = [];
  const totals = { calls: 0, admitted: 0, rejected: 0, failed: 0 };
  const events = [];
  const frames = [];
  let perSecond = { admitted: 0, rejected: 0, failed: 0 };

  function move(to, at, why) {
    state = to;
    generation += 1;
    window = [];
    trials = [];
    trialsAdmitted = 0;
    if (to === OPEN) openedAt = at;
    events.push({ frame: Math.min(scenario.seconds - 1, Math.floor(at)), at: Math.round(at * 10) / 10, to, ...why });
  }

  function complete(call, now) {
    if (call.generation !== generation) return;
    const record = { at: now, failed: call.failed, slow: call.slow };
    if (state === CLOSED) {
      window.push(record);
      window = window.filter((r) => r.at > now - p["sliding-window-size"]);
      const r = rates(window);
      if (r.calls >= p["minimum-number-of-calls"] && (r.failureRate >= p["failure-rate-threshold"] || r.slowRate >= p["slow-call-rate-threshold"])) {
        move(OPEN, now, r);
      }
    } else if (state === HALF_OPEN) {
      trials.push(record);
      if (trials.length === p["permitted-number-of-calls-in-half-open-state"]) {
        const r = rates(trials);
        const bad = r.failureRate >= p["failure-rate-threshold"] || r.slowRate >= p["slow-call-rate-threshold"];
        move(bad ? OPEN : CLOSED, now, r);
      }
    }
  }

  const ticks = Math.round(scenario.seconds / TICK);
  for (let tick = 0; tick < ticks; tick += 1) {
    const now = tick * TICK;
    const done = inFlight.filter((call) => call.end <= now).sort((a, b) => a.end - b.end);
    inFlight = inFlight.filter((call) => call.end > now);
    for (const call of done) complete(call, call.end);
    if (state === OPEN && now >= openedAt + p["wait-duration-in-open-state"]) move(HALF_OPEN, now, {});
    const sick = now >= scenario.incident.from && now < scenario.incident.to;
    const failureRate = sick ? p["dependency-failure-rate"] : scenario.healthyFailureRate;
    const slowRate = sick ? p["dependency-slow-rate"] : 0;
    const arrivals = poisson(random, scenario.callsPerSecond * TICK);
    for (let i = 0; i < arrivals; i += 1) {
      totals.calls += 1;
      const failed = random() * 100 < failureRate;
      const slow = !failed && random() * 100 < slowRate;
      const admit = state === CLOSED || (state === HALF_OPEN && trialsAdmitted < p["permitted-number-of-calls-in-half-open-state"]);
      if (!admit) {
        totals.rejected += 1;
        perSecond.rejected += 1;
        continue;
      }
      if (state === HALF_OPEN) trialsAdmitted += 1;
      totals.admitted += 1;
      perSecond.admitted += 1;
      if (failed) {
        totals.failed += 1;
        perSecond.failed += 1;
      }
      inFlight.push({ end: now + (slow ? scenario.slowCall : scenario.fastCall), failed, slow, generation });
    }
    if ((tick + 1) % Math.round(1 / TICK) === 0) {
      const r = rates(state === CLOSED ? window.filter((x) => x.at > now - p["sliding-window-size"]) : trials);
      frames.push({ state, ...r, ...perSecond, totals: { ...totals } });
      perSecond = { admitted: 0, rejected: 0, failed: 0 };
    }
  }
  return { params: { ...params }, seed, scenario, frames: frames.length, timeline: frames, events, totals };
}
