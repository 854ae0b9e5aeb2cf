// Saga: the order saga of the page's example, step by step, as a message sequence. Steps 1 and 2 are
// compensatable, step 3 (the shop accepting) is the pivot, steps 4 to 6 are retriable. When a step before or at
// the pivot fails, the committed compensatable steps are compensated in reverse order; a retriable step is
// retried until it succeeds. Choreography passes events between the services; orchestration has the order
// service's orchestrator send commands and read replies. Pure and deterministic: there is no chance here, the
// reader chooses the failure.

export const DEFAULT_SEED = 1;

export const PARAMS = [
  { name: "coordination", value: "choreography", options: ["choreography", "orchestration"] },
  { name: "failing-step", value: "shop", options: ["none", "payment", "shop", "rider"] },
  { name: "rider-retries", value: 2, min: 0, max: 5, step: 1 },
];

export const LANES = ["order", "payment", "shop", "rider", "notification"];

/** The steps of the example table: lane, kind and the compensation of compensatable steps. */
export const STEPS = [
  { tx: "T1", lane: "order", kind: "compensatable", compensation: "C1" },
  { tx: "T2", lane: "payment", kind: "compensatable", compensation: "C2" },
  { tx: "T3", lane: "shop", kind: "pivot" },
  { tx: "T4", lane: "rider", kind: "retriable" },
  { tx: "T5", lane: "order", kind: "retriable" },
  { tx: "T6", lane: "notification", kind: "retriable" },
];

const FAILS_AT = { none: null, payment: "T2", shop: "T3", rider: "T4" };

// Choreography: the event each step publishes on success or failure, and who reacts to it.
const EVENTS = {
  T1: { ok: "OrderPlaced", to: "payment" },
  T2: { ok: "PaymentAuthorized", to: "shop", failed: "PaymentFailed" },
  T3: { ok: "OrderAccepted", to: "rider", failed: "OrderRejected" },
  T4: { ok: "RiderAssigned", to: "order", also: "notification" }, // the order records it; notification tells the customer
  C2: { ok: "PaymentRefunded" },
};
// Orchestration: the command for each step and its replies.
const COMMANDS = {
  T2: { command: "AuthorizePayment", ok: "PaymentAuthorized", failed: "PaymentFailed" },
  T3: { command: "AcceptOrder", ok: "OrderAccepted", failed: "OrderRejected" },
  T4: { command: "AssignRider", ok: "RiderAssigned", retry: "NoRiderAvailable" },
  T6: { command: "NotifyCustomer", ok: null }, // sent without waiting for a reply, as in the page's code
  C2: { command: "RefundPayment", ok: "PaymentRefunded" },
};

const laneOf = (tx) => (tx.startsWith("C") ? STEPS.find((s) => s.compensation === tx).lane : STEPS.find((s) => s.tx === tx).lane);

/** The transactions in the order they commit (or fail), the same for both coordinations. */
export function transactions(params) {
  const failsAt = FAILS_AT[params["failing-step"]];
  const done = [];
  const committed = [];
  for (const step of STEPS) {
    if (step.tx === failsAt && step.kind === "retriable") {
      for (let i = 0; i < params["rider-retries"]; i += 1) done.push({ tx: step.tx, outcome: "retry" });
      done.push({ tx: step.tx, outcome: "committed" });
      continue;
    }
    if (step.tx === failsAt) {
      done.push({ tx: step.tx, outcome: "failed" });
      for (const earlier of committed.slice().reverse()) if (earlier.compensation) done.push({ tx: earlier.compensation, outcome: "compensated" });
      return done;
    }
    done.push({ tx: step.tx, outcome: "committed" });
    committed.push(step);
  }
  return done;
}

/**
 * The order's state after the given local transactions (the guide's order states): PLACED after T1, PAID after
 * T2, ACCEPTED after the pivot; compensating the order ends it CANCELLED when payment failed and REJECTED when
 * the shop rejected. "—" before the order exists.
 */
export function orderStatus(entries) {
  const did = (tx, outcome) => entries.some((e) => e.tx === tx && e.outcome === outcome);
  if (did("C1", "compensated")) return did("T3", "failed") ? "REJECTED" : "CANCELLED";
  if (did("T3", "committed")) return "ACCEPTED";
  if (did("T2", "committed")) return "PAID";
  return did("T1", "committed") ? "PLACED" : "—";
}

/** The rows of the sequence: a local transaction on a lane, or a message from one lane to another. */
export function run(params, _seed) {
  const orchestrated = params.coordination === "orchestration";
  const rows = [];
  const local = (entry) => rows.push({ type: "local", lane: laneOf(entry.tx), tx: entry.tx, outcome: entry.outcome });
  const message = (from, to, name, kind) => rows.push({ type: "message", from, to, name, kind });
  const list = transactions(params);
  list.forEach((entry, index) => {
    const next = list[index + 1];
    const lane = laneOf(entry.tx);
    const commands = COMMANDS[entry.tx];
    if (orchestrated) {
      // The orchestrator sends every attempt as a command and reads the reply; retries included.
      if (commands) message("order", lane, commands.command, entry.tx.startsWith("C") ? "compensate" : "command");
      local(entry);
      const reply = commands && commands[entry.outcome === "committed" || entry.outcome === "compensated" ? "ok" : entry.outcome];
      if (reply) message(lane, "order", reply, "reply");
      return;
    }
    // Choreography: a participant retries its own step; the event of the outcome wakes the next participant.
    local(entry);
    if (entry.outcome === "retry" || !next) return;
    const event = EVENTS[entry.tx];
    if (!event) return;
    const name = entry.outcome === "failed" ? event.failed : event.ok;
    const to = next.tx === entry.tx ? lane : laneOf(next.tx);
    message(lane, to, name, next.tx.startsWith("C") ? "compensate" : "event");
    if (event.also && entry.outcome !== "failed") message(lane, event.also, name, "event");
  });
  const status = orderStatus(list);
  const events = rows.flatMap((row, frame) => (row.type === "local" ? [{ frame, ...row }] : []));
  return { params: { ...params }, frames: rows.length, rows, transactions: list, status, events };
}
