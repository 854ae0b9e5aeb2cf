import assert from "node:assert/strict";
import { test } from "node:test";
import { PARAMS, STEPS, run, transactions } from "../../overrides/assets/javascripts/simulations/saga/model.js";

const DEFAULTS = Object.fromEntries(PARAMS.map((p) => [p.name, p.value]));
const MODES = ["choreography", "orchestration"];
const txs = (params) => transactions(params).map((x) => `${x.tx}:${x.outcome}`);

test("when the pivot fails, the committed steps are compensated in reverse order", () => {
  assert.deepEqual(txs({ ...DEFAULTS, "failing-step": "shop" }), ["T1:committed", "T2:committed", "T3:failed", "C2:compensated", "C1:compensated"]);
});

test("a failed payment compensates only the order, and the order ends CANCELLED", () => {
  assert.deepEqual(txs({ ...DEFAULTS, "failing-step": "payment" }), ["T1:committed", "T2:failed", "C1:compensated"]);
  for (const coordination of MODES) assert.equal(run({ ...DEFAULTS, coordination, "failing-step": "payment" }).status, "CANCELLED");
});

test("a retriable step after the pivot is retried, never compensated", () => {
  const list = txs({ ...DEFAULTS, "failing-step": "rider", "rider-retries": 3 });
  assert.equal(list.filter((x) => x === "T4:retry").length, 3);
  assert.ok(list.every((x) => !x.startsWith("C")));
  for (const coordination of MODES) assert.equal(run({ ...DEFAULTS, coordination, "failing-step": "rider" }).status, "ACCEPTED");
});

test("every compensation undoes a committed compensatable step, in exactly the reverse order of commit", () => {
  for (const failing of ["none", "payment", "shop", "rider"]) {
    const list = transactions({ ...DEFAULTS, "failing-step": failing });
    const committed = list.filter((x) => x.outcome === "committed").map((x) => STEPS.find((s) => s.tx === x.tx)).filter((s) => s.compensation);
    const compensations = list.filter((x) => x.outcome === "compensated").map((x) => x.tx);
    const failed = list.some((x) => x.outcome === "failed");
    assert.deepEqual(compensations, failed ? committed.map((s) => s.compensation).reverse() : []);
  }
});

test("both coordinations run the same local transactions; only the messages differ", () => {
  for (const failing of ["none", "payment", "shop", "rider"]) {
    const [chor, orch] = MODES.map((coordination) => run({ ...DEFAULTS, coordination, "failing-step": failing }));
    const locals = (r) => r.rows.filter((row) => row.type === "local").map((row) => `${row.tx}:${row.outcome}`);
    assert.deepEqual(locals(chor), locals(orch));
    assert.ok(chor.rows.filter((r) => r.type === "message").every((m) => m.kind === "event" || m.kind === "compensate"));
    assert.ok(orch.rows.filter((r) => r.type === "message").every((m) => m.from === "order" || m.to === "order"), "every message passes the orchestrator");
  }
});

test("the order follows the guide's states: PLACED, PAID, ACCEPTED; REJECTED after the shop says no", () => {
  for (const coordination of MODES) {
    assert.equal(run({ ...DEFAULTS, coordination, "failing-step": "shop" }).status, "REJECTED");
    assert.equal(run({ ...DEFAULTS, coordination, "failing-step": "none" }).status, "ACCEPTED");
  }
});

test("choreography: RiderAssigned reaches both the order and the notification service", () => {
  const rows = run({ ...DEFAULTS, coordination: "choreography", "failing-step": "none" }).rows;
  const to = rows.filter((r) => r.type === "message" && r.name === "RiderAssigned").map((r) => r.to);
  assert.deepEqual(to, ["order", "notification"]);
});
