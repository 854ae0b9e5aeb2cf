// The run in the URL fragment: "#sim:seed=7&failure-rate=60". Pure functions, so Node can test them.
// Only fragments that start with "sim:" are ours; any other fragment is an ordinary anchor and is left alone.

const PREFIX = "#sim:";

/** Whether a fragment describes a simulation run. */
export function isSimulationHash(hash) {
  return hash.startsWith(PREFIX);
}

function clamp(spec, raw) {
  if (spec.options) return spec.options.includes(raw) ? raw : spec.value;
  const number = Number(raw);
  if (raw === "" || !Number.isFinite(number)) return spec.value;
  const stepped = spec.min + Math.round((number - spec.min) / spec.step) * spec.step;
  return Math.min(spec.max, Math.max(spec.min, Number(stepped.toFixed(6))));
}

/** Parameters and seed read from a fragment; unknown keys are ignored, bad values fall back to the default. */
export function decode(hash, specs, defaultSeed) {
  const params = Object.fromEntries(specs.map((spec) => [spec.name, spec.value]));
  let seed = defaultSeed;
  if (!isSimulationHash(hash)) return { params, seed };
  for (const pair of hash.slice(PREFIX.length).split("&")) {
    const [key, raw = ""] = pair.split("=").map(decodeURIComponent);
    const spec = specs.find((candidate) => candidate.name === key);
    if (spec) params[key] = clamp(spec, raw);
    else if (key === "seed" && /^\d{1,9}$/.test(raw)) seed = Number(raw);
  }
  return { params, seed };
}

/** The fragment for a run: the seed first, then every parameter in the order the page lists them. */
export function encode(params, seed, specs) {
  const pairs = [`seed=${seed}`].concat(specs.map((spec) => `${spec.name}=${encodeURIComponent(params[spec.name])}`));
  return PREFIX + pairs.join("&");
}
