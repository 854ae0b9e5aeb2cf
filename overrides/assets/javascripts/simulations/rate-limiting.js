// Entry point of the rate-limiting page's simulation.
import { mount } from "./core/mount.js";
import { DEFAULT_SEED, PARAMS, run } from "./rate-limiting/model.js";
import { TEXT, cover, draw, event, facts, summary } from "./rate-limiting/view.js";

mount({ id: "rate-limiting", params: PARAMS, defaultSeed: DEFAULT_SEED, run, draw, cover, facts, event, summary, text: TEXT });
