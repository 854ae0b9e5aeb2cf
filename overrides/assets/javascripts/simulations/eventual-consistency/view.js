// Eventual consistency and read-your-writes: words, chart, facts and announcements; pure functions of a run.

import { legend, panel, rect, scale, svg, text } from "../core/svg.js";
import { OUTCOMES } from "./model.js";

export const TEXT = {
  ko: {
    title: "결과적 일관성과 자기 쓰기 읽기 시뮬레이션",
    intro: "1분 동안 고객 240명이 결제하고 잠시 뒤 주문 내역을 엽니다. 주문 내역은 PaymentAuthorized 이벤트를 받아 갱신되는 읽기 모델을 읽습니다. 30초부터는 소비자가 배포 중이라 잠시 멈춥니다. 해결책을 하나씩 켜 보며 고객이 낡은 ‘결제 대기’ 화면을 보는 경우가 어떻게 줄어드는지 봅니다.",
    params: {
      "projection-lag": "평소 반영 지연(평균)",
      "read-after": "결제 후 주문 내역을 여는 시점",
      "consumer-outage": "소비자 중단 시간(30초부터)",
      "response-version": "응답에 새 상태와 버전 담기",
      "read-your-writes": "자기 쓰기 읽기(read-your-writes): 쓴 뒤 5초 동안 쓰기 쪽에서 읽기",
      "in-progress": "반영 전이면 ‘결제 처리 중’ 표시",
    },
    outcomes: { fresh: "최신 상태를 봄", "in-progress": "‘처리 중’을 봄", stale: "낡은 ‘결제 대기’를 봄" },
    lag: "이벤트 반영 지연(초, 1초마다 최대)",
    reads: "1초마다의 주문 내역 조회",
    seconds: "시간(초)",
    count: (n) => `${n}건`,
    event: (e) =>
      e.kind === "stale"
        ? `${e.at}초: 한 고객이 결제하고도 ‘결제 대기’를 봤습니다. 이벤트가 ${e.lag}ms 늦게 반영되었습니다.`
        : e.kind === "outage"
          ? `${e.at}초: 소비자가 배포로 멈췄습니다. 이벤트가 쌓입니다.`
          : `${e.at}초: 소비자가 돌아와 밀린 이벤트를 반영합니다.`,
    summary: (r) =>
      `조회 ${r.reads.length}건 중 최신 상태 ${r.totals.fresh}건, ‘처리 중’ ${r.totals["in-progress"]}건, 낡은 ‘결제 대기’ ${r.totals.stale}건입니다.`,
  },
  en: {
    title: "Eventual consistency and read-your-writes simulation",
    intro: "Over one minute, 240 customers pay and shortly afterwards open their order history, which reads a read model updated from the PaymentAuthorized event. From second 30 the consumer is briefly down for a deployment. Switch the remedies on one by one and watch how often a customer sees a stale \"awaiting payment\".",
    params: {
      "projection-lag": "Usual projection lag (mean)",
      "read-after": "When the customer opens the history after paying",
      "consumer-outage": "Consumer down for (from second 30)",
      "response-version": "Response carries the new state and version",
      "read-your-writes": "Read-your-writes (read the write side for 5 s after writing)",
      "in-progress": "Show \"payment in progress\" until the update arrives",
    },
    outcomes: { fresh: "Saw the current state", "in-progress": "Saw \"in progress\"", stale: "Saw a stale \"awaiting payment\"" },
    lag: "projection lag of events (s, highest per second)",
    reads: "order-history reads per second",
    seconds: "time (s)",
    count: (n) => `${n}`,
    event: (e) =>
      e.kind === "stale"
        ? `${e.at} s: a customer who has paid sees "awaiting payment"; the event arrived ${e.lag} ms late.`
        : e.kind === "outage"
          ? `${e.at} s: the consumer stops for a deployment; events queue up.`
          : `${e.at} s: the consumer is back and applies the backlog.`,
    summary: (r) =>
      `Of ${r.reads.length} reads, ${r.totals.fresh} showed the current state, ${r.totals["in-progress"]} showed "in progress" and ${r.totals.stale} showed a stale "awaiting payment".`,
  },
};

const X = 50;
const WIDTH = 650;
const CLASS = { fresh: "dg-accent", "in-progress": "dg-neutral", stale: "dg-warn" };

export function draw(result, t) {
  const { perSecond, frames } = result;
  const fx = scale(0, frames, X, X + WIDTH);
  const lagMax = Math.max(2, Math.ceil(Math.max(...perSecond.map((s) => s.lag))));
  const readMax = Math.max(4, ...perSecond.map((s) => s.fresh + s["in-progress"] + s.stale));
  const fy = scale(0, readMax, 0, 120);
  const base = 350;
  return svg(720, 420, summary(result, t), [
    panel({
      x: X, y: 40, width: WIDTH - WIDTH / frames, height: 110, frames, yMax: lagMax, ticks: [0, lagMax], yLabel: t.lag,
      bands: result.params["consumer-outage"] ? [{ from: result.scenario.outageFrom, to: result.scenario.outageFrom + result.params["consumer-outage"], cls: "dg-neutral" }] : [],
      series: [{ values: perSecond.map((s) => s.lag), cls: "sim-line-platform" }],
    }),
    text(X, 214, t.reads),
    perSecond.map((s, i) => {
      let y = base;
      return OUTCOMES.map((o) => {
        if (!s[o]) return "";
        const h = fy(s[o]);
        y -= h;
        return rect(fx(i), y, WIDTH / frames - 1.5, h, CLASS[o]);
      });
    }),
    [0, 15, 30, 45].map((s) => text(fx(s), base + 16, s, { anchor: "middle" })),
    text(X + WIDTH, base + 16, t.seconds, { anchor: "end" }),
    legend(X, 406, OUTCOMES.map((o) => ({ box: CLASS[o], label: t.outcomes[o] }))),
  ]);
}

export function cover(result, frame) {
  const from = scale(0, result.frames, X, X + WIDTH)(frame + 1);
  return [from, 34, X + WIDTH + 2 - from, 318];
}

export function facts(result, upto, t) {
  const seconds = result.perSecond.slice(0, upto + 1);
  return OUTCOMES.map((o) => ({ key: o, label: t.outcomes[o], value: t.count(seconds.reduce((s, x) => s + x[o], 0)) }));
}

export function event(e, t) {
  return t.event(e);
}

export function summary(result, t) {
  return t.summary(result);
}
