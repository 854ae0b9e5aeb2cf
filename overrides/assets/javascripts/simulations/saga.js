// Entry point of the saga page's simulation. There is no chance in a saga run: the reader picks the failure.
import { mount } from "./core/mount.js";
import { DEFAULT_SEED, PARAMS, run } from "./saga/model.js";
import { TEXT, cover, draw, event, facts, summary } from "./saga/view.js";

mount({ id: "saga", params: PARAMS, defaultSeed: DEFAULT_SEED, deterministic: true, run, draw, cover, facts, event, summary, text: TEXT });
