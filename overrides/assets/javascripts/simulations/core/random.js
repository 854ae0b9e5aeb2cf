// Seeded random source: the same seed gives the same run on every machine, so a run can be replayed and shared.

/** Mulberry32: a tiny 32-bit generator, good enough to draw arrivals and outcomes. Returns floats in [0, 1). */
export function seeded(seed) {
  let state = seed >>> 0;
  return function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Number of events in one interval of a Poisson process with the given mean (Knuth; means here stay small). */
export function poisson(random, mean) {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count += 1;
    product *= random();
  }
  return count;
}
