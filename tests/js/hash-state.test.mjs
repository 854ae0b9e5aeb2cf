import assert from "node:assert/strict";
import { test } from "node:test";
import { decode, encode, isSimulationHash } from "../../overrides/assets/javascripts/simulations/core/hash-state.js";

const SPECS = [
  { name: "rate", value: 50, min: 0, max: 100, step: 5 },
  { name: "mode", value: "a", options: ["a", "b"] },
];

test("a run survives the round trip through the fragment", () => {
  const hash = encode({ rate: 35, mode: "b" }, 42, SPECS);
  assert.equal(hash, "#sim:seed=42&rate=35&mode=b");
  assert.deepEqual(decode(hash, SPECS, 1), { params: { rate: 35, mode: "b" }, seed: 42 });
});

test("an ordinary anchor is not ours and yields the defaults", () => {
  assert.equal(isSimulationHash("#solution"), false);
  assert.deepEqual(decode("#solution", SPECS, 7), { params: { rate: 50, mode: "a" }, seed: 7 });
});

test("values out of range are clamped to the range and snapped to the step; garbage falls back", () => {
  assert.deepEqual(decode("#sim:rate=250&mode=zzz&seed=-3", SPECS, 1), { params: { rate: 100, mode: "a" }, seed: 1 });
  assert.deepEqual(decode("#sim:rate=12&unknown=3", SPECS, 1).params.rate, 10);
  assert.deepEqual(decode("#sim:rate=abc", SPECS, 1).params.rate, 50);
});
