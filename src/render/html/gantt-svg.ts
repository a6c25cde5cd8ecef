import { isoToDay, type DayNumber } from "../../plan/day-number.js";
import type { PlannedItem } from "../../plan/types.js";
import { escapeHtml } from "./escape-html.js";
import { fitText, textWidth } from "./fit-text.js";
import type { Labels } from "../../report/i18n/labels.js";
import type { TimeScale } from "./time-scale.js";

/** Chart geometry in SVG user units (pixels at 100%). */
export const GANTT = {
  width: 1000,
  labelWidth: 280,
  plotLeft: 292,
  plotWidth: 628,
  /** Axis height; the as-of tag adds a lane below the ticks when the date is in range. */
  axisHeight: 44,
  asOfLane: 16,
  rowHeight: 26,
  barHeight: 14,
  summaryHeight: 7,
  fontSize: 12,
  /** Rows per SVG; a chart is a stack of these so print never cuts a bar. */
  chunkRows: 24,
} as const;

export interface GanttRow {
  item: PlannedItem;
  /** Plain text; escaped here. */
  label: string;
  /** Indent level of the label. */
  indent: number;
  shape: "bar" | "summary" | "milestone";
  /** Plain-text tooltip. */
  tooltip: string;
  /** Short text after the bar (progress, a date, "blocked"). */
  value: string;
  /** Bold label (phases in the overview, groups in a phase chart). */
  strong: boolean;
}

export interface GanttArrow {
  /** Row index of the predecessor, or null for one outside this chart (drawn as a stub). */
  from: number | null;
  /** Day after the predecessor ends (its right edge). */
  fromDay: DayNumber;
  to: number;
  critical: boolean;
}

export interface GanttInput {
  rows: GanttRow[];
  arrows: GanttArrow[];
  scale: TimeScale;
  /** Non-working days to shade (used at day scale). */
  isWorkday: (day: DayNumber) => boolean;
  isHoliday: (day: DayNumber) => boolean;
  asOf: DayNumber;
  asOfLabel: string;
  /** Accessible name and description of the chart. */
  title: string;
  description: string;
  /** Extra class on every SVG. */
  className?: string;
  /** The report's words (holidays, `continued`). */
  t: Labels;
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

function rowTop(r: number, axisHeight: number): number {
  return axisHeight + r * GANTT.rowHeight;
}

function rowMid(r: number, axisHeight: number): number {
  return rowTop(r, axisHeight) + GANTT.rowHeight / 2;
}

interface Geometry {
  x1: number;
  x2: number;
}

function geometry(row: GanttRow, scale: TimeScale): Geometry {
  const start = isoToDay(row.item.start!);
  const end = isoToDay(row.item.end!);
  if (row.shape === "milestone") {
    const x = scale.x(end + 1);
    return { x1: x - 6, x2: x + 6 };
  }
  let x1 = scale.x(start);
  let x2 = scale.x(end + 1);
  if (x2 - x1 < 3) {
    const mid = (x1 + x2) / 2;
    x1 = mid - 1.5;
    x2 = mid + 1.5;
  }
  return { x1, x2 };
}

function arrowPath(a: GanttArrow, geo: Geometry[], scale: TimeScale, axisHeight: number): { d: string; head: string; top: number; bottom: number } {
  const y2 = rowMid(a.to, axisHeight);
  const x2 = geo[a.to].x1;
  const head = `${f(x2)},${f(y2)} ${f(x2 - 5)},${f(y2 - 3.5)} ${f(x2 - 5)},${f(y2 + 3.5)}`;
  if (a.from === null) {
    return { d: `M${f(x2 - 18)},${f(y2)}H${f(x2 - 4)}`, head, top: y2, bottom: y2 };
  }
  const y1 = rowMid(a.from, axisHeight);
  const x1 = Math.max(scale.x(a.fromDay), geo[a.from].x2);
  let d: string;
  if (x2 - x1 >= 12) {
    d = `M${f(x1)},${f(y1)}H${f(x1 + 5)}V${f(y2)}H${f(x2 - 4)}`;
  } else {
    const yTurn = y2 > y1 ? y2 - GANTT.rowHeight / 2 : y2 + GANTT.rowHeight / 2;
    d = `M${f(x1)},${f(y1)}H${f(x1 + 5)}V${f(yTurn)}H${f(x2 - 10)}V${f(y2)}H${f(x2 - 4)}`;
  }
  return { d, head, top: Math.min(y1, y2), bottom: Math.max(y1, y2) };
}

function itemClasses(item: PlannedItem): string {
  const c = ["g-item", `s-${item.status}`];
  if (item.critical) c.push("is-critical");
  if (item.overdue) c.push("is-overdue");
  return c.join(" ");
}

function rowShapes(row: GanttRow, r: number, g: Geometry, axisHeight: number): string {
  const { item } = row;
  const mid = rowMid(r, axisHeight);
  const out: string[] = [];
  if (row.shape === "milestone") {
    const cx = (g.x1 + g.x2) / 2;
    out.push(`<path class="g-ms" d="M${f(cx)},${f(mid - 7)}L${f(cx + 7)},${f(mid)}L${f(cx)},${f(mid + 7)}L${f(cx - 7)},${f(mid)}Z"/>`);
  } else if (row.shape === "summary") {
    const h = GANTT.summaryHeight;
    const top = mid - h / 2 - 1;
    const w = g.x2 - g.x1;
    out.push(`<rect class="g-track g-summary" x="${f(g.x1)}" y="${f(top)}" width="${f(w)}" height="${h}" rx="1.5"/>`);
    if (item.progress > 0) out.push(`<rect class="g-fill" x="${f(g.x1)}" y="${f(top)}" width="${f(Math.max(1, w * item.progress))}" height="${h}" rx="1.5"/>`);
    // End caps: a bracket marks a group rather than a task.
    const cap = Math.min(5, w / 2);
    out.push(`<path class="g-cap" d="M${f(g.x1)},${f(top + h)}v5l${f(cap)},-5ZM${f(g.x2)},${f(top + h)}v5l${f(-cap)},-5Z"/>`);
  } else {
    const h = GANTT.barHeight;
    const top = mid - h / 2;
    const w = g.x2 - g.x1;
    out.push(`<rect class="g-track" x="${f(g.x1)}" y="${f(top)}" width="${f(w)}" height="${h}" rx="3"/>`);
    if (item.progress > 0) out.push(`<rect class="g-fill" x="${f(g.x1)}" y="${f(top)}" width="${f(Math.max(1.5, w * item.progress))}" height="${h}" rx="3"/>`);
    if (item.critical) out.push(`<rect class="g-crit" x="${f(g.x1 - 1)}" y="${f(top - 1)}" width="${f(w + 2)}" height="${h + 2}" rx="3.5"/>`);
  }
  if (row.value) {
    const tw = textWidth(row.value, 11);
    const right = g.x2 + 6;
    const fitsRight = right + tw <= GANTT.width - 4;
    const x = fitsRight ? right : g.x1 - 6;
    out.push(`<text class="g-value" x="${f(x)}" y="${f(mid + 4)}"${fitsRight ? "" : ' text-anchor="end"'}>${escapeHtml(row.value)}</text>`);
  }
  return `<g class="${itemClasses(item)}" data-item="${escapeHtml(item.id)}"><title>${escapeHtml(row.tooltip)}</title>${out.join("")}</g>`;
}

function axis(input: GanttInput, axisHeight: number): string {
  const { scale } = input;
  const right = GANTT.plotLeft + GANTT.plotWidth;
  const out: string[] = [];
  out.push(`<rect class="g-axis-bg" x="0" y="0" width="${GANTT.width}" height="${axisHeight}"/>`);
  for (const b of input.scale.bands) {
    const x1 = scale.x(b.from);
    const x2 = scale.x(b.to);
    const label = textWidth(b.label, 11) + 10 <= x2 - x1 ? b.label : textWidth(b.short, 11) + 8 <= x2 - x1 ? b.short : "";
    if (b.from > scale.from) out.push(`<line class="g-band-edge" x1="${f(x1)}" y1="4" x2="${f(x1)}" y2="40"/>`);
    if (label) out.push(`<text class="g-band" x="${f(x1 + 5)}" y="17">${escapeHtml(label)}</text>`);
  }
  const minGap = Math.max(...scale.ticks.map((t) => textWidth(t.label, 10.5))) + 6;
  const step = Math.max(1, Math.ceil(minGap / Math.max(1, GANTT.plotWidth / Math.max(1, scale.ticks.length))));
  scale.ticks.forEach((t, i) => {
    if (i % step !== 0) return;
    const x1 = scale.x(t.day);
    const next = scale.ticks[i + step]?.day ?? scale.to;
    const centred = scale.unit === "day" || scale.unit === "month" || scale.unit === "quarter";
    const x = centred ? (x1 + Math.min(scale.x(next), right)) / 2 : x1 + 3;
    out.push(`<text class="g-tick" x="${f(x)}" y="35"${centred ? ' text-anchor="middle"' : ""}>${escapeHtml(t.label)}</text>`);
  });
  if (scale.unit === "day") {
    // Holidays are marked in the axis too, so they differ from weekends by more than their shade.
    for (let d = scale.from; d < scale.to; d++) {
      if (!input.isHoliday(d)) continue;
      const cx = scale.x(d) + scale.pxPerDay / 2;
      out.push(`<path class="g-holiday-mark" d="M${f(cx)},${39}l3.5,4h-7Z"><title>${escapeHtml(input.t.timeline.holiday)}</title></path>`);
    }
  }
  out.push(`<line class="g-axis-line" x1="0" y1="${axisHeight - 0.5}" x2="${GANTT.width}" y2="${axisHeight - 0.5}"/>`);
  return out.join("");
}

function background(input: GanttInput, firstRow: number, lastRow: number, top: number, bottom: number, axisHeight: number): string {
  const { scale } = input;
  const out: string[] = [];
  for (let r = firstRow; r < lastRow; r++) {
    if (r % 2 === 1) out.push(`<rect class="g-zebra" x="0" y="${rowTop(r, axisHeight)}" width="${GANTT.width}" height="${GANTT.rowHeight}"/>`);
  }
  const gridTop = Math.max(top, axisHeight);
  const h = bottom - gridTop;
  if (h <= 0) return out.join("");
  if (scale.unit === "day") {
    for (let d = scale.from; d < scale.to; d++) {
      const holiday = input.isHoliday(d);
      if (holiday || !input.isWorkday(d)) {
        const rect = `class="g-off${holiday ? " is-holiday" : ""}" x="${f(scale.x(d))}" y="${gridTop}" width="${f(scale.pxPerDay)}" height="${h}"`;
        out.push(holiday ? `<rect ${rect}><title>${escapeHtml(input.t.timeline.holiday)}</title></rect>` : `<rect ${rect}/>`);
      }
    }
  }
  const minGap = 6;
  let lastX = -Infinity;
  for (const t of scale.ticks) {
    const x = scale.x(t.day);
    if (x - lastX < minGap) continue;
    lastX = x;
    out.push(`<line class="g-grid" x1="${f(x)}" y1="${gridTop}" x2="${f(x)}" y2="${bottom}"/>`);
  }
  // Month edges fall between weekly ticks: drawing them too would double the lines.
  for (const b of scale.unit === "week" ? [] : scale.bands) {
    if (b.from > scale.from) out.push(`<line class="g-grid is-major" x1="${f(scale.x(b.from))}" y1="${gridTop}" x2="${f(scale.x(b.from))}" y2="${bottom}"/>`);
  }
  out.push(`<line class="g-divider" x1="${GANTT.plotLeft - 6}" y1="${gridTop}" x2="${GANTT.plotLeft - 6}" y2="${bottom}"/>`);
  return out.join("");
}

function todayLine(input: GanttInput, top: number, bottom: number, withLabel: boolean, axisHeight: number): string {
  const { scale, asOf } = input;
  if (asOf < scale.from || asOf >= scale.to) return "";
  const x = scale.x(asOf) + scale.pxPerDay / 2;
  const lineTop = withLabel ? axisHeight - 4 : top;
  let out = `<line class="g-today" x1="${f(x)}" y1="${lineTop}" x2="${f(x)}" y2="${bottom}"/>`;
  if (withLabel) {
    const label = input.asOfLabel;
    const w = textWidth(label, 10.5) + 10;
    const lx = Math.min(Math.max(x - w / 2, GANTT.plotLeft), GANTT.width - w - 2);
    out += `<rect class="g-today-tag" x="${f(lx)}" y="${axisHeight - 18}" width="${f(w)}" height="15" rx="7.5"/>`;
    out += `<text class="g-today-text" x="${f(lx + w / 2)}" y="${axisHeight - 7}" text-anchor="middle">${escapeHtml(label)}</text>`;
  }
  return out;
}

/**
 * A Gantt chart as a stack of SVGs (one per `chunkRows` rows, the first with
 * the time axis) drawn in one coordinate system, so on screen they read as
 * one chart and in print a page break never cuts a bar. Every scheduled row
 * has one `g[data-item]`; each SVG has role=img with a title and description.
 */
export function ganttSvg(input: GanttInput): string {
  const { rows, scale } = input;
  const asOfShown = input.asOf >= scale.from && input.asOf < scale.to;
  // The as-of tag gets its own lane under the ticks when the date is on the chart.
  const axisHeight = GANTT.axisHeight + (asOfShown ? GANTT.asOfLane : 0);
  const geo = rows.map((r) => geometry(r, scale));
  const arrows = input.arrows.map((a) => ({ a, path: arrowPath(a, geo, scale, axisHeight) }));
  const chunks: string[] = [];
  const total = Math.max(1, Math.ceil(rows.length / GANTT.chunkRows));
  for (let c = 0; c < total; c++) {
    const first = c * GANTT.chunkRows;
    const last = Math.min(rows.length, first + GANTT.chunkRows);
    const top = c === 0 ? 0 : rowTop(first, axisHeight);
    const bottom = rowTop(last, axisHeight) + (c === total - 1 ? 6 : 0);
    const height = bottom - top;
    const parts: string[] = [];
    const title = c === 0 ? input.title : input.t.timeline.continued({ title: input.title, first: first + 1, last, total: rows.length });
    parts.push(`<title>${escapeHtml(title)}</title><desc>${escapeHtml(input.description)}</desc>`);
    parts.push(background(input, first, last, top, bottom, axisHeight));
    if (c === 0) parts.push(axis(input, axisHeight));
    parts.push(todayLine(input, top, bottom, c === 0, axisHeight));
    for (let r = first; r < last; r++) {
      const row = rows[r];
      const indent = row.indent * 14;
      const label = fitText(row.label, GANTT.labelWidth - indent - 14, GANTT.fontSize);
      const cls = `g-label${row.strong ? " is-strong" : ""}${row.item.critical ? " is-critical" : ""}`;
      parts.push(`<text class="${cls}" x="${10 + indent}" y="${f(rowMid(r, axisHeight) + 4)}">${escapeHtml(label)}</text>`);
    }
    for (const { a, path } of arrows) {
      if (path.bottom < top - GANTT.rowHeight || path.top > bottom + GANTT.rowHeight) continue;
      const cls = `g-arrow${a.critical ? " is-critical" : ""}${a.from === null ? " is-external" : ""}`;
      parts.push(`<g class="${cls}"><path d="${path.d}"/><polygon points="${path.head}"/></g>`);
    }
    for (let r = first; r < last; r++) parts.push(rowShapes(rows[r], r, geo[r], axisHeight));
    const cls = `gantt-svg${input.className ? ` ${input.className}` : ""}`;
    chunks.push(
      `<svg class="${cls}" role="img" viewBox="0 ${top} ${GANTT.width} ${height}" width="${GANTT.width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`,
    );
  }
  return `<div class="gantt-stack">${chunks.join("\n")}</div>`;
}
