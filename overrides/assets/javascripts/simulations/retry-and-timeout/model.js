// Retry with back-off and jitter: many clients fail at the same moment because the payment service is down; it
// comes back after the outage with a fixed capacity per 50 ms, and answers 503 to whatever exceeds it. Each
// client retries by one of three strategies, with the page's settings: a constant wait-duration, exponential
// back-off (wait-duration × multiplier^(n-1), at most exponential-max-wait-duration) and exponential back-off
// with full jitter (a uniformly random wait between zero and that value). Pure and deterministic.

import { seeded } from "../core/random.js";

export const DEFAULT_SEED = 1;

export const PARAMS = [
  { name: "max-attempts", value: 3, min: 1, max: 8, step: 1 },
  { name: "wait-duration", value: 200, min: 50, max: 1000, step: 50, unit: "ms" },
  { name: "exponential-backoff-multiplier", value: 2, min: 1, max: 4, step: 0.5, unit: "x" },
  { name: "outage", value: 300, min: 0, max: 3000, step: 100, unit: "ms" },
  { name: "clients", value: 300, min: 50, max: 600, step: 50 },
];

export const SCENARIO = {
  seconds: 6,
  bucket: 0.05, // one frame per 50 ms
  capacityPerBucket: 30, // 600 requests per second once recovered
  firstCallsWithin: 0.1, // every client's first call falls in the first 100 ms
  maxWait: 2, // exponential-max-wait-duration: 2s
};
export const STRATEGIES = ["constant", "exponential", "full-jitter"];

export function waitBefore(strategy, retry, params, random, scenario = SCENARIO) {
  const base = params["wait-duration"] / 1000;
  if (strategy === "constant") return base;
  const exponential = Math.min(scenario.maxWait, base * params["exponential-backoff-multiplier"] ** (retry - 1));
  return strategy === "exponential" ? exponential : random() * exponential;
}

function simulate(strategy, params, firstCalls, random, scenario) {
  const frames = Math.round(scenario.seconds / scenario.bucket);
  const outage = params.outage / 1000;
  const pending = Array.from({ length: frames }, () => []);
  const load = new Array(frames).fill(0);
  const served = new Array(frames).fill(0);
  firstCalls.forEach((t, client) => pending[Math.floor(t / scenario.bucket)].push({ t, client, attempt: 1 }));
  let succeeded = 0;
  let gaveUp = 0;
  let lastSuccess = 0;
  for (let frame = 0; frame < frames; frame += 1) {
    const calls = pending[frame].sort((a, b) => a.t - b.t || a.client - b.client);
    for (const call of calls) {
      load[frame] += 1;
      const ok = call.t >= outage && served[frame] < scenario.capacityPerBucket;
      if (ok) {
        served[frame] += 1;
        succeeded += 1;
        lastSuccess = call.t;
      } else if (call.attempt >= params["max-attempts"]) {
        gaveUp += 1;
      } else {
        const t = call.t + waitBefore(strategy, call.attempt, params, random, scenario);
        const at = Math.floor(t / scenario.bucket);
        if (at < frames) pending[at].push({ t, client: call.client, attempt: call.attempt + 1 });
        else gaveUp += 1; // the retry would fall after the end of the run: counted as given up
      }
    }
  }
  const attempts = load.reduce((a, b) => a + b, 0);
  const recovered = Math.ceil(outage / scenario.bucket);
  return { load, served, succeeded, gaveUp, attempts, lastSuccess, peakAfterRecovery: Math.max(0, ...load.slice(recovered)) };
}

export function run(params, seed, scenario = SCENARIO) {
  const random = seeded(seed);
  const firstCalls = Array.from({ length: params.clients }, () => random() * scenario.firstCallsWithin);
  const results = {};
  const events = [];
  STRATEGIES.forEach((strategy, index) => {
    results[strategy] = simulate(strategy, params, firstCalls, seeded(seed * 31 + index), scenario);
    const r = results[strategy];
    const overload = r.load.findIndex((n, f) => f * scenario.bucket >= params.outage / 1000 && n > scenario.capacityPerBucket);
    if (overload >= 0) events.push({ frame: overload, at: Math.round(overload * scenario.bucket * 100) / 100, strategy, kind: "overload", load: r.load[overload] });
    if (r.succeeded > 0) {
      const done = Math.min(r.load.length - 1, Math.floor(r.lastSuccess / scenario.bucket));
      events.push({ frame: done, at: Math.round(r.lastSuccess * 100) / 100, strategy, kind: "last-success", succeeded: r.succeeded });
    }
  });
  events.sort((a, b) => a.frame - b.frame);
  return { params: { ...params }, seed, scenario, frames: Math.round(scenario.seconds / scenario.bucket), results, events };
}
