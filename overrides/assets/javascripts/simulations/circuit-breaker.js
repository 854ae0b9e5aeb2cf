// Entry point of the circuit-breaker page's simulation.
import { mount } from "./core/mount.js";
import { DEFAULT_SEED, PARAMS, run } from "./circuit-breaker/model.js";
import { TEXT, cover, draw, event, facts, summary } from "./circuit-breaker/view.js";

mount({ id: "circuit-breaker", params: PARAMS, defaultSeed: DEFAULT_SEED, run, draw, cover, facts, event, summary, text: TEXT });
