// Entry point of the canary-release page's simulation.
import { mount } from "./core/mount.js";
import { DEFAULT_SEED, PARAMS, run } from "./canary-release/model.js";
import { TEXT, cover, draw, event, facts, summary } from "./canary-release/view.js";

mount({ id: "canary-release", params: PARAMS, defaultSeed: DEFAULT_SEED, run, draw, cover, facts, event, summary, text: TEXT });
