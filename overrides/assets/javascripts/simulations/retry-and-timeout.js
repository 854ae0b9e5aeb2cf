// Entry point of the retry-and-timeout page's simulation.
import { mount } from "./core/mount.js";
import { DEFAULT_SEED, PARAMS, run } from "./retry-and-timeout/model.js";
import { TEXT, cover, draw, event, facts, summary } from "./retry-and-timeout/view.js";

mount({ id: "retry-and-timeout", params: PARAMS, defaultSeed: DEFAULT_SEED, run, draw, cover, facts, event, summary, text: TEXT });
