// Saga: words, the message-sequence chart, facts and announcements; pure functions of a run.

import { arrow, line, rect, svg, text } from "../core/svg.js";
import { LANES, orderStatus } from "./model.js";

export const TEXT = {
  ko: {
    title: "사가 시뮬레이션",
    intro: "예시의 주문 사가를 메시지 순서도로 돌립니다. 실패할 단계와 조율 방식을 고르고 재생하면, 이미 커밋된 단계가 어떤 순서로 보상되는지 볼 수 있습니다.",
    params: { coordination: "조율 방식", "failing-step": "실패하는 단계", "rider-retries": "라이더 배정 재시도 횟수(라이더 단계가 실패할 때)" },
    options: {
      coordination: { choreography: "코레오그래피(이벤트)", orchestration: "오케스트레이션(명령과 응답)" },
      "failing-step": { none: "없음", payment: "2 결제: 카드 승인 거절", shop: "3 가게: 주문 거절(피벗)", rider: "4 라이더: 배정할 라이더 없음" },
    },
    lanes: { order: "주문", payment: "결제", shop: "가게", rider: "라이더", notification: "알림" },
    orchestrator: "주문(오케스트레이터)",
    tx: { T1: "T1 주문 생성", T2: "T2 카드 가승인", T3: "T3 주문 수락", T4: "T4 라이더 배정", T5: "T5 라이더 기록", T6: "T6 고객 알림", C1: "C1 주문 취소·거절", C2: "C2 가승인 해제" },
    outcomes: { committed: "커밋", failed: "실패", compensated: "보상 커밋", retry: "실패, 재시도" },
    facts: { status: "주문 상태", compensations: "실행된 보상 트랜잭션", messages: "주고받은 메시지" },
    none: "없음",
    count: (n) => `${n}개`,
    event: (e, t) => `${t.lanes[e.lane]} 서비스: ${t.tx[e.tx]}, ${t.outcomes[e.outcome]}.`,
    summary: (r, t, compensations) =>
      `${t.options.coordination[r.params.coordination]}, 실패 단계 ${t.options["failing-step"][r.params["failing-step"]]}: 주문은 ${r.status} 상태로 끝났고, 보상 트랜잭션은 ${compensations.length ? compensations.join(" → ") : "실행되지 않았습니다"}${compensations.length ? " 순서로 실행되었습니다" : ""}. 메시지는 ${r.rows.filter((x) => x.type === "message").length}개였습니다.`,
  },
  en: {
    title: "Saga simulation",
    intro: "The order saga of the example, as a message sequence. Choose the step that fails and the coordination style, then replay it to see in which order the committed steps are compensated.",
    params: { coordination: "Coordination", "failing-step": "Step that fails", "rider-retries": "Rider assignment retries (when the rider step fails)" },
    options: {
      coordination: { choreography: "Choreography (events)", orchestration: "Orchestration (commands and replies)" },
      "failing-step": { none: "None", payment: "2 Payment: card declined", shop: "3 Shop: rejects the order (pivot)", rider: "4 Rider: no rider free" },
    },
    lanes: { order: "Order", payment: "Payment", shop: "Shop", rider: "Rider", notification: "Notification" },
    orchestrator: "Order (orchestrator)",
    tx: { T1: "T1 create order", T2: "T2 authorize card", T3: "T3 accept order", T4: "T4 assign rider", T5: "T5 record rider", T6: "T6 notify customer", C1: "C1 cancel or reject order", C2: "C2 release hold" },
    outcomes: { committed: "committed", failed: "failed", compensated: "compensation committed", retry: "failed, retrying" },
    facts: { status: "Order status", compensations: "Compensating transactions run", messages: "Messages exchanged" },
    none: "none",
    count: (n) => `${n}`,
    event: (e, t) => `${t.lanes[e.lane]} service: ${t.tx[e.tx]}, ${t.outcomes[e.outcome]}.`,
    summary: (r, t, compensations) =>
      `${t.options.coordination[r.params.coordination]}, failing step ${t.options["failing-step"][r.params["failing-step"]]}: the order ends ${r.status}; ${compensations.length ? `compensations ran in the order ${compensations.join(" → ")}` : "no compensation ran"}; ${r.rows.filter((x) => x.type === "message").length} messages.`,
  },
};

const LANE_X = { order: 76, payment: 218, shop: 360, rider: 502, notification: 644 };
const BOX = 136;
const TOP = 64;
const ROW = 26;
const OUTCOME_CLASS = { committed: "dg-accent", failed: "dg-warn", compensated: "dg-app", retry: "dg-neutral" };
const MESSAGE_STYLE = { event: {}, command: {}, reply: { dash: "5 3" }, compensate: { cls: "sim-arrow-compensate", dash: "2 3" } };

const rowY = (index) => TOP + 20 + index * ROW;

export function draw(result, t) {
  const height = rowY(result.rows.length) + 10;
  const orchestrated = result.params.coordination === "orchestration";
  return svg(720, height, summary(result, t), [
    LANES.map((lane) => [
      rect(LANE_X[lane] - BOX / 2, 14, BOX, 28, lane === "order" && orchestrated ? "dg-platform" : "dg-app", { stroke: true }),
      text(LANE_X[lane], 33, lane === "order" && orchestrated ? t.orchestrator : t.lanes[lane], { anchor: "middle", weight: "600", size: lane === "order" && orchestrated ? 12 : 13 }),
      line(LANE_X[lane], 42, LANE_X[lane], height - 6, { dash: "3 4", opacity: 0.6 }),
    ]),
    result.rows.map((row, index) => {
      const y = rowY(index);
      if (row.type === "local") {
        return [
          rect(LANE_X[row.lane] - BOX / 2, y - 14, BOX, 20, OUTCOME_CLASS[row.outcome], { stroke: true, title: t.outcomes[row.outcome] }),
          text(LANE_X[row.lane], y, `${t.tx[row.tx]}${row.outcome === "failed" ? " ✗" : row.outcome === "retry" ? " ↻" : ""}`, { anchor: "middle", size: 12 }),
        ];
      }
      const [x1, x2] = [LANE_X[row.from], LANE_X[row.to]];
      const direction = Math.sign(x2 - x1);
      return [
        arrow(x1 + direction * 4, y - 4, x2 - direction * 6, y - 4, MESSAGE_STYLE[row.kind]),
        text((x1 + x2) / 2, y - 8, row.name, { anchor: "middle", size: 12 }),
      ];
    }),
  ]);
}

export function cover(result, frame) {
  const from = rowY(frame + 1) - 18;
  return [0, from, 720, Math.max(0, rowY(result.rows.length) + 10 - from)];
}

function compensationsUpTo(result, frame) {
  return result.rows.slice(0, frame + 1).filter((row) => row.type === "local" && row.outcome === "compensated").map((row) => row.tx);
}

export function facts(result, upto, t) {
  const status = orderStatus(result.rows.slice(0, upto + 1).filter((row) => row.type === "local"));
  const compensations = compensationsUpTo(result, upto);
  return [
    { key: "status", label: t.facts.status, value: status },
    { key: "compensations", label: t.facts.compensations, value: compensations.length ? compensations.join(" → ") : t.none },
    { key: "messages", label: t.facts.messages, value: t.count(result.rows.slice(0, upto + 1).filter((row) => row.type === "message").length) },
  ];
}

export function event(e, t) {
  return t.event(e, t);
}

export function summary(result, t) {
  return t.summary(result, t, compensationsUpTo(result, result.rows.length - 1));
}
