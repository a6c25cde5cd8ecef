import type { History, MilestoneTrend } from "../../compare/types.js";
import { isoToDay } from "../../plan/day-number.js";
import { firstAndLast } from "../history/history-words.js";
import { dateAxis } from "./date-axis.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { plainTitle } from "./plain-title.js";

const W = 760;
const H = 400;
const PAD = { left: 78, right: 20, top: 16, bottom: 44 };
/** Series colours: the report's eight category colours, in turn. */
export const SERIES_COLOURS = 8;

const f = (n: number) => n.toFixed(1);

/** The milestones and phases the chart draws: those with at least one planned date. */
export function chartedTrends(history: History): MilestoneTrend[] {
  return history.milestones.filter((m) => m.dates.some((d) => d.planned !== null));
}

/**
 * The milestone trend analysis: the report date of each version across, the
 * planned date up, one line per milestone and top-level phase (a colour
 * each, dots at each version), and the diagonal where the planned date is
 * the report date: a line rising means the date slipped, a flat line that
 * it held, and a line reaching the diagonal that the date arrived. An
 * accessible SVG image (title and a description naming each line's first
 * and latest date); the same dates are in the table beside it. Empty when
 * nothing has a planned date.
 */
export function milestoneTrendChart(history: History, ctx: HtmlContext): string {
  const trends = chartedTrends(history);
  if (trends.length === 0) return "";
  const reportDays = history.versions.map((v) => isoToDay(v.date));
  const plannedDays = trends.flatMap((m) => m.dates.flatMap((d) => (d.planned === null ? [] : [isoToDay(d.planned)])));
  const x0 = Math.min(...reportDays);
  const x1 = Math.max(...reportDays);
  const xAxis = dateAxis(x0, x1, PAD.left, W - PAD.left - PAD.right, ctx, 8);
  const yAxis = dateAxis(Math.min(...plannedDays, x0), Math.max(...plannedDays, x1), 0, H - PAD.top - PAD.bottom, ctx, 8);
  const bottom = H - PAD.bottom;
  const x = (day: number) => xAxis.at(day);
  const y = (day: number) => bottom - yAxis.at(day);
  const parts: string[] = [];

  for (const t of yAxis.ticks) {
    const ty = y(t.day);
    if (ty < PAD.top - 1) continue;
    parts.push(`<line class="h-grid" x1="${PAD.left}" y1="${f(ty)}" x2="${W - PAD.right}" y2="${f(ty)}"/>`);
    parts.push(`<text class="h-tick" x="${PAD.left - 6}" y="${f(ty + 3.5)}" text-anchor="end">${escapeHtml(t.label)}</text>`);
  }
  for (const t of xAxis.ticks) parts.push(`<text class="h-tick" x="${f(x(t.day))}" y="${bottom + 16}" text-anchor="middle">${escapeHtml(t.label)}</text>`);
  parts.push(`<line class="h-axis" x1="${PAD.left}" y1="${bottom}" x2="${W - PAD.right}" y2="${bottom}"/>`);
  parts.push(`<line class="h-axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${bottom}"/>`);
  parts.push(`<text class="h-label" x="${f((PAD.left + W - PAD.right) / 2)}" y="${H - 6}" text-anchor="middle">Report date (version)</text>`);
  parts.push(
    `<text class="h-label" x="12" y="${f((PAD.top + bottom) / 2)}" text-anchor="middle" transform="rotate(-90 12 ${f((PAD.top + bottom) / 2)})">Planned date</text>`,
  );

  // The diagonal: planned date = report date, over the report dates shown.
  parts.push(
    `<g class="h-diagonal-mark"><title>Planned date = report date</title><line class="h-diagonal" x1="${f(x(x0))}" y1="${f(y(x0))}" x2="${f(x(x1))}" y2="${f(y(x1))}"/></g>`,
  );

  trends.forEach((m, i) => {
    const name = plainTitle(m.title);
    const pts = m.dates.map((d) => (d.planned === null ? null : { x: x(isoToDay(d.date)), y: y(isoToDay(d.planned)), date: d.date, planned: d.planned }));
    const runs: string[][] = [[]];
    for (const p of pts) {
      if (p) runs[runs.length - 1].push(`${f(p.x)},${f(p.y)}`);
      else if (runs[runs.length - 1].length > 0) runs.push([]);
    }
    let series = `<g class="mta-series hs-${i % SERIES_COLOURS}">`;
    for (const run of runs) if (run.length > 1) series += `<polyline class="mta-line" points="${run.join(" ")}"/>`;
    for (const p of pts) {
      if (!p) continue;
      const label = `${name}: planned ${ctx.day(p.planned)} in the version of ${ctx.day(p.date)}`;
      series += `<circle class="mta-point" cx="${f(p.x)}" cy="${f(p.y)}" r="3.5"><title>${escapeHtml(label)}</title></circle>`;
    }
    parts.push(`${series}</g>`);
  });

  const desc = trends
    .map((m) => {
      const { first, last } = firstAndLast(m);
      const day = (iso: string | null) => (iso === null ? "—" : ctx.day(iso));
      return `${plainTitle(m.title)}: ${first === last ? `held at ${day(last)}` : `${day(first)} to ${day(last)}`}`;
    })
    .join("; ");
  return (
    `<svg class="history-svg" role="img" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>Milestone trend: planned date by report date</title>` +
    `<desc>${escapeHtml(`One line per milestone and top-level phase; the dashed diagonal is where the planned date equals the report date. ${desc}.`)}</desc>` +
    parts.join("") +
    `</svg>`
  );
}
