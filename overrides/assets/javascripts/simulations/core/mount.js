// The view shared by every simulation: controls, playback, facts, event log and the URL fragment.
// A simulation supplies a pure model (run), pure renderers (draw, facts, event, summary) and its words; this
// module is the only place that touches the DOM. The static figure in the page stays for print and the PDF.

import { liveRegion, reducedMotion } from "./a11y.js";
import { element, renderControls } from "./controls.js";
import { CORE_TEXT } from "./core-text.js";
import { decode, encode, isSimulationHash } from "./hash-state.js";

// A whole run plays in about three seconds in at most 30 redraws, whatever its number of frames: each redraw
// is one short task, and the page keeps answering while it plays.
const PLAY_MS = 3000;
const REDRAWS = 30;

export function mount(simulation) {
  const root = document.querySelector(`.simulation[data-simulation="${simulation.id}"]`);
  if (!root) return;
  const lang = document.documentElement.lang === "ko" ? "ko" : "en";
  const text = { ...CORE_TEXT[lang], ...simulation.text[lang] };
  const live = element("div", { class: "simulation-live", role: "group", "aria-labelledby": `${simulation.id}-title` });
  live.appendChild(element("p", { class: "sim-title", id: `${simulation.id}-title` }, text.title));
  live.appendChild(element("p", { class: "sim-intro" }, text.intro));

  const fieldset = element("fieldset", { class: "sim-controls" });
  fieldset.appendChild(element("legend", {}, text.parameters));
  const controls = renderControls(fieldset, simulation.params, text, () => rerun(true));
  const seedId = `${simulation.id}-seed`;
  const seedField = element("div", { class: "sim-field sim-seed" });
  const seedInput = element("input", { id: seedId, type: "number", min: "0", max: "999999999", step: "1", inputmode: "numeric" });
  seedField.append(element("label", { for: seedId }, text.seed), seedInput);
  seedInput.addEventListener("change", () => rerun(true));
  // A simulation without chance (the saga) has nothing for a seed to change.
  seedField.hidden = Boolean(simulation.deterministic);
  fieldset.appendChild(seedField);
  live.appendChild(fieldset);

  const buttons = element("div", { class: "sim-buttons" });
  const replayButton = element("button", { type: "button", "data-action": "replay" }, text.replay);
  const pauseButton = element("button", { type: "button", "data-action": "pause" }, text.pause);
  const stepButton = element("button", { type: "button", "data-action": "step" }, text.step);
  const seedButton = element("button", { type: "button", "data-action": "new-seed" }, text.newSeed);
  // Material rewrites the fragment to the nearest heading while the reader scrolls (navigation.tracking), so
  // the link to the run is kept on a link of its own as well.
  const permalink = element("a", { class: "sim-permalink" }, text.permalink);
  seedButton.hidden = Boolean(simulation.deterministic);
  buttons.append(replayButton, pauseButton, stepButton, seedButton, permalink);
  live.appendChild(buttons);
  const hint = element("p", { class: "sim-hint" }, text.stepMode);
  live.appendChild(hint);

  // The chart of the whole run is drawn once per run; playing it only moves a cover over what has not happened
  // yet, so a frame costs a few attribute changes rather than a new SVG.
  const chart = element("div", { class: "sim-chart" });
  const cover = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  cover.setAttribute("class", "dg-bg sim-cover");
  const position = element("p", { class: "sim-position" });
  const factsTitle = element("p", { class: "sim-subtitle" }, text.result);
  const facts = element("dl", { class: "sim-facts" });
  const logTitle = element("p", { class: "sim-subtitle", id: `${simulation.id}-events` }, text.events);
  // The log scrolls, so it takes keyboard focus to be scrollable without a mouse.
  const log = element("ol", { class: "sim-log", tabindex: "0", "aria-labelledby": `${simulation.id}-events` });
  live.append(chart, position, factsTitle, facts, logTitle, log);
  const say = liveRegion(live);

  let result = null;
  let frame = 0;
  let timer = 0;
  let stepMode = reducedMotion((reduce) => {
    stepMode = reduce;
    showMode();
  });

  function showMode() {
    hint.hidden = !stepMode;
    pauseButton.hidden = stepMode;
  }

  function params() {
    return { params: controls.read(), seed: Math.max(0, Math.floor(Number(seedInput.value) || 0)) };
  }

  function rerun(fromControls) {
    stop();
    const state = params();
    seedInput.value = state.seed;
    const hash = encode(state.params, state.seed, simulation.params);
    permalink.setAttribute("href", hash);
    if (fromControls) history.replaceState(history.state, "", hash);
    if (fromControls || isSimulationHash(location.hash)) carryToOtherLanguages(hash);
    result = simulation.run(state.params, state.seed);
    chart.innerHTML = simulation.draw(result, text);
    chart.firstElementChild.appendChild(cover);
    show(result.frames - 1, -1);
    say(simulation.summary(result, text));
  }

  function show(next, previous) {
    frame = next;
    const [x, y, width, height] = simulation.cover(result, frame);
    cover.setAttribute("x", x);
    cover.setAttribute("y", y);
    cover.setAttribute("width", Math.max(0, width));
    cover.setAttribute("height", Math.max(0, height));
    position.textContent = text.position(frame + 1, result.frames);
    const list = simulation.facts(result, frame, text);
    if (facts.children.length !== list.length * 2) {
      facts.textContent = "";
      for (const fact of list) facts.append(element("dt", {}, fact.label), element("dd", { "data-fact": fact.key }));
    }
    list.forEach((fact, index) => {
      const value = facts.children[index * 2 + 1];
      if (value.textContent !== fact.value) value.textContent = fact.value;
    });
    // The log holds the events up to this frame; when playing forward only the new ones are appended.
    const happened = result.events.filter((event) => event.frame <= frame);
    if (previous < 0 || previous > frame || log.querySelector(".sim-none")) log.textContent = "";
    for (const event of happened.slice(log.children.length)) log.appendChild(element("li", {}, simulation.event(event, text)));
    if (!happened.length) log.appendChild(element("li", { class: "sim-none" }, text.noEvents));
    if (previous >= 0) log.scrollTop = log.scrollHeight;
    const fresh = happened.filter((event) => event.frame > previous).map((event) => simulation.event(event, text));
    if (previous >= 0 && fresh.length) say(fresh.slice(-2).join(" "));
    const finished = frame === result.frames - 1;
    root.dataset.frame = String(frame);
    stepButton.disabled = finished;
    if (finished && previous >= 0) say(`${text.finished} ${simulation.summary(result, text)}`);
  }

  function stop() {
    clearTimeout(timer);
    timer = 0;
    root.dataset.playing = "false";
    pauseButton.textContent = text.resume;
    pauseButton.disabled = !result || frame === result.frames - 1;
  }

  function play() {
    root.dataset.playing = "true";
    pauseButton.textContent = text.pause;
    pauseButton.disabled = false;
    const stride = Math.ceil(result.frames / REDRAWS);
    const delay = Math.round((PLAY_MS * stride) / result.frames);
    const tick = () => {
      if (frame >= result.frames - 1) return stop();
      show(Math.min(result.frames - 1, frame + stride), frame);
      timer = setTimeout(tick, delay);
    };
    timer = setTimeout(tick, delay);
  }

  replayButton.addEventListener("click", () => {
    stop();
    show(0, -1);
    say(`${text.replay}: ${position.textContent}`);
    if (!stepMode) play();
    else stop();
  });
  pauseButton.addEventListener("click", () => (timer ? stop() : play()));
  stepButton.addEventListener("click", () => {
    stop();
    const size = Math.max(1, Math.round(result.frames / 20));
    show(Math.min(result.frames - 1, frame + size), frame);
    stop();
  });
  seedButton.addEventListener("click", () => {
    seedInput.value = String(Math.floor(Math.random() * 1e6));
    rerun(true);
  });

  // The language menu leads to the same run on the twin page, as the decision guides keep their place.
  function carryToOtherLanguages(hash) {
    for (const link of document.querySelectorAll("a.md-select__link[hreflang]")) {
      if (!link.hasAttribute("data-sim-href")) link.setAttribute("data-sim-href", link.getAttribute("href"));
      link.setAttribute("href", link.getAttribute("data-sim-href").split("#")[0] + hash);
    }
  }

  function load() {
    const state = decode(location.hash, simulation.params, simulation.defaultSeed);
    controls.write(state.params);
    seedInput.value = String(state.seed);
    rerun(false);
  }
  window.addEventListener("hashchange", () => {
    if (isSimulationHash(location.hash)) load();
  });

  root.appendChild(live);
  showMode();
  load();
  root.querySelector(".simulation-figure").hidden = true;
  root.dataset.ready = "true";
}
