import type { History } from "../../compare/types.js";
import { isoToDay } from "../../plan/day-number.js";
import { historyHeadline } from "../history/history-words.js";
import { dateAxis } from "./date-axis.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";

const W = 760;
const H = 300;
const PAD = { left: 78, right: 20, top: 16, bottom: 44 };

const f = (n: number) => n.toFixed(1);

/** Polylines through the points, broken where a point is missing. */
function segments(points: ({ x: number; y: number } | null)[]): string[] {
  const runs: string[][] = [[]];
  for (const p of points) {
    if (p) runs[runs.length - 1].push(`${f(p.x)},${f(p.y)}`);
    else if (runs[runs.length - 1].length > 0) runs.push([]);
  }
  return runs.filter((r) => r.length > 1).map((r) => r.join(" "));
}

/**
 * The planned finish of each version against the date of the version: the
 * finish as a solid line with dots, the best case dashed, the latest due
 * date as a dotted level, a cross on the axis where a version does not
 * parse. An accessible SVG image (title and description); the same numbers
 * are in the versions table beside it. Empty when no version planned.
 */
export function finishTrendChart(history: History, ctx: HtmlContext): string {
  const planned = history.versions.filter((v) => v.error === undefined && v.finish !== null);
  if (planned.length === 0) return "";
  const reportDays = history.versions.map((v) => isoToDay(v.date));
  const latestDue = [...history.versions].reverse().find((v) => v.error === undefined)?.due ?? null;
  const planDays = [
    ...planned.flatMap((v) => (v.finish === null ? [] : [isoToDay(v.finish)])),
    ...planned.flatMap((v) => (v.bestCaseFinish === null ? [] : [isoToDay(v.bestCaseFinish)])),
    ...(latestDue ? [isoToDay(latestDue)] : []),
  ];
  const xAxis = dateAxis(Math.min(...reportDays), Math.max(...reportDays), PAD.left, W - PAD.left - PAD.right, ctx, 8);
  const yAxis = dateAxis(Math.min(...planDays), Math.max(...planDays), 0, H - PAD.top - PAD.bottom, ctx, 6);
  const bottom = H - PAD.bottom;
  const x = (iso: string) => xAxis.at(isoToDay(iso));
  const y = (iso: string) => bottom - yAxis.at(isoToDay(iso));
  const parts: string[] = [];

  for (const t of yAxis.ticks) {
    const ty = bottom - yAxis.at(t.day);
    parts.push(`<line class="h-grid" x1="${PAD.left}" y1="${f(ty)}" x2="${W - PAD.right}" y2="${f(ty)}"/>`);
    parts.push(`<text class="h-tick" x="${PAD.left - 6}" y="${f(ty + 3.5)}" text-anchor="end">${escapeHtml(t.label)}</text>`);
  }
  for (const t of xAxis.ticks) {
    parts.push(`<text class="h-tick" x="${f(xAxis.at(t.day))}" y="${bottom + 16}" text-anchor="middle">${escapeHtml(t.label)}</text>`);
  }
  parts.push(`<line class="h-axis" x1="${PAD.left}" y1="${bottom}" x2="${W - PAD.right}" y2="${bottom}"/>`);
  parts.push(`<line class="h-axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${bottom}"/>`);
  parts.push(`<text class="h-label" x="${f((PAD.left + W - PAD.right) / 2)}" y="${H - 6}" text-anchor="middle">Version date</text>`);
  parts.push(
    `<text class="h-label" x="12" y="${f((PAD.top + bottom) / 2)}" text-anchor="middle" transform="rotate(-90 12 ${f((PAD.top + bottom) / 2)})">Planned finish</text>`,
  );

  if (latestDue) {
    const dy = y(latestDue);
    parts.push(
      `<g class="h-due-mark"><title>${escapeHtml(`Due date: ${ctx.day(latestDue)}`)}</title><line class="h-due" x1="${PAD.left}" y1="${f(dy)}" x2="${W - PAD.right}" y2="${f(dy)}"/></g>`,
    );
  }
  const point = (iso: string | null, v: History["versions"][number]) => (v.error === undefined && iso !== null ? { x: x(v.date), y: y(iso) } : null);
  for (const line of segments(history.versions.map((v) => point(v.bestCaseFinish, v)))) parts.push(`<polyline class="h-best" points="${line}"/>`);
  for (const line of segments(history.versions.map((v) => point(v.finish, v)))) parts.push(`<polyline class="h-finish" points="${line}"/>`);
  for (const v of history.versions) {
    const label = `${ctx.day(v.date)} · ${v.commit.slice(0, 7)}`;
    if (v.error !== undefined) {
      const cx = x(v.date);
      parts.push(`<g class="h-broken"><title>${escapeHtml(`${label}: does not parse`)}</title><path d="M${f(cx - 4)},${f(bottom - 4)}l8,-8m-8,0l8,8"/></g>`);
      continue;
    }
    if (v.bestCaseFinish !== null && v.bestCaseFinish !== v.finish) {
      parts.push(
        `<g class="h-best-point"><title>${escapeHtml(`${label}: best case ${ctx.day(v.bestCaseFinish)}`)}</title><circle cx="${f(x(v.date))}" cy="${f(y(v.bestCaseFinish))}" r="3"/></g>`,
      );
    }
    if (v.finish !== null) {
      parts.push(
        `<g class="h-finish-point"><title>${escapeHtml(`${label}: finish ${ctx.day(v.finish)}`)}</title><circle cx="${f(x(v.date))}" cy="${f(y(v.finish))}" r="4"/></g>`,
      );
    }
  }
  return (
    `<svg class="history-svg" role="img" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>Planned finish by version</title><desc>${escapeHtml(historyHeadline(history))}</desc>` +
    parts.join("") +
    `</svg>`
  );
}
