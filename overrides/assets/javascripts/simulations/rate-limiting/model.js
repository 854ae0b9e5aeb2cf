// Rate limiting: one client's bursty requests through a token bucket, a fixed window counter and a sliding
// window log, all allowing the same average rate. Pure and deterministic.
// Token bucket (Spring Cloud Gateway's Redis limiter): replenishRate tokens per second up to burstCapacity; a
// request passes by taking one token. The two window counters allow replenishRate × window requests per window:
// the fixed one resets its counter at each window boundary, the sliding one counts the last `window` seconds.

import { poisson, seeded } from "../core/random.js";

export const DEFAULT_SEED = 1;

export const PARAMS = [
  { name: "replenishRate", value: 5, min: 1, max: 20, step: 1, unit: "/s" },
  { name: "burstCapacity", value: 10, min: 1, max: 40, step: 1 },
  { name: "window", value: 1, min: 1, max: 5, step: 1, unit: "s" },
  { name: "burst-size", value: 12, min: 0, max: 40, step: 1 },
  { name: "background-rate", value: 2, min: 0, max: 10, step: 1, unit: "/s" },
];

export const SCENARIO = { seconds: 30, frame: 0.25, burstEvery: 5, burstSpread: 0.3 };
export const ALGORITHMS = ["token-bucket", "fixed-window", "sliding-window"];

/** Arrival times in seconds, sorted: a steady background and a burst roughly every five seconds. */
export function arrivals(params, seed, scenario = SCENARIO) {
  const random = seeded(seed);
  const times = [];
  const tick = 0.05;
  for (let t = 0; t < scenario.seconds; t += tick) {
    const n = poisson(random, params["background-rate"] * tick);
    for (let i = 0; i < n; i += 1) times.push(t + random() * tick);
  }
  for (let start = 1; start < scenario.seconds - 1; start += scenario.burstEvery) {
    const at = start + random() * (scenario.burstEvery - 1);
    for (let i = 0; i < params["burst-size"]; i += 1) times.push(at + random() * scenario.burstSpread);
  }
  return times.filter((t) => t < scenario.seconds).sort((a, b) => a - b);
}

export function tokenBucket(params) {
  let tokens = params.burstCapacity; // a quiet client starts with a full bucket
  let last = 0;
  return (t) => {
    tokens = Math.min(params.burstCapacity, tokens + (t - last) * params.replenishRate);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export function fixedWindow(params) {
  const limit = params.replenishRate * params.window;
  let current = -1;
  let count = 0;
  return (t) => {
    const index = Math.floor(t / params.window);
    if (index !== current) {
      current = index;
      count = 0;
    }
    if (count >= limit) return false;
    count += 1;
    return true;
  };
}

export function slidingWindow(params) {
  const limit = params.replenishRate * params.window;
  let log = [];
  return (t) => {
    log = log.filter((at) => at > t - params.window);
    if (log.length >= limit) return false;
    log.push(t);
    return true;
  };
}

const LIMITERS = { "token-bucket": tokenBucket, "fixed-window": fixedWindow, "sliding-window": slidingWindow };

/** The most requests admitted in any interval of `length` seconds (admitted times sorted). */
export function busiest(times, length) {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i += 1) {
    while (times[i] - times[j] >= length) j += 1;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

export function run(params, seed, scenario = SCENARIO) {
  const times = arrivals(params, seed, scenario);
  const frames = Math.round(scenario.seconds / scenario.frame);
  const results = {};
  const events = [];
  for (const algorithm of ALGORITHMS) {
    const admit = LIMITERS[algorithm](params);
    const admitted = new Array(frames).fill(0);
    const rejected = new Array(frames).fill(0);
    const admittedTimes = [];
    let rejecting = false;
    for (const t of times) {
      const frame = Math.min(frames - 1, Math.floor(t / scenario.frame));
      if (admit(t)) {
        admitted[frame] += 1;
        admittedTimes.push(t);
        rejecting = false;
      } else {
        rejected[frame] += 1;
        if (!rejecting) events.push({ frame, at: Math.round(t * 100) / 100, algorithm });
        rejecting = true;
      }
    }
    results[algorithm] = {
      admitted,
      rejected,
      totalAdmitted: admittedTimes.length,
      totalRejected: times.length - admittedTimes.length,
      busiestSecond: busiest(admittedTimes, 1),
      admittedTimes,
    };
  }
  events.sort((a, b) => a.at - b.at);
  return { params: { ...params }, seed, scenario, frames, arrivals: times, results, events };
}
