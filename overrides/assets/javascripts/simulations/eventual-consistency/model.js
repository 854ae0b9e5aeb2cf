// Eventual consistency seen by a user: customers pay, and a moment later open their order history, which reads a
// read model that a consumer updates from the PaymentAuthorized event. Until the event is applied the read model
// still says "awaiting payment" (the customer may tap Pay again). Each event's lag is random around the
// projection lag; for a while the consumer is down (a deployment) and events wait for it. The page's three
// remedies can be switched on: the payment response carries the new state and its version, which the screen
// prefers over an older read model; reads within a few seconds of the customer's own write go to the write side
// (read-your-writes); a stale read is shown as an explicit "payment in progress". Pure and deterministic.

import { seeded } from "../core/random.js";

export const DEFAULT_SEED = 1;

export const PARAMS = [
  { name: "projection-lag", value: 300, min: 50, max: 3000, step: 50, unit: "ms" },
  { name: "read-after", value: 500, min: 0, max: 10000, step: 100, unit: "ms" },
  { name: "consumer-outage", value: 10, min: 0, max: 20, step: 1, unit: "s" },
  { name: "response-version", value: "off", options: ["off", "on"], toggle: true },
  { name: "read-your-writes", value: "off", options: ["off", "on"], toggle: true },
  { name: "in-progress", value: "off", options: ["off", "on"], toggle: true },
];

export const SCENARIO = { seconds: 60, payments: 240, outageFrom: 30, readYourWritesWindow: 5 };
export const OUTCOMES = ["fresh", "in-progress", "stale"];

/** What one read shows: the read model's state, or a remedy's. */
export function outcome(read, params, scenario = SCENARIO) {
  if (read.at >= read.applied) return "fresh";
  if (params["response-version"] === "on") return "fresh"; // the screen keeps the newer version from the response
  if (params["read-your-writes"] === "on" && read.at - read.wrote < scenario.readYourWritesWindow) return "fresh";
  if (params["in-progress"] === "on") return "in-progress";
  return "stale";
}

export function run(params, seed, scenario = SCENARIO) {
  const random = seeded(seed);
  const outageTo = scenario.outageFrom + params["consumer-outage"];
  const reads = [];
  for (let i = 0; i < scenario.payments; i += 1) {
    const wrote = random() * (scenario.seconds - 6);
    let applied = wrote + (-Math.log(1 - random()) * params["projection-lag"]) / 1000;
    if (applied >= scenario.outageFrom && applied < outageTo) applied = outageTo + (applied - scenario.outageFrom) * 0.05; // the backlog drains fast
    const at = wrote + (params["read-after"] / 1000) * (0.5 + random());
    reads.push({ wrote, applied, at });
  }
  reads.sort((a, b) => a.at - b.at);
  const frames = scenario.seconds;
  const perSecond = Array.from({ length: frames }, () => ({ fresh: 0, "in-progress": 0, stale: 0, lag: 0 }));
  const totals = { fresh: 0, "in-progress": 0, stale: 0 };
  for (const read of reads) {
    read.outcome = outcome(read, params, scenario);
    totals[read.outcome] += 1;
    const second = Math.min(frames - 1, Math.floor(read.at));
    perSecond[second][read.outcome] += 1;
    const wroteSecond = Math.min(frames - 1, Math.floor(read.wrote));
    perSecond[wroteSecond].lag = Math.max(perSecond[wroteSecond].lag, read.applied - read.wrote);
  }
  const events = [];
  const firstStale = reads.find((r) => r.outcome === "stale");
  if (firstStale) events.push({ frame: Math.floor(firstStale.at), kind: "stale", at: Math.round(firstStale.at * 10) / 10, lag: Math.round((firstStale.applied - firstStale.wrote) * 1000) });
  if (params["consumer-outage"] > 0) {
    events.push({ frame: scenario.outageFrom, kind: "outage", at: scenario.outageFrom });
    events.push({ frame: Math.min(frames - 1, Math.floor(outageTo)), kind: "recovered", at: outageTo });
  }
  events.sort((a, b) => a.frame - b.frame);
  return { params: { ...params }, seed, scenario, frames, reads, perSecond, totals, events };
}
