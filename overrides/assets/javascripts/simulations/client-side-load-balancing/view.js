// Client-side load balancing: words, chart, facts and announcements; pure functions of a run.

import { legend, panel, scale, svg, text } from "../core/svg.js";
import { ALGORITHMS } from "./model.js";

export const TEXT = {
  ko: {
    title: "클라이언트 측 부하 분산 시뮬레이션",
    intro: "주문 서비스가 결제 서비스 인스턴스들에 요청을 나눠 보냅니다. 그중 한 인스턴스만 느려졌습니다. 같은 요청 흐름을 세 가지 선택 알고리즘으로 나눴을 때 느린 인스턴스에 쌓이는 요청과 지연 시간을 비교합니다.",
    params: { instances: "결제 서비스 인스턴스 수", "slow-factor": "느린 인스턴스의 처리 시간 배수", "requests-per-second": "초당 요청 수" },
    algorithms: { "round-robin": "라운드 로빈", "least-outstanding": "처리 중 요청 수 최소", "power-of-two": "두 개 중 선택(power of two choices)" },
    outstanding: "느린 인스턴스의 처리 중 요청 수(0.2초마다 최대)",
    offChart: (name, n) => `${name}: 최대 ${n}건(그래프 밖)`,
    seconds: "시간(초)",
    latency: (p50, p99, share) => `중앙값 ${p50}ms, p99 ${p99}ms, 느린 인스턴스 몫 ${share}%`,
    event: (e, name) => `${e.at}초: ${name}에서 느린 인스턴스의 처리 중 요청이 10건을 넘었습니다.`,
    summary: (r, names) =>
      `요청 ${r.requests}건의 p99 지연 시간은 ${ALGORITHMS.map((a) => `${names[a]} ${Math.round(r.results[a].p99)}ms`).join(", ")}입니다. 느린 인스턴스가 받은 몫은 ${ALGORITHMS.map((a) => `${names[a]} ${Math.round(r.results[a].slowShare * 100)}%`).join(", ")}입니다.`,
  },
  en: {
    title: "Client-side load balancing simulation",
    intro: "The order service spreads its requests over the payment service's instances, one of which has turned slow. The same stream of requests is split by three selection algorithms; compare what piles up on the slow instance and the latency callers see.",
    params: { instances: "Payment service instances", "slow-factor": "Slow instance's service-time factor", "requests-per-second": "Requests per second" },
    algorithms: { "round-robin": "Round robin", "least-outstanding": "Least outstanding requests", "power-of-two": "Power of two choices" },
    outstanding: "requests outstanding at the slow instance (highest per 0.2 s)",
    offChart: (name, n) => `${name}: up to ${n} (off the chart)`,
    seconds: "time (s)",
    latency: (p50, p99, share) => `median ${p50} ms, p99 ${p99} ms, slow instance's share ${share}%`,
    event: (e, name) => `${e.at} s: ${name}: more than 10 requests are waiting on the slow instance.`,
    summary: (r, names) =>
      `p99 latency over ${r.requests} requests: ${ALGORITHMS.map((a) => `${names[a].toLowerCase()} ${Math.round(r.results[a].p99)} ms`).join(", ")}. The slow instance's share: ${ALGORITHMS.map((a) => `${names[a].toLowerCase()} ${Math.round(r.results[a].slowShare * 100)}%`).join(", ")}.`,
  },
};

const X = 50;
const WIDTH = 650;
const Y_MAX = 40;
const STYLE = { "round-robin": { cls: "sim-line-warn" }, "least-outstanding": { cls: "sim-line-accent", dash: "7 4" }, "power-of-two": { cls: "sim-line-platform", dash: "2 3" } };

export function draw(result, t) {
  const fx = scale(0, result.frames - 1, X, X + WIDTH);
  const off = ALGORITHMS.filter((a) => Math.max(...result.results[a].slowOutstanding) > Y_MAX);
  return svg(720, 330, summary(result, t), [
    panel({
      x: X, y: 50, width: WIDTH, height: 200, frames: result.frames, yMax: Y_MAX, ticks: [0, 20, 40],
      yLabel: t.outstanding, xLabel: t.seconds,
      series: ALGORITHMS.map((a) => ({ values: result.results[a].slowOutstanding, ...STYLE[a] })),
    }),
    off.map((a, i) => text(X + WIDTH, 64 + i * 16, t.offChart(t.algorithms[a], Math.max(...result.results[a].slowOutstanding)), { anchor: "end" })),
    [0, 5, 10, 15].map((s) => text(fx(s / result.scenario.frame), 266, s, { anchor: "middle" })),
    legend(X, 300, ALGORITHMS.slice(0, 2).map((a) => ({ ...STYLE[a], label: t.algorithms[a] }))),
    legend(X, 322, ALGORITHMS.slice(2).map((a) => ({ ...STYLE[a], label: t.algorithms[a] }))),
  ]);
}

export function cover(result, frame) {
  const from = scale(0, result.frames - 1, X, X + WIDTH)(frame + 1);
  return [from, 44, X + WIDTH + 2 - from, 208];
}

export function facts(result, upto, t) {
  const until = (upto + 1) * result.scenario.frame;
  return ALGORITHMS.map((a) => {
    const r = result.results[a];
    const arrived = result.times.findIndex((at) => at >= until);
    const shown = arrived < 0 ? r.latencies : r.latencies.slice(0, arrived);
    const sorted = shown.slice().sort((x, y) => x - y);
    const pick = (p) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 1000) : 0);
    return { key: a, label: t.algorithms[a], value: t.latency(pick(0.5), pick(0.99), Math.round(r.slowShare * 100)) };
  });
}

export function event(e, t) {
  return t.event(e, t.algorithms[e.algorithm]);
}

export function summary(result, t) {
  return t.summary(result, t.algorithms);
}
