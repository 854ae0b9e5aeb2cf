import assert from "node:assert/strict";
import { test } from "node:test";
import { PARAMS, SCENARIO, outcome, run } from "../../overrides/assets/javascripts/simulations/eventual-consistency/model.js";

const DEFAULTS = Object.fromEntries(PARAMS.map((p) => [p.name, p.value]));
const ON = (name) => ({ ...DEFAULTS, [name]: "on" });

test("without remedies, a read before the event is applied misses the write", () => {
  const r = run(DEFAULTS, 1);
  assert.ok(r.totals.stale > 0);
  for (const read of r.reads) assert.equal(read.outcome, read.at >= read.applied ? "fresh" : "stale");
});

test("the version in the response and read-your-writes within the window show the customer's own write", () => {
  const early = { wrote: 10, applied: 12, at: 10.5 };
  const late = { wrote: 10, applied: 30, at: 16 };
  assert.equal(outcome(early, DEFAULTS), "stale");
  assert.equal(outcome(early, ON("response-version")), "fresh");
  assert.equal(outcome(early, ON("read-your-writes")), "fresh");
  assert.equal(outcome(late, ON("read-your-writes")), "stale", `the window is ${SCENARIO.readYourWritesWindow} s`);
  assert.equal(outcome(late, ON("in-progress")), "in-progress");
});

test("each remedy removes the stale reads of the default run; in-progress turns them into an explicit state", () => {
  const none = run(DEFAULTS, 2);
  assert.equal(run(ON("response-version"), 2).totals.stale, 0);
  assert.equal(run(ON("read-your-writes"), 2).totals.stale, 0);
  const progress = run(ON("in-progress"), 2).totals;
  assert.equal(progress.stale, 0);
  assert.equal(progress["in-progress"], none.totals.stale);
});

test("reading later than the read-your-writes window during a consumer outage is stale again", () => {
  const r = run({ ...ON("read-your-writes"), "read-after": 8000, "consumer-outage": 20 }, 3);
  assert.ok(r.totals.stale > 0);
  assert.ok(r.reads.filter((x) => x.outcome === "stale").every((x) => x.at - x.wrote >= SCENARIO.readYourWritesWindow));
});

test("events are never applied before they are written, and events during the outage wait for it to end", () => {
  const r = run(DEFAULTS, 4);
  const end = SCENARIO.outageFrom + DEFAULTS["consumer-outage"];
  for (const read of r.reads) {
    assert.ok(read.applied >= read.wrote);
    assert.ok(!(read.applied >= SCENARIO.outageFrom && read.applied < end));
  }
  assert.deepEqual(run(DEFAULTS, 4), run(DEFAULTS, 4));
});
