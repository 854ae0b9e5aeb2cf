// Canary release, by the page's Argo Rollouts steps: setWeight 10, pause 10m, analysis of the canary's
// send-failure rate, setWeight 50, pause 10m, then full promotion. The analysis fails when the canary's failure
// rate over the pause exceeds max-error-rate, and a failed analysis aborts the rollout: the canary's weight
// drops to zero at once. Requests arrive every minute; each one fails with its version's error rate.

import { poisson, seeded } from "../core/random.js";

export const DEFAULT_SEED = 1;

export const PARAMS = [
  { name: "canary-error-rate", value: 3, min: 0, max: 10, step: 0.5, unit: "%" },
  { name: "stable-error-rate", value: 0.5, min: 0, max: 5, step: 0.5, unit: "%" },
  { name: "max-error-rate", value: 1, min: 0.5, max: 10, step: 0.5, unit: "%" },
  { name: "setWeight", value: 10, min: 5, max: 50, step: 5, unit: "%" },
  { name: "requests-per-minute", value: 200, min: 20, max: 2000, step: 20, unit: "" },
];

export const SCENARIO = { pauseMinutes: 10, secondWeight: 50, minutes: 30 };

export function run(params, seed, scenario = SCENARIO) {
  const random = seeded(seed);
  const frames = [];
  const events = [{ frame: 0, kind: "weight", weight: params.setWeight, minute: 0 }];
  let weight = params.setWeight;
  let phase = "first-pause";
  let window = { requests: 0, failed: 0 };
  const totals = { canaryRequests: 0, canaryFailed: 0, stableFailed: 0 };
  for (let minute = 0; minute < scenario.minutes; minute += 1) {
    const requests = poisson(random, params["requests-per-minute"]);
    let canary = 0;
    let canaryFailed = 0;
    let stableFailed = 0;
    for (let i = 0; i < requests; i += 1) {
      const toCanary = random() * 100 < weight;
      const failed = random() * 100 < (toCanary ? params["canary-error-rate"] : params["stable-error-rate"]);
      if (toCanary) {
        canary += 1;
        if (failed) canaryFailed += 1;
      } else if (failed) stableFailed += 1;
    }
    totals.canaryRequests += canary;
    totals.canaryFailed += canaryFailed;
    totals.stableFailed += stableFailed;
    window.requests += canary;
    window.failed += canaryFailed;
    frames.push({ minute, weight, requests, canary, canaryFailed, stableFailed, phase });
    const end = minute + 1;
    if (phase === "first-pause" && end === scenario.pauseMinutes) {
      const measured = window.requests ? (100 * window.failed) / window.requests : 0;
      const passed = measured <= params["max-error-rate"];
      events.push({ frame: minute, kind: "analysis", minute: end, measured, requests: window.requests, passed });
      window = { requests: 0, failed: 0 };
      if (passed) {
        weight = scenario.secondWeight;
        phase = "second-pause";
        events.push({ frame: minute, kind: "weight", weight, minute: end });
      } else {
        weight = 0;
        phase = "aborted";
        events.push({ frame: minute, kind: "aborted", minute: end });
      }
    } else if (phase === "second-pause" && end === 2 * scenario.pauseMinutes) {
      weight = 100;
      phase = "promoted";
      events.push({ frame: minute, kind: "promoted", minute: end });
    }
  }
  return { params: { ...params }, seed, scenario, frames: frames.length, timeline: frames, events, totals, outcome: phase };
}
