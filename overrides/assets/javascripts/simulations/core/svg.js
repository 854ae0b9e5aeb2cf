// SVG as text, for the live view and for the static figures written by scripts/simulation-figures.mjs alike.
// The output follows the guide's diagram rules: no width/height, no blank lines, currentColor for ink, the
// dg-* box classes for fills; coloured strokes are classes (sim-*) over a currentColor fallback, so paper and
// the PDF, which know no sim-* class, still print every line (told apart by its dash pattern).

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escape(value) {
  return String(value).replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

const round = (n) => Math.round(n * 10) / 10;

export function svg(width, height, label, parts) {
  const body = parts.flat(Infinity).filter(Boolean).join("\n");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(label)}">\n${body}\n</svg>\n`;
}

export function text(x, y, content, { anchor = "start", size = 12, weight = "", cls = "" } = {}) {
  const extra = (weight ? ` font-weight="${weight}"` : "") + (cls ? ` class="${cls}"` : "");
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}" text-anchor="${anchor}" fill="currentColor"${extra}>${escape(content)}</text>`;
}

export function line(x1, y1, x2, y2, { cls = "", dash = "", width = 1, opacity = 1 } = {}) {
  const extra = (cls ? ` class="${cls}"` : "") + (dash ? ` stroke-dasharray="${dash}"` : "") + (opacity < 1 ? ` stroke-opacity="${opacity}"` : "");
  return `<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="currentColor" stroke-width="${width}"${extra}/>`;
}

export function rect(x, y, width, height, cls, { stroke = false, title = "" } = {}) {
  const edge = stroke ? ' stroke="currentColor" stroke-width="1"' : "";
  const body = title ? `><title>${escape(title)}</title></rect>` : "/>";
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(Math.max(0, width))}" height="${round(Math.max(0, height))}" class="${cls}" fill="currentColor" fill-opacity="0.15"${edge}${body}`;
}

export function polyline(points, { cls = "", dash = "", width = 2 } = {}) {
  if (points.length < 2) return "";
  const d = points.map(([x, y]) => `${round(x)},${round(y)}`).join(" ");
  return `<polyline points="${d}" fill="none" stroke="currentColor" stroke-width="${width}" stroke-linejoin="round"${cls ? ` class="${cls}"` : ""}${dash ? ` stroke-dasharray="${dash}"` : ""}/>`;
}

export function arrow(x1, y1, x2, y2, { cls = "", dash = "" } = {}) {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = [-0.45, 0.45].map((turn) => `${round(x2 - 7 * Math.cos(angle + turn))},${round(y2 - 7 * Math.sin(angle + turn))}`);
  return [
    line(x1, y1, x2, y2, { cls, dash, width: 1.5 }),
    `<polygon points="${round(x2)},${round(y2)} ${head.join(" ")}" fill="currentColor"${cls ? ` class="${cls}-head"` : ""}/>`,
  ];
}

/** A linear map from a domain to a pixel range. */
export function scale(d0, d1, r0, r1) {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/**
 * A time-series panel: frame on x, values on y; returns SVG parts.
 * series: [{values, cls, dash, label}]; bands: [{from, to, cls}] shaded behind the lines.
 */
export function panel({ x, y, width, height, frames, yMax, yLabel, xLabel, series, bands = [], ticks = [0, yMax] }) {
  const fx = scale(0, frames - 1, x, x + width);
  const fy = scale(0, yMax, y + height, y);
  return [
    bands.map((band) => rect(fx(band.from), y, fx(Math.min(band.to, frames - 1)) - fx(band.from), height, band.cls)),
    line(x, y + height, x + width, y + height),
    line(x, y, x, y + height),
    ticks.map((tick) => [line(x - 3, fy(tick), x, fy(tick)), text(x - 5, fy(tick) + 4, tick, { anchor: "end" })]),
    yLabel ? text(x, y - 6, yLabel) : "",
    xLabel ? text(x + width, y + height + 16, xLabel, { anchor: "end" }) : "",
    series.map((s) => polyline(s.values.map((v, i) => [fx(i), fy(Math.min(v, yMax))]), s)),
  ];
}

/** A legend row: a short sample of each line style followed by its label. */
export function legend(x, y, entries) {
  let at = x;
  return entries.map((entry) => {
    const sample = entry.box ? rect(at, y - 9, 18, 10, entry.box, { stroke: true }) : line(at, y - 4, at + 18, y - 4, { cls: entry.cls, dash: entry.dash, width: 2 });
    const part = [sample, text(at + 23, y, entry.label)];
    at += 23 + entry.label.length * (/[가-힣]/.test(entry.label) ? 12 : 6.6) + 16;
    return part;
  });
}
