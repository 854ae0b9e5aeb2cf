// Rate limiting: words, chart, facts and announcements; pure functions of a run.

import { legend, line, rect, scale, svg, text } from "../core/svg.js";
import { ALGORITHMS } from "./model.js";

export const TEXT = {
  ko: {
    title: "처리율 제한 시뮬레이션",
    intro: "한 사용자의 주문 생성 요청이 평소에는 드문드문 오다가 5초쯤마다 한꺼번에 몰립니다. 같은 평균 속도를 허용하는 세 알고리즘이 각 요청을 통과시키는지 거절하는지 비교합니다.",
    params: {
      replenishRate: "초당 채우는 토큰 replenishRate",
      burstCapacity: "버킷 용량 burstCapacity",
      window: "윈도 길이(고정·슬라이딩 윈도)",
      "burst-size": "한 번에 몰리는 요청 수",
      "background-rate": "평소 요청 속도",
    },
    algorithms: { "token-bucket": "토큰 버킷", "fixed-window": "고정 윈도 카운터", "sliding-window": "슬라이딩 윈도" },
    admitted: "통과",
    rejected: "거절(429)",
    seconds: "시간(초)",
    perFrame: "0.25초마다의 요청 수",
    tally: (a, r) => `통과 ${a}건, 거절 ${r}건`,
    busiest: (n) => `${n}건`,
    busiestLabel: (name) => `${name}: 어느 1초 동안 가장 많이 통과한 요청`,
    event: (e, name) => `${e.at}초: ${name}에서 거절(429)이 시작되었습니다.`,
    summary: (r, names) =>
      `요청 ${r.arrivals.length}건 중 통과한 요청은 ${ALGORITHMS.map((a) => `${names[a]} ${r.results[a].totalAdmitted}건`).join(", ")}입니다. 어느 1초 동안 가장 많이 통과한 요청은 ${ALGORITHMS.map((a) => `${names[a]} ${r.results[a].busiestSecond}건`).join(", ")}입니다.`,
  },
  en: {
    title: "Rate limiting simulation",
    intro: "One user's order requests trickle in and then arrive in a burst about every five seconds. Three algorithms that allow the same average rate decide, request by request, whether it passes or gets a 429.",
    params: {
      replenishRate: "replenishRate (tokens per second)",
      burstCapacity: "burstCapacity (bucket size)",
      window: "Window length (fixed and sliding window)",
      "burst-size": "Requests in each burst",
      "background-rate": "Background request rate",
    },
    algorithms: { "token-bucket": "Token bucket", "fixed-window": "Fixed window counter", "sliding-window": "Sliding window" },
    admitted: "Admitted",
    rejected: "Rejected (429)",
    seconds: "time (s)",
    perFrame: "requests per 0.25 s",
    tally: (a, r) => `${a} admitted, ${r} rejected`,
    busiest: (n) => `${n}`,
    busiestLabel: (name) => `${name}: most admitted in any one second`,
    event: (e, name) => `${e.at} s: the ${name.toLowerCase()} starts rejecting (429).`,
    summary: (r, names) =>
      `Of ${r.arrivals.length} requests, ${ALGORITHMS.map((a) => `the ${names[a].toLowerCase()} admitted ${r.results[a].totalAdmitted}`).join(", ")}. The most admitted in any one second: ${ALGORITHMS.map((a) => `${names[a].toLowerCase()} ${r.results[a].busiestSecond}`).join(", ")}.`,
  },
};

const X = 150;
const WIDTH = 550;
const ROW = 78;
const TOP = 40;

export function draw(result, t) {
  const fx = scale(0, result.frames, X, X + WIDTH);
  const peak = Math.max(4, ...ALGORITHMS.map((a) => Math.max(...result.results[a].admitted.map((n, i) => n + result.results[a].rejected[i]))));
  const barWidth = WIDTH / result.frames - 0.8;
  const rows = ALGORITHMS.map((algorithm, row) => {
    const base = TOP + row * ROW + ROW - 14;
    const fy = scale(0, peak, 0, ROW - 22);
    const { admitted, rejected } = result.results[algorithm];
    return [
      text(X - 10, base - 22, t.algorithms[algorithm], { anchor: "end", weight: "600" }),
      text(X - 10, base - 6, t.tally(result.results[algorithm].totalAdmitted, result.results[algorithm].totalRejected), { anchor: "end", size: 11 }),
      line(X, base, X + WIDTH, base),
      admitted.map((n, i) => (n ? rect(fx(i), base - fy(n), barWidth, fy(n), "dg-accent") : "")),
      rejected.map((n, i) => (n ? rect(fx(i), base - fy(n + admitted[i]), barWidth, fy(n), "dg-warn") : "")),
    ];
  });
  const seconds = result.scenario.seconds;
  return svg(720, 320, summary(result, t), [
    legend(X, 20, [{ box: "dg-accent", label: t.admitted }, { box: "dg-warn", label: t.rejected }, { label: `(${t.perFrame})`, dash: "0 100" }]),
    rows,
    [0, 10, 20, 30].filter((s) => s <= seconds).map((s) => text(fx(s / result.scenario.frame), TOP + 3 * ROW + 2, s, { anchor: "middle" })),
    text(X + WIDTH, TOP + 3 * ROW + 18, t.seconds, { anchor: "end" }),
  ]);
}

export function cover(result, frame) {
  const from = scale(0, result.frames, X, X + WIDTH)(frame + 1);
  return [from, TOP, X + WIDTH + 2 - from, 3 * ROW - 12];
}

export function facts(result, upto, t) {
  return ALGORITHMS.flatMap((algorithm) => {
    const r = result.results[algorithm];
    const admitted = r.admitted.slice(0, upto + 1).reduce((a, b) => a + b, 0);
    const rejected = r.rejected.slice(0, upto + 1).reduce((a, b) => a + b, 0);
    return [
      { key: algorithm, label: t.algorithms[algorithm], value: t.tally(admitted, rejected) },
      { key: `${algorithm}-busiest`, label: t.busiestLabel(t.algorithms[algorithm]), value: t.busiest(r.busiestSecond) },
    ];
  });
}

export function event(e, t) {
  return t.event(e, t.algorithms[e.algorithm]);
}

export function summary(result, t) {
  return t.summary(result, t.algorithms);
}
