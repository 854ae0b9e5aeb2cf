// Circuit breaker: words, chart, facts and announcements. Pure functions of a run (no DOM), so the static
// figure in the page is drawn by exactly the code the reader sees running.

import { legend, line, panel, rect, scale, svg, text } from "../core/svg.js";
import { CLOSED, HALF_OPEN, OPEN } from "./model.js";

export const TEXT = {
  ko: {
    title: "회로 차단기 시뮬레이션",
    intro: "결제 서비스가 30초부터 120초까지 장애를 겪습니다. 의존 서비스의 실패율과 느린 호출 비율, 차단기 설정을 바꿔 가며 상태가 언제 왜 바뀌는지 보세요.",
    params: {
      "dependency-failure-rate": "장애 중 의존 서비스 실패율",
      "dependency-slow-rate": "장애 중 느린 호출(3초) 비율",
      "sliding-window-size": "윈도 크기 sliding-window-size",
      "minimum-number-of-calls": "최소 호출 수 minimum-number-of-calls",
      "failure-rate-threshold": "실패율 임계치 failure-rate-threshold",
      "slow-call-rate-threshold": "느린 호출 비율 임계치 slow-call-rate-threshold",
      "wait-duration-in-open-state": "열림 대기 시간 wait-duration-in-open-state",
      "permitted-number-of-calls-in-half-open-state": "반열림 시험 호출 수 permitted-number-of-calls-in-half-open-state",
    },
    states: { [CLOSED]: "닫힘", [OPEN]: "열림", [HALF_OPEN]: "반열림" },
    failureRate: "윈도 실패율",
    slowRate: "윈도 느린 호출 비율",
    threshold: "실패율 임계치",
    incident: "장애 구간",
    percent: "%",
    seconds: "시간(초)",
    facts: { state: "현재 상태", window: "윈도의 호출과 실패율", admitted: "통과시킨 호출", rejected: "즉시 거절한 호출", opened: "열린 횟수" },
    windowValue: (calls, rate) => `${calls}건, ${rate}%`,
    calls: (n) => `${n}건`,
    times: (n) => `${n}번`,
    event: (e, s) =>
      e.to === OPEN
        ? `${e.at}초: ${s}로 바뀌었습니다. 최근 호출 ${e.calls}건 중 실패율 ${Math.round(e.failureRate)}%, 느린 호출 ${Math.round(e.slowRate)}%.`
        : e.to === HALF_OPEN
          ? `${e.at}초: 대기 시간이 끝나 ${s}으로 바뀌었습니다. 시험 호출을 보냅니다.`
          : `${e.at}초: 시험 호출 ${e.calls}건의 실패율이 ${Math.round(e.failureRate)}%여서 ${s}으로 돌아왔습니다.`,
    summary: (r, first) =>
      first === null
        ? `차단기는 한 번도 열리지 않았습니다. 호출 ${r.totals.calls}건이 모두 결제 서비스로 갔고 그중 ${r.totals.failed}건이 실패했습니다.`
        : `차단기가 ${first}초에 처음 열렸고 모두 ${r.events.filter((e) => e.to === OPEN).length}번 열렸습니다. 호출 ${r.totals.calls}건 중 ${r.totals.rejected}건은 결제 서비스에 가지 않고 즉시 거절되었습니다.`,
  },
  en: {
    title: "Circuit breaker simulation",
    intro: "The payment service is in trouble from second 30 to second 120. Change the dependency's failure and slow-call rates and the breaker's settings, and watch when and why the state changes.",
    params: {
      "dependency-failure-rate": "Dependency failure rate during the incident",
      "dependency-slow-rate": "Share of slow (3 s) calls during the incident",
      "sliding-window-size": "Window size, sliding-window-size",
      "minimum-number-of-calls": "minimum-number-of-calls",
      "failure-rate-threshold": "failure-rate-threshold",
      "slow-call-rate-threshold": "slow-call-rate-threshold",
      "wait-duration-in-open-state": "wait-duration-in-open-state",
      "permitted-number-of-calls-in-half-open-state": "permitted-number-of-calls-in-half-open-state",
    },
    states: { [CLOSED]: "CLOSED", [OPEN]: "OPEN", [HALF_OPEN]: "HALF_OPEN" },
    failureRate: "Failure rate in window",
    slowRate: "Slow-call rate in window",
    threshold: "Failure-rate threshold",
    incident: "Incident",
    percent: "%",
    seconds: "time (s)",
    facts: { state: "State", window: "Calls and failure rate in window", admitted: "Calls let through", rejected: "Calls rejected at once", opened: "Times opened" },
    windowValue: (calls, rate) => `${calls} calls, ${rate}%`,
    calls: (n) => `${n}`,
    times: (n) => `${n}`,
    event: (e, s) =>
      e.to === OPEN
        ? `${e.at} s: ${s}. Of the last ${e.calls} calls, ${Math.round(e.failureRate)}% failed and ${Math.round(e.slowRate)}% were slow.`
        : e.to === HALF_OPEN
          ? `${e.at} s: the wait is over, ${s}; trial calls go through.`
          : `${e.at} s: ${e.calls} trial calls had a ${Math.round(e.failureRate)}% failure rate, back to ${s}.`,
    summary: (r, first) =>
      first === null
        ? `The breaker never opened: all ${r.totals.calls} calls went to the payment service and ${r.totals.failed} of them failed.`
        : `The breaker first opened at ${first} s and opened ${r.events.filter((e) => e.to === OPEN).length} times in all; ${r.totals.rejected} of ${r.totals.calls} calls were rejected at once instead of reaching the payment service.`,
  },
};

const STATE_CLASS = { [CLOSED]: "dg-accent", [OPEN]: "dg-warn", [HALF_OPEN]: "dg-platform" };

const X = 48;
const WIDTH = 650;

export function draw(result, t) {
  const { timeline, scenario, params } = result;
  const x = X;
  const width = WIDTH;
  const upto = result.frames - 1;
  const fx = scale(0, result.frames - 1, x, x + width);
  const strip = [];
  for (let start = 0; start <= upto; ) {
    let end = start;
    while (end + 1 <= upto && timeline[end + 1].state === timeline[start].state) end += 1;
    strip.push(rect(fx(start), 34, fx(end + 1) - fx(start), 18, STATE_CLASS[timeline[start].state], { title: t.states[timeline[start].state] }));
    start = end + 1;
  }
  const threshold = scale(0, 100, 270, 90)(params["failure-rate-threshold"]);
  return svg(720, 330, summary(result, t), [
    strip,
    line(x, 52, x + width, 52, { opacity: 0.4 }),
    panel({
      x, y: 90, width, height: 180, frames: result.frames, yMax: 100, ticks: [0, 50, 100],
      yLabel: `${t.failureRate} / ${t.slowRate} (%)`, xLabel: t.seconds,
      bands: [{ from: scenario.incident.from, to: scenario.incident.to, cls: "dg-neutral" }],
      series: [
        { values: timeline.map((f) => f.failureRate), cls: "sim-line-warn" },
        { values: timeline.map((f) => f.slowRate), cls: "sim-line-platform", dash: "2 3" },
      ],
    }),
    line(x, threshold, x + width, threshold, { dash: "6 4", opacity: 0.7 }),
    [0, 60, 120].map((s) => text(fx(Math.min(s, result.frames - 1)), 286, s, { anchor: "middle" })),
    legend(x, 20, [CLOSED, OPEN, HALF_OPEN].map((s) => ({ box: STATE_CLASS[s], label: t.states[s] })).concat([{ box: "dg-neutral", label: t.incident }])),
    legend(x, 318, [
      { cls: "sim-line-warn", label: t.failureRate },
      { cls: "sim-line-platform", dash: "2 3", label: t.slowRate },
      { dash: "6 4", label: t.threshold },
    ]),
  ]);
}

/** The part of the chart that shows what has not happened by `frame`. */
export function cover(result, frame) {
  const from = scale(0, result.frames - 1, X, X + WIDTH)(frame + 1);
  return [from, 30, X + WIDTH + 2 - from, 242];
}

export function facts(result, upto, t) {
  const f = result.timeline[upto];
  return [
    { key: "state", label: t.facts.state, value: t.states[f.state] },
    { key: "window", label: t.facts.window, value: t.windowValue(f.calls, Math.round(f.failureRate)) },
    { key: "admitted", label: t.facts.admitted, value: t.calls(f.totals.admitted) },
    { key: "rejected", label: t.facts.rejected, value: t.calls(f.totals.rejected) },
    { key: "opened", label: t.facts.opened, value: t.times(result.events.filter((e) => e.to === OPEN && e.frame <= upto).length) },
  ];
}

export function event(e, t) {
  return t.event(e, t.states[e.to]);
}

export function summary(result, t) {
  const first = result.events.find((e) => e.to === OPEN);
  return t.summary(result, first ? first.at : null);
}
