import { isoToDay } from "../../plan/day-number.js";
import type { Forecast } from "../../plan/types.js";
import type { IsoDate } from "../../model.js";
import { chancePercent } from "../chance-percent.js";
import { escapeHtml } from "./escape-html.js";
import { textWidth } from "./fit-text.js";
import type { HtmlContext } from "./html-context.js";
import { sentences } from "./sentences.js";

const W = 640;
const H = 200;
const PAD = { left: 40, right: 16, top: 42, bottom: 24 };
const LABEL_SIZE = 10.5;
const ROW = 12;

/** A share of the plans as a percentage with at most one decimal: `16.7%` (`16,7 %`, `%16,7`: the language's way). */
export function sharePercent(share: number, ctx: HtmlContext): string {
  return percentFormat(ctx.t.lang).format(Math.round(share * 1000) / 1000);
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** A percentage with at most one decimal, in a language (named explicitly: the machine's locale never shows). */
function percentFormat(lang: string): Intl.NumberFormat {
  const cached = percentFormats.get(lang);
  if (cached) return cached;
  const format = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
  percentFormats.set(lang, format);
  return format;
}

interface Mark {
  day: number;
  /** `P50`, `P80 · P95`, `Due`. */
  names: string[];
  date: IsoDate;
  due: boolean;
}

/**
 * The finish forecast as a bar chart: the share of the simulated plans
 * finishing on each date, on a day axis, with P50, P80 and P95 marked (and
 * the roadmap's due date, dashed, when it lies near). An image with a name
 * and a description; the same numbers are in the table beside it.
 */
export function forecastChart(forecast: Forecast, due: IsoDate | null, ctx: HtmlContext): string {
  const { t } = ctx;
  const words = t.forecast;
  const dist = forecast.distribution;
  const days = dist.map((d) => isoToDay(d.date));
  let d0 = days[0];
  let d1 = days[days.length - 1];
  const dueDay = due === null ? null : isoToDay(due);
  // The due date is drawn when it is no further from the distribution than the distribution is wide.
  const span = d1 - d0 + 1;
  const showDue = dueDay !== null && dueDay >= d0 - span && dueDay <= d1 + span;
  if (showDue) {
    d0 = Math.min(d0, dueDay);
    d1 = Math.max(d1, dueDay);
  }
  d0 -= 1;
  d1 += 1;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / (d1 - d0 + 1);
  const x = (day: number) => PAD.left + (day - d0 + 0.5) * slot;
  const maxShare = Math.max(...dist.map((d) => d.share));
  const y = (share: number) => PAD.top + (1 - share / maxShare) * plotH;
  const f = (n: number) => n.toFixed(1);
  const parts: string[] = [];

  // Grid: the baseline at 0% and a line at the tallest bar.
  const base = H - PAD.bottom;
  parts.push(`<line class="fc-grid" x1="${PAD.left}" y1="${PAD.top}" x2="${W - PAD.right}" y2="${PAD.top}"/>`);
  parts.push(`<text class="fc-tick" x="${PAD.left - 5}" y="${PAD.top + 3.5}" text-anchor="end">${escapeHtml(sharePercent(maxShare, ctx))}</text>`);
  parts.push(`<line class="fc-axis" x1="${PAD.left}" y1="${base}" x2="${W - PAD.right}" y2="${base}"/>`);
  parts.push(`<text class="fc-tick" x="${PAD.left - 5}" y="${base + 3.5}" text-anchor="end">${escapeHtml(t.percent(0))}</text>`);

  // Bars, one per finish date.
  const bw = Math.max(1, Math.min(28, slot * 0.8));
  dist.forEach((d, i) => {
    const top = y(d.share);
    const tip = words.barTip({ date: ctx.day(d.date), share: sharePercent(d.share, ctx) });
    parts.push(
      `<g class="fc-bar"><title>${escapeHtml(tip)}</title><rect x="${f(x(days[i]) - bw / 2)}" y="${f(top)}" width="${f(bw)}" height="${f(Math.max(0.5, base - top))}"/></g>`,
    );
  });

  // The first and last finish dates under the axis.
  const first = ctx.dayMonth(dist[0].date);
  const last = ctx.dayMonth(dist[dist.length - 1].date);
  parts.push(`<text class="fc-tick" x="${f(x(days[0]))}" y="${H - 8}" text-anchor="middle">${escapeHtml(first)}</text>`);
  if (dist.length > 1 && x(days[days.length - 1]) - x(days[0]) > (textWidth(first, 10) + textWidth(last, 10)) / 2 + 8) {
    parts.push(`<text class="fc-tick" x="${f(x(days[days.length - 1]))}" y="${H - 8}" text-anchor="middle">${escapeHtml(last)}</text>`);
  }

  // P50, P80, P95 (those on one date share a mark) and the due date, labelled above the plot in rows that do not overlap.
  const marks: Mark[] = [];
  for (const [name, date] of [
    ["P50", forecast.p50],
    ["P80", forecast.p80],
    ["P95", forecast.p95],
  ] as const) {
    const day = isoToDay(date);
    const same = marks.find((m) => m.day === day);
    if (same) same.names.push(name);
    else marks.push({ day, names: [name], date, due: false });
  }
  if (showDue && dueDay !== null && due !== null) marks.push({ day: dueDay, names: [t.column.due], date: due, due: true });
  marks.sort((a, b) => a.day - b.day);
  const rowEnds: number[] = [];
  for (const m of marks) {
    const mx = x(m.day);
    const text = `${m.names.join(" · ")} ${ctx.dayMonth(m.date)}`;
    const width = textWidth(text, LABEL_SIZE);
    const left = Math.max(2, Math.min(W - 2 - width, mx - width / 2));
    let row = rowEnds.findIndex((end) => end + 6 <= left);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = left + width;
    const ty = PAD.top - 6 - row * ROW;
    const cls = m.due ? "fc-due" : "fc-mark";
    parts.push(`<line class="${cls}" x1="${f(mx)}" y1="${f(ty + 3)}" x2="${f(mx)}" y2="${base}"/>`);
    parts.push(`<text class="fc-label${m.due ? " is-due" : ""}" x="${f(left)}" y="${f(ty)}">${escapeHtml(text)}</text>`);
  }
  const top = Math.min(0, PAD.top - 6 - (rowEnds.length - 1) * ROW - ROW);

  const separator = t.punctuation.listSeparator;
  const desc = sentences(
    [
      words.chartDesc(forecast.runs),
      `P50 ${ctx.day(forecast.p50)}${separator}P80 ${ctx.day(forecast.p80)}${separator}P95 ${ctx.day(forecast.p95)}${t.punctuation.stop}`,
      due !== null && forecast.dueProbability !== null
        ? `${words.dueNote({ date: ctx.day(due), percent: chancePercent(forecast.dueProbability, t.percent) })}${t.punctuation.stop}`
        : "",
      t.report.sameDataBelow,
    ].filter(Boolean),
    t,
  );
  return (
    `<svg class="forecast-svg" role="img" viewBox="0 ${top} ${W} ${H - top}" width="${W}" height="${H - top}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeHtml(words.chartTitle)}</title><desc>${escapeHtml(desc)}</desc>${parts.join("")}</svg>`
  );
}
