// Retry with back-off and jitter: words, chart, facts and announcements; pure functions of a run.

import { legend, line, panel, scale, svg, text } from "../core/svg.js";
import { STRATEGIES } from "./model.js";

export const TEXT = {
  ko: {
    title: "재시도 백오프와 지터 시뮬레이션",
    intro: "결제 서비스가 잠시 멈춘 사이 주문 서비스 인스턴스들의 첫 호출이 한꺼번에 실패합니다. 결제 서비스는 장애 시간이 지나면 50ms마다 30건까지 처리하고 나머지에는 503을 돌려줍니다. 세 가지 재시도 방식이 회복 중인 서비스에 어떤 부하를 주는지 비교합니다.",
    params: {
      "max-attempts": "최대 시도 횟수 max-attempts(첫 호출 포함)",
      "wait-duration": "대기 시간 wait-duration",
      "exponential-backoff-multiplier": "지수 배수 exponential-backoff-multiplier",
      outage: "결제 서비스 장애 시간",
      clients: "동시에 실패한 호출 수",
    },
    strategies: { constant: "고정 간격", exponential: "지수 백오프", "full-jitter": "지수 백오프 + 완전 지터" },
    load: "50ms마다 결제 서비스에 도착한 요청",
    capacity: "처리 용량",
    outageBand: "장애",
    seconds: "시간(초)",
    tally: (ok, no) => `성공 ${ok}건, 포기 ${no}건`,
    peak: (n) => `${n}건`,
    peakLabel: (name) => `${name}: 회복 뒤 50ms 최대 부하`,
    event: (e, name) =>
      e.kind === "overload"
        ? `${e.at}초: ${name} 방식의 재시도 ${e.load}건이 한꺼번에 몰려 처리 용량을 넘었습니다.`
        : `${e.at}초: ${name} 방식의 마지막 성공입니다. 모두 ${e.succeeded}건이 성공했습니다.`,
    summary: (r, names) =>
      `호출 ${r.params.clients}건 중 성공한 호출은 ${STRATEGIES.map((s) => `${names[s]} ${r.results[s].succeeded}건`).join(", ")}입니다. 회복 뒤 50ms 동안의 최대 부하는 ${STRATEGIES.map((s) => `${names[s]} ${r.results[s].peakAfterRecovery}건`).join(", ")}입니다.`,
  },
  en: {
    title: "Retry with back-off and jitter simulation",
    intro: "While the payment service is briefly down, the first calls of many order-service instances fail at the same moment. After the outage the payment service handles up to 30 requests per 50 ms and answers 503 to the rest. Compare the load that three retry strategies put on the recovering service.",
    params: {
      "max-attempts": "max-attempts (including the first call)",
      "wait-duration": "wait-duration",
      "exponential-backoff-multiplier": "exponential-backoff-multiplier",
      outage: "Payment service outage",
      clients: "Calls that failed together",
    },
    strategies: { constant: "Constant wait", exponential: "Exponential back-off", "full-jitter": "Exponential back-off with full jitter" },
    load: "requests reaching the payment service per 50 ms",
    capacity: "Capacity",
    outageBand: "Outage",
    seconds: "time (s)",
    tally: (ok, no) => `${ok} succeeded, ${no} gave up`,
    peak: (n) => `${n}`,
    peakLabel: (name) => `${name}: peak load per 50 ms after recovery`,
    event: (e, name) =>
      e.kind === "overload"
        ? `${e.at} s: ${name}: ${e.load} retries arrive together and exceed the capacity.`
        : `${e.at} s: ${name}: last success; ${e.succeeded} calls succeeded in all.`,
    summary: (r, names) =>
      `Of ${r.params.clients} calls, ${STRATEGIES.map((s) => `${names[s].toLowerCase()} got ${r.results[s].succeeded} through`).join(", ")}. Peak load per 50 ms after recovery: ${STRATEGIES.map((s) => `${names[s].toLowerCase()} ${r.results[s].peakAfterRecovery}`).join(", ")}.`,
  },
};

const X = 50;
const WIDTH = 650;
const STYLE = { constant: { cls: "sim-line-warn" }, exponential: { cls: "sim-line-platform", dash: "7 4" }, "full-jitter": { cls: "sim-line-accent", dash: "2 3" } };

export function draw(result, t) {
  const { scenario, results, params } = result;
  const peak = Math.max(scenario.capacityPerBucket * 2, ...STRATEGIES.map((s) => Math.max(...results[s].load)));
  const yMax = Math.ceil(peak / 50) * 50;
  const fx = scale(0, result.frames - 1, X, X + WIDTH);
  const capacity = scale(0, yMax, 270, 50)(scenario.capacityPerBucket);
  return svg(720, 340, summary(result, t), [
    panel({
      x: X, y: 50, width: WIDTH, height: 220, frames: result.frames, yMax, ticks: [0, yMax / 2, yMax],
      yLabel: t.load, xLabel: t.seconds,
      bands: params.outage ? [{ from: 0, to: params.outage / 1000 / scenario.bucket, cls: "dg-neutral" }] : [],
      series: STRATEGIES.map((s) => ({ values: results[s].load, ...STYLE[s] })),
    }),
    line(X, capacity, X + WIDTH, capacity, { dash: "1 5", width: 2 }),
    [0, 1, 2, 3, 4, 5].map((s) => text(fx(s / scenario.bucket), 286, s, { anchor: "middle" })),
    legend(X, 20, [{ box: "dg-neutral", label: t.outageBand }, { dash: "1 5", label: t.capacity }]),
    legend(X, 312, STRATEGIES.slice(0, 2).map((s) => ({ ...STYLE[s], label: t.strategies[s] }))),
    legend(X, 332, STRATEGIES.slice(2).map((s) => ({ ...STYLE[s], label: t.strategies[s] }))),
  ]);
}

export function cover(result, frame) {
  const from = scale(0, result.frames - 1, X, X + WIDTH)(frame + 1);
  return [from, 45, X + WIDTH + 2 - from, 226];
}

export function facts(result, upto, t) {
  return STRATEGIES.flatMap((s) => {
    const r = result.results[s];
    const ok = r.served.slice(0, upto + 1).reduce((a, b) => a + b, 0);
    const finished = upto === result.frames - 1;
    return [
      { key: s, label: t.strategies[s], value: t.tally(ok, finished ? r.gaveUp : 0) },
      { key: `${s}-peak`, label: t.peakLabel(t.strategies[s]), value: t.peak(r.peakAfterRecovery) },
    ];
  });
}

export function event(e, t) {
  return t.event(e, t.strategies[e.strategy]);
}

export function summary(result, t) {
  return t.summary(result, t.strategies);
}
