// Entry point of the eventual-consistency page's simulation.
import { mount } from "./core/mount.js";
import { DEFAULT_SEED, PARAMS, run } from "./eventual-consistency/model.js";
import { TEXT, cover, draw, event, facts, summary } from "./eventual-consistency/view.js";

mount({ id: "eventual-consistency", params: PARAMS, defaultSeed: DEFAULT_SEED, run, draw, cover, facts, event, summary, text: TEXT });
