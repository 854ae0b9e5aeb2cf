import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { LANGUAGES, SIMULATIONS, figure, figurePath } from "../../scripts/simulation-figures.mjs";

for (const id of SIMULATIONS) {
  for (const lang of LANGUAGES) {
    test(`the committed static figure of ${id} (${lang}) is what the code draws`, async () => {
      const svg = await figure(id, lang);
      assert.equal(readFileSync(figurePath(id, lang), "utf8"), svg, "run: node scripts/simulation-figures.mjs");
      assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+" role="img" aria-label="[^"]+">\n/);
      assert.ok(!svg.includes("\n\n"), "no blank line");
    });
  }
}
