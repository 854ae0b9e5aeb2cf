// Entry point of the bulkhead page's simulation.
import { mount } from "./core/mount.js";
import { DEFAULT_SEED, PARAMS, run } from "./bulkhead/model.js";
import { TEXT, cover, draw, event, facts, summary } from "./bulkhead/view.js";

mount({ id: "bulkhead", params: PARAMS, defaultSeed: DEFAULT_SEED, run, draw, cover, facts, event, summary, text: TEXT });
