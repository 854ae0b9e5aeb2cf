// Canary release: words, chart, facts and announcements; pure functions of a run.

import { legend, line, panel, scale, svg, text } from "../core/svg.js";

export const TEXT = {
  ko: {
    title: "카나리 배포 시뮬레이션",
    intro: "알림 서비스의 새 버전을 위 Argo Rollouts 단계대로 내보냅니다. 새 버전의 실제 오류율과 분석 템플릿의 허용 오류율을 바꿔 보며, 분석이 언제 롤백을 결정하는지 봅니다.",
    params: {
      "canary-error-rate": "새 버전의 실제 발송 실패율",
      "stable-error-rate": "안정 버전의 발송 실패율",
      "max-error-rate": "분석 템플릿의 허용 실패율",
      setWeight: "첫 단계 setWeight",
      "requests-per-minute": "분당 발송 요청 수",
    },
    weight: "새 버전으로 가는 트래픽 비중(%)",
    errors: "분당 발송 실패율(%)",
    canary: "새 버전",
    stable: "안정 버전",
    threshold: "허용 실패율",
    minutes: "시간(분)",
    outcomes: { "first-pause": "첫 단계 관찰 중", "second-pause": "50% 단계 관찰 중", promoted: "승격 완료", aborted: "롤백(중단)" },
    facts: { weight: "새 버전 비중", outcome: "롤아웃 상태", failed: "새 버전에서 실패한 발송" },
    percent: (n) => `${n}%`,
    failedValue: (f, n) => `${n}건 중 ${f}건`,
    event: (e) =>
      e.kind === "weight"
        ? `${e.minute}분: setWeight ${e.weight}, 새 버전이 트래픽의 ${e.weight}%를 받습니다.`
        : e.kind === "analysis"
          ? `${e.minute}분: 분석 결과 새 버전 발송 ${e.requests}건의 실패율이 ${e.measured.toFixed(1)}%로 ${e.passed ? "허용 범위 안입니다" : "허용치를 넘었습니다"}.`
          : e.kind === "aborted"
            ? `${e.minute}분: 롤아웃을 중단하고 새 버전의 비중을 0으로 돌렸습니다.`
            : `${e.minute}분: 새 버전을 100%로 승격했습니다.`,
    summary: (r, outcome) =>
      `${outcome}. 새 버전은 발송 ${r.totals.canaryRequests}건을 받아 ${r.totals.canaryFailed}건을 실패했습니다.`,
  },
  en: {
    title: "Canary release simulation",
    intro: "A new version of the notification service rolls out by the Argo Rollouts steps above. Change the new version's real error rate and the analysis template's limit, and see when the analysis decides to roll back.",
    params: {
      "canary-error-rate": "New version's real send-failure rate",
      "stable-error-rate": "Stable version's send-failure rate",
      "max-error-rate": "Analysis template's failure-rate limit",
      setWeight: "First step, setWeight",
      "requests-per-minute": "Send requests per minute",
    },
    weight: "traffic share of the new version (%)",
    errors: "send-failure rate per minute (%)",
    canary: "New version",
    stable: "Stable version",
    threshold: "Failure-rate limit",
    minutes: "time (min)",
    outcomes: { "first-pause": "watching the first step", "second-pause": "watching the 50% step", promoted: "promoted", aborted: "rolled back (aborted)" },
    facts: { weight: "New version's share", outcome: "Rollout", failed: "Sends failed on the new version" },
    percent: (n) => `${n}%`,
    failedValue: (f, n) => `${f} of ${n}`,
    event: (e) =>
      e.kind === "weight"
        ? `minute ${e.minute}: setWeight ${e.weight}; the new version gets ${e.weight}% of the traffic.`
        : e.kind === "analysis"
          ? `minute ${e.minute}: analysis: ${e.measured.toFixed(1)}% of ${e.requests} sends on the new version failed, ${e.passed ? "within the limit" : "over the limit"}.`
          : e.kind === "aborted"
            ? `minute ${e.minute}: rollout aborted; the new version's share is back to 0.`
            : `minute ${e.minute}: the new version is promoted to 100%.`,
    summary: (r, outcome) =>
      `${outcome[0].toUpperCase()}${outcome.slice(1)}. The new version received ${r.totals.canaryRequests} sends and failed ${r.totals.canaryFailed} of them.`,
  },
};

const X = 50;
const WIDTH = 650;

export function draw(result, t) {
  const { timeline, params } = result;
  const fx = scale(0, result.frames - 1, X, X + WIDTH);
  const rate = (failed, total) => (total ? (100 * failed) / total : 0);
  const yMax = Math.max(5, Math.ceil(Math.max(params["max-error-rate"] * 2, params["canary-error-rate"] * 1.5)));
  const limit = scale(0, yMax, 340, 200)(params["max-error-rate"]);
  return svg(720, 420, summary(result, t), [
    panel({
      x: X, y: 40, width: WIDTH, height: 110, frames: result.frames, yMax: 100, ticks: [0, 50, 100], yLabel: t.weight,
      series: [{ values: timeline.map((f) => f.weight), cls: "sim-line-platform" }],
    }),
    panel({
      x: X, y: 200, width: WIDTH, height: 140, frames: result.frames, yMax, ticks: [0, yMax], yLabel: t.errors, xLabel: t.minutes,
      series: [
        { values: timeline.map((f) => (f.canary ? rate(f.canaryFailed, f.canary) : NaN)).map((v) => (Number.isNaN(v) ? 0 : v)), cls: "sim-line-warn" },
        { values: timeline.map((f) => rate(f.stableFailed, f.requests - f.canary)), cls: "sim-line-accent", dash: "6 3" },
      ],
    }),
    line(X, limit, X + WIDTH, limit, { dash: "2 4", width: 1.5 }),
    [0, 10, 20].map((m) => text(fx(m), 356, m, { anchor: "middle" })),
    legend(X, 400, [{ cls: "sim-line-warn", label: t.canary }, { cls: "sim-line-accent", dash: "6 3", label: t.stable }, { dash: "2 4", label: t.threshold }]),
  ]);
}

export function cover(result, frame) {
  const from = scale(0, result.frames - 1, X, X + WIDTH)(frame + 1);
  return [from, 30, X + WIDTH + 2 - from, 316];
}

export function facts(result, upto, t) {
  const frames = result.timeline.slice(0, upto + 1);
  const steps = result.events.filter((e) => e.frame <= upto && e.kind !== "analysis");
  const last = steps.at(-1);
  const weight = last.kind === "aborted" ? 0 : last.kind === "promoted" ? 100 : last.weight;
  const outcome = last.kind === "weight" ? (steps.length === 1 ? "first-pause" : "second-pause") : last.kind;
  return [
    { key: "weight", label: t.facts.weight, value: t.percent(weight) },
    { key: "outcome", label: t.facts.outcome, value: t.outcomes[outcome] },
    { key: "failed", label: t.facts.failed, value: t.failedValue(frames.reduce((s, f) => s + f.canaryFailed, 0), frames.reduce((s, f) => s + f.canary, 0)) },
  ];
}

export function event(e, t) {
  return t.event(e);
}

export function summary(result, t) {
  return t.summary(result, t.outcomes[result.outcome]);
}
