// Bulkhead: the order service calls the shop service (fast) and the rider service, which turns slow during an
// incident. Shared: one pool of threads serves both, and a call that finds every thread busy is rejected.
// Isolated, as in the page's example: shop calls go through a semaphore of max-concurrent-calls and rider calls
// through a thread pool of max-thread-pool-size with a queue of queue-capacity; a full compartment rejects at
// once. The shared pool has as many threads as the two compartments together. Pure and deterministic.

import { poisson, seeded } from "../core/random.js";

export const DEFAULT_SEED = 1;

export const PARAMS = [
  { name: "rider-latency", value: 5000, min: 100, max: 8000, step: 100, unit: "ms" },
  { name: "calls-per-second", value: 20, min: 5, max: 60, step: 5, unit: "/s" },
  { name: "max-concurrent-calls", value: 6, min: 1, max: 20, step: 1 },
  { name: "max-thread-pool-size", value: 6, min: 1, max: 20, step: 1 },
  { name: "queue-capacity", value: 10, min: 0, max: 50, step: 5 },
];

export const SCENARIO = { seconds: 20, tick: 0.01, frame: 0.1, incident: { from: 5, to: 15 }, shopLatency: 0.05, riderLatency: 0.1 };
export const MODES = ["shared", "isolated"];
export const DEPENDENCIES = ["shop", "rider"];

function latency(dependency, now, params, scenario) {
  if (dependency === "shop") return scenario.shopLatency;
  const sick = now >= scenario.incident.from && now < scenario.incident.to;
  return sick ? params["rider-latency"] / 1000 : scenario.riderLatency;
}

function simulate(mode, params, arrivals, scenario) {
  const limits = mode === "shared"
    ? { shared: params["max-concurrent-calls"] + params["max-thread-pool-size"] }
    : { shop: params["max-concurrent-calls"], rider: params["max-thread-pool-size"] };
  const poolOf = (dependency) => (mode === "shared" ? "shared" : dependency);
  const queueCapacity = mode === "shared" ? { shared: 0, shop: 0, rider: 0 } : { shared: 0, shop: 0, rider: params["queue-capacity"] };
  const busy = { shared: [], shop: [], rider: [] }; // end times of running calls
  const queue = { shared: [], shop: [], rider: [] };
  const perFrame = Math.round(scenario.frame / scenario.tick);
  const frames = [];
  const totals = { shop: { ok: 0, rejected: 0 }, rider: { ok: 0, rejected: 0 } };
  let current = { shop: { ok: 0, rejected: 0 }, rider: { ok: 0, rejected: 0 }, busy: {} };
  let peak = { shared: 0, shop: 0, rider: 0 };
  const ticks = Math.round(scenario.seconds / scenario.tick);
  for (let tick = 0; tick < ticks; tick += 1) {
    const now = tick * scenario.tick;
    for (const pool of Object.keys(busy)) {
      const running = busy[pool].filter((call) => call.end > now + 1e-9);
      for (const call of busy[pool].filter((c) => c.end <= now + 1e-9)) {
        totals[call.dependency].ok += 1;
        current[call.dependency].ok += 1;
      }
      busy[pool] = running;
      while (queue[pool].length && busy[pool].length < limits[pool]) {
        const dependency = queue[pool].shift();
        busy[pool].push({ dependency, end: now + latency(dependency, now, params, scenario) });
      }
    }
    for (const [dependency, count] of arrivals[tick]) {
      const pool = poolOf(dependency);
      for (let i = 0; i < count; i += 1) {
        if (busy[pool].length < limits[pool]) busy[pool].push({ dependency, end: now + latency(dependency, now, params, scenario) });
        else if (queue[pool].length < queueCapacity[pool]) queue[pool].push(dependency);
        else {
          totals[dependency].rejected += 1;
          current[dependency].rejected += 1;
        }
      }
    }
    for (const pool of Object.keys(busy)) peak[pool] = Math.max(peak[pool], busy[pool].length);
    if ((tick + 1) % perFrame === 0) {
      const busyBy = { shop: 0, rider: 0 };
      for (const pool of Object.keys(busy)) for (const call of busy[pool]) busyBy[call.dependency] += 1;
      frames.push({ ...current, busy: busyBy });
      current = { shop: { ok: 0, rejected: 0 }, rider: { ok: 0, rejected: 0 }, busy: {} };
    }
  }
  return { frames, totals, peak, limits };
}

export function run(params, seed, scenario = SCENARIO) {
  const random = seeded(seed);
  const ticks = Math.round(scenario.seconds / scenario.tick);
  const mean = (params["calls-per-second"] * scenario.tick);
  const arrivals = Array.from({ length: ticks }, () => DEPENDENCIES.map((d) => [d, poisson(random, mean)]));
  const results = Object.fromEntries(MODES.map((mode) => [mode, simulate(mode, params, arrivals, scenario)]));
  const events = [];
  for (const mode of MODES) {
    const first = results[mode].frames.findIndex((f) => f.shop.rejected > 0);
    if (first >= 0) events.push({ frame: first, at: Math.round(first * scenario.frame * 10) / 10, mode, dependency: "shop" });
    const rider = results[mode].frames.findIndex((f) => f.rider.rejected > 0);
    if (rider >= 0) events.push({ frame: rider, at: Math.round(rider * scenario.frame * 10) / 10, mode, dependency: "rider" });
  }
  events.sort((a, b) => a.frame - b.frame);
  return { params: { ...params }, seed, scenario, frames: results.shared.frames.length, results, events };
}
