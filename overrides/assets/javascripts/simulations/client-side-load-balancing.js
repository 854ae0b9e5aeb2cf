// Entry point of the client-side-load-balancing page's simulation.
import { mount } from "./core/mount.js";
import { DEFAULT_SEED, PARAMS, run } from "./client-side-load-balancing/model.js";
import { TEXT, cover, draw, event, facts, summary } from "./client-side-load-balancing/view.js";

mount({ id: "client-side-load-balancing", params: PARAMS, defaultSeed: DEFAULT_SEED, run, draw, cover, facts, event, summary, text: TEXT });
