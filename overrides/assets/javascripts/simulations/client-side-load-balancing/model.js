// Client-side load balancing: the order service spreads calls over the payment service's instances, one of
// which has turned slow. Each instance serves its requests one at a time in arrival order (service times drawn
// at random, the slow instance's multiplied by the slow-down factor). Round robin takes instances in turn; least
// outstanding requests compares every instance's count of requests awaiting a response; power of two choices
// samples two instances at random and takes the less loaded. All three see the same arrivals and service times.

import { seeded } from "../core/random.js";

export const DEFAULT_SEED = 1;

export const PARAMS = [
  { name: "instances", value: 5, min: 2, max: 10, step: 1 },
  { name: "slow-factor", value: 5, min: 1, max: 20, step: 1, unit: "x" },
  { name: "requests-per-second", value: 150, min: 20, max: 400, step: 10, unit: "/s" },
];

export const SCENARIO = { seconds: 20, frame: 0.2, serviceMs: 20 };
export const ALGORITHMS = ["round-robin", "least-outstanding", "power-of-two"];
export const SLOW = 0; // the slow instance is the first one

export function choose(algorithm, outstanding, state, random) {
  if (algorithm === "round-robin") {
    state.next = ((state.next ?? -1) + 1) % outstanding.length;
    return state.next;
  }
  if (algorithm === "least-outstanding") {
    let best = 0;
    for (let i = 1; i < outstanding.length; i += 1) if (outstanding[i] < outstanding[best]) best = i;
    return best;
  }
  const a = Math.floor(random() * outstanding.length);
  let b = Math.floor(random() * (outstanding.length - 1));
  if (b >= a) b += 1; // two distinct instances
  return outstanding[b] < outstanding[a] ? b : a;
}

function percentile(values, p) {
  if (!values.length) return 0;
  const sorted = values.slice().sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function simulate(algorithm, params, requests, random, scenario) {
  const n = params.instances;
  const completions = Array.from({ length: n }, () => []); // per instance, ascending (FIFO)
  const heads = new Array(n).fill(0);
  const lastEnd = new Array(n).fill(0);
  const frames = Math.round(scenario.seconds / scenario.frame);
  const slowOutstanding = new Array(frames).fill(0);
  const latencies = [];
  const sent = new Array(n).fill(0);
  const state = {};
  for (const request of requests) {
    const outstanding = completions.map((list, i) => {
      while (heads[i] < list.length && list[heads[i]] <= request.at) heads[i] += 1;
      return list.length - heads[i];
    });
    const instance = choose(algorithm, outstanding, state, random);
    const service = request.work * (instance === SLOW ? params["slow-factor"] : 1);
    const end = Math.max(request.at, lastEnd[instance]) + service;
    lastEnd[instance] = end;
    completions[instance].push(end);
    sent[instance] += 1;
    latencies.push(end - request.at);
    const frame = Math.min(frames - 1, Math.floor(request.at / scenario.frame));
    slowOutstanding[frame] = Math.max(slowOutstanding[frame], outstanding[SLOW] + (instance === SLOW ? 1 : 0));
  }
  return {
    sent,
    slowShare: requests.length ? sent[SLOW] / requests.length : 0,
    p50: percentile(latencies, 50) * 1000,
    p99: percentile(latencies, 99) * 1000,
    latencies,
    slowOutstanding,
  };
}

export function run(params, seed, scenario = SCENARIO) {
  const random = seeded(seed);
  const requests = [];
  for (let t = -Math.log(1 - random()) / params["requests-per-second"]; t < scenario.seconds; t += -Math.log(1 - random()) / params["requests-per-second"]) {
    requests.push({ at: t, work: (-Math.log(1 - random()) * scenario.serviceMs) / 1000 });
  }
  const results = {};
  ALGORITHMS.forEach((algorithm, index) => {
    results[algorithm] = simulate(algorithm, params, requests, seeded(seed * 17 + index), scenario);
  });
  const events = [];
  for (const algorithm of ALGORITHMS) {
    const frame = results[algorithm].slowOutstanding.findIndex((n) => n >= 10);
    if (frame >= 0) events.push({ frame, at: Math.round(frame * scenario.frame * 10) / 10, algorithm });
  }
  events.sort((a, b) => a.frame - b.frame);
  return { params: { ...params }, seed, scenario, frames: Math.round(scenario.seconds / scenario.frame), requests: requests.length, times: requests.map((r) => r.at), results, events };
}
