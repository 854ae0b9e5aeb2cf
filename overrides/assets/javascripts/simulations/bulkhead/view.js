// Bulkhead: words, chart, facts and announcements; pure functions of a run.

import { legend, line, panel, rect, scale, svg, text } from "../core/svg.js";
import { MODES } from "./model.js";

export const TEXT = {
  ko: {
    title: "벌크헤드 시뮬레이션",
    intro: "주문 서비스가 가게 서비스(빠름)와 라이더 서비스를 호출합니다. 5초부터 15초까지 라이더 서비스가 느려집니다. 스레드 풀 하나를 같이 쓸 때와 의존 서비스마다 칸을 나눴을 때, 가게 호출이 어떻게 되는지 비교합니다.",
    params: {
      "rider-latency": "장애 중 라이더 서비스 응답 시간",
      "calls-per-second": "의존 서비스별 초당 호출 수",
      "max-concurrent-calls": "가게 세마포어 max-concurrent-calls",
      "max-thread-pool-size": "라이더 스레드 풀 max-thread-pool-size",
      "queue-capacity": "라이더 대기열 queue-capacity",
    },
    modes: { shared: "공유 스레드 풀", isolated: "칸을 나눈 벌크헤드" },
    dependencies: { shop: "가게", rider: "라이더" },
    riderBusy: "라이더 호출이 차지한 스레드",
    shopBusy: "가게 호출이 차지한 스레드",
    shopRejected: "가게 호출 거절",
    incident: "라이더 지연",
    seconds: "시간(초)",
    threads: "사용 중인 스레드",
    tally: (ok, no) => `성공 ${ok}건, 거절 ${no}건`,
    factLabel: (mode, dependency) => `${mode}: ${dependency} 호출`,
    event: (e, mode, dependency) => `${e.at}초: ${mode}에서 ${dependency} 호출이 거절되기 시작했습니다.`,
    summary: (r, t) =>
      `가게 호출 거절은 ${MODES.map((m) => `${t.modes[m]} ${r.results[m].totals.shop.rejected}건`).join(", ")}입니다. 라이더 서비스가 느려져도 칸을 나누면 가게 호출은 라이더 몫의 스레드에 막히지 않습니다.`,
  },
  en: {
    title: "Bulkhead simulation",
    intro: "The order service calls the shop service (fast) and the rider service, which slows down from second 5 to second 15. Compare what happens to the shop calls with one shared thread pool and with one compartment per dependency.",
    params: {
      "rider-latency": "Rider service latency during the incident",
      "calls-per-second": "Calls per second to each dependency",
      "max-concurrent-calls": "Shop semaphore, max-concurrent-calls",
      "max-thread-pool-size": "Rider thread pool, max-thread-pool-size",
      "queue-capacity": "Rider queue, queue-capacity",
    },
    modes: { shared: "Shared thread pool", isolated: "Bulkheads per dependency" },
    dependencies: { shop: "shop", rider: "rider" },
    riderBusy: "Threads held by rider calls",
    shopBusy: "Threads held by shop calls",
    shopRejected: "Shop calls rejected",
    incident: "Rider slow",
    seconds: "time (s)",
    threads: "threads in use",
    tally: (ok, no) => `${ok} succeeded, ${no} rejected`,
    factLabel: (mode, dependency) => `${mode}: ${dependency} calls`,
    event: (e, mode, dependency) => `${e.at} s: ${mode}: ${dependency} calls start being rejected.`,
    summary: (r, t) =>
      `Shop calls rejected: ${MODES.map((m) => `${t.modes[m].toLowerCase()} ${r.results[m].totals.shop.rejected}`).join(", ")}. With compartments, a slow rider service cannot take the threads the shop calls need.`,
  },
};

const X = 50;
const WIDTH = 650;
const PANEL = 130;
const TOP = 50;

export function draw(result, t) {
  const { scenario, params } = result;
  const yMax = params["max-concurrent-calls"] + params["max-thread-pool-size"];
  const fx = scale(0, result.frames - 1, X, X + WIDTH);
  const panels = MODES.map((mode, index) => {
    const y = TOP + index * (PANEL + 50);
    const r = result.results[mode];
    const fy = scale(0, yMax, y + PANEL, y);
    const limits = mode === "shared" ? [yMax] : [params["max-concurrent-calls"], params["max-thread-pool-size"]];
    return [
      text(X, y - 8, `${t.modes[mode]} (${t.threads})`, { weight: "600" }),
      panel({
        x: X, y, width: WIDTH, height: PANEL, frames: result.frames, yMax, ticks: [0, yMax],
        bands: [{ from: scenario.incident.from / scenario.frame, to: scenario.incident.to / scenario.frame, cls: "dg-neutral" }],
        series: [
          { values: r.frames.map((f) => f.busy.rider), cls: "sim-line-warn" },
          { values: r.frames.map((f) => f.busy.shop), cls: "sim-line-accent", dash: "6 3" },
        ],
      }),
      limits.map((limit) => line(X, fy(limit), X + WIDTH, fy(limit), { dash: "1 4", opacity: 0.8 })),
      r.frames.map((f, i) => (f.shop.rejected ? rect(fx(i), y + PANEL + 4, Math.max(1, WIDTH / result.frames), 6, "dg-warn") : "")),
    ];
  });
  return svg(720, 440, summary(result, t), [
    legend(X, 18, [{ box: "dg-neutral", label: t.incident }, { box: "dg-warn", label: t.shopRejected }]),
    panels,
    [0, 5, 10, 15].map((s) => text(fx(s / scenario.frame), TOP + 2 * PANEL + 50 + 24, s, { anchor: "middle" })),
    text(X + WIDTH, TOP + 2 * PANEL + 50 + 24, t.seconds, { anchor: "end" }),
    legend(X, 432, [{ cls: "sim-line-warn", label: t.riderBusy }, { cls: "sim-line-accent", dash: "6 3", label: t.shopBusy }]),
  ]);
}

export function cover(result, frame) {
  const from = scale(0, result.frames - 1, X, X + WIDTH)(frame + 1);
  return [from, TOP - 4, X + WIDTH + 2 - from, 2 * PANEL + 50 + 16];
}

export function facts(result, upto, t) {
  return MODES.flatMap((mode) =>
    ["shop", "rider"].map((dependency) => {
      const frames = result.results[mode].frames.slice(0, upto + 1);
      const ok = frames.reduce((sum, f) => sum + f[dependency].ok, 0);
      const rejected = frames.reduce((sum, f) => sum + f[dependency].rejected, 0);
      return { key: `${mode}-${dependency}`, label: t.factLabel(t.modes[mode], t.dependencies[dependency]), value: t.tally(ok, rejected) };
    }),
  );
}

export function event(e, t) {
  return t.event(e, t.modes[e.mode], t.dependencies[e.dependency]);
}

export function summary(result, t) {
  return t.summary(result, t);
}
