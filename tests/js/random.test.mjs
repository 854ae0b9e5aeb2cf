import assert from "node:assert/strict";
import { test } from "node:test";
import { poisson, seeded } from "../../overrides/assets/javascripts/simulations/core/random.js";

test("the same seed gives the same sequence, another seed another one", () => {
  const a = seeded(7);
  const b = seeded(7);
  const c = seeded(8);
  const first = Array.from({ length: 5 }, a);
  assert.deepEqual(first, Array.from({ length: 5 }, b));
  assert.notDeepEqual(first, Array.from({ length: 5 }, c));
  assert.ok(first.every((x) => x >= 0 && x < 1));
});

test("Poisson draws average to their mean", () => {
  const random = seeded(3);
  const n = 20000;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += poisson(random, 0.8);
  assert.ok(Math.abs(sum / n - 0.8) < 0.03, String(sum / n));
});
