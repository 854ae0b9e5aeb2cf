// Each simulation page loads its entry module and what it imports: together at most 15 KB gzip.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { SIMULATIONS } from "../../scripts/simulation-figures.mjs";

const LIMIT = 15 * 1024;
const BASE = new URL("../../overrides/assets/javascripts/simulations/", import.meta.url);

/** The module and everything it imports, transitively, as file URLs. */
export function moduleGraph(entry, seen = new Set()) {
  if (seen.has(entry.href)) return seen;
  seen.add(entry.href);
  for (const match of readFileSync(entry, "utf8").matchAll(/^(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gms)) {
    moduleGraph(new URL(match[1], entry), seen);
  }
  return seen;
}

for (const id of SIMULATIONS) {
  test(`${id}: the page's scripts weigh at most 15 KB gzip`, () => {
    const files = [...moduleGraph(new URL(`${id}.js`, BASE))];
    const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(new URL(file))).length, 0);
    console.log(`${id}: ${files.length} modules, ${(gzip / 1024).toFixed(1)} KB gzip`);
    assert.ok(files.some((file) => file.endsWith(`/${id}/model.js`)));
    assert.ok(gzip <= LIMIT, `${gzip} bytes`);
  });
}
