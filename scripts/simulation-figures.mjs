// Static figures of the simulations for print and the PDF, where no script runs: each simulation's own model
// and chart, run with its default parameters and seed, written to docs/<lang>/diagrams/simulation-<id>.svg.
//   node scripts/simulation-figures.mjs          write the figures
//   node scripts/simulation-figures.mjs --check  exit 1 when a committed figure differs from what the code draws
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SIMULATIONS = ["circuit-breaker", "rate-limiting", "retry-and-timeout", "bulkhead", "saga", "client-side-load-balancing", "canary-release", "eventual-consistency"];
export const LANGUAGES = ["ko", "en"];

const ROOT = new URL("../", import.meta.url);
const MODULES = new URL("overrides/assets/javascripts/simulations/", ROOT);

export function figurePath(id, lang) {
  return fileURLToPath(new URL(`docs/${lang}/diagrams/simulation-${id}.svg`, ROOT));
}

/** The SVG of one simulation's representative run: default parameters, default seed, last frame. */
export async function figure(id, lang) {
  const model = await import(new URL(`${id}/model.js`, MODULES));
  const view = await import(new URL(`${id}/view.js`, MODULES));
  const params = Object.fromEntries(model.PARAMS.map((spec) => [spec.name, spec.value]));
  const result = model.run(params, model.DEFAULT_SEED);
  return view.draw(result, view.TEXT[lang]);
}

async function main(check) {
  const stale = [];
  for (const id of SIMULATIONS) {
    for (const lang of LANGUAGES) {
      const path = figurePath(id, lang);
      const svg = await figure(id, lang);
      let current = "";
      try {
        current = readFileSync(path, "utf8");
      } catch {
        current = "";
      }
      if (current === svg) continue;
      if (check) stale.push(path);
      else writeFileSync(path, svg);
    }
  }
  if (stale.length) {
    console.error(`stale simulation figures (run node scripts/simulation-figures.mjs): ${stale.join(", ")}`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.includes("--check"));
