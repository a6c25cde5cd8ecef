import { dayToIso, isoToDay } from "../../plan/day-number.js";
import type { PlannedKpi } from "../../plan/types.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { textWidth } from "./fit-text.js";
import { plainTitle } from "./plain-title.js";

const W = 320;
const H = 150;
const PAD = { left: 46, right: 14, top: 14, bottom: 26 };
/** Width of the slot on the right for targets without a date. */
const FINAL_SLOT = 44;

interface Point {
  x: number;
  y: number;
  value: number;
}

/** Whether `value` meets `target` when `better` is lower or higher. */
export function meetsTarget(value: number, target: number, better: "lower" | "higher"): boolean {
  return better === "lower" ? value <= target : value >= target;
}

/** About three round tick values between min and max, and the decimals they need. */
function niceTicks(min: number, max: number): { ticks: number[]; decimals: number } {
  if (min === max) return { ticks: [min], decimals: 0 };
  const rough = (max - min) / 3;
  const mag = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= rough * (1 - 1e-9)) ?? rough;
  let decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  if (Math.abs(step * 10 ** decimals - Math.round(step * 10 ** decimals)) > 1e-6) decimals += 1;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
    const t = Number((Math.round(v / step) * step).toFixed(Math.min(20, decimals + 2)));
    ticks.push(t === 0 ? 0 : t);
  }
  return { ticks, decimals: Math.min(decimals, 6) };
}

/** Powers of ten between 10^lo and 10^hi (log10 bounds), thinned to at most four. */
function logTicks(lo: number, hi: number): number[] {
  const exps: number[] = [];
  for (let e = Math.ceil(lo); e <= Math.floor(hi); e++) exps.push(e);
  const step = Math.max(1, Math.ceil(exps.length / 4));
  return exps.filter((_, i) => i % step === 0).map((e) => 10 ** e);
}

/**
 * A small chart of one KPI over time: baseline (hollow circle) at the plan's
 * start, current (filled circle) at the as-of date, targets (diamonds) at
 * their due dates, undated targets in a "final" slot on the right. Targets
 * already due are marked ✓ met or ✗ missed by the current value; the planned
 * path is dashed, the measured one solid.
 */
export function kpiChart(kpi: PlannedKpi, ctx: HtmlContext): string {
  const { plan, t: words } = ctx;
  const asOf = isoToDay(plan.asOf);
  // The baseline is measured at the start of the plan (or at the as-of date when that comes first).
  const start = plan.start ? Math.min(isoToDay(plan.start), asOf) : asOf;
  const dated = kpi.targets.filter((t) => t.date !== null);
  const undated = kpi.targets.filter((t) => t.date === null);
  const finalUndated = kpi.kpi.target !== undefined ? { key: "target", value: kpi.kpi.target, date: null } : null;
  const slot = [...undated, ...(finalUndated ? [finalUndated] : [])];

  const days: number[] = [];
  if (kpi.baseline !== null) days.push(start);
  if (kpi.current !== null) days.push(asOf);
  for (const t of dated) days.push(isoToDay(t.date!));
  if (days.length === 0) days.push(asOf);
  let d0 = Math.min(...days);
  let d1 = Math.max(...days);
  if (d1 - d0 < 14) {
    d0 -= 7;
    d1 += 7;
  }
  const values = [kpi.baseline, kpi.current, ...kpi.targets.map((t) => t.value), kpi.kpi.target ?? null].filter((v): v is number => v !== null);
  if (values.length === 0) return "";
  let v0 = Math.min(...values);
  let v1 = Math.max(...values);
  // Values spanning two orders of magnitude or more (10 → 10,000 RPS) read better on a log scale.
  const log = v0 > 0 && v1 / v0 >= 100;
  if (log) {
    v0 = Math.log10(v0) - 0.15;
    v1 = Math.log10(v1) + 0.15;
  } else if (v0 === v1) {
    const pad = Math.abs(v0) * 0.1 || 1;
    v0 -= pad;
    v1 += pad;
  } else {
    const pad = (v1 - v0) * 0.12;
    v0 -= pad;
    v1 += pad;
  }
  const plotRight = W - PAD.right - (slot.length ? FINAL_SLOT : 0);
  const x = (day: number) => PAD.left + ((day - d0) / (d1 - d0)) * (plotRight - PAD.left);
  const y = (value: number) => {
    const v = log ? Math.log10(value) : value;
    return PAD.top + (1 - (v - v0) / (v1 - v0)) * (H - PAD.top - PAD.bottom);
  };
  const slotX = (i: number) => plotRight + (FINAL_SLOT * (i + 1)) / (slot.length + 1);
  const f = (n: number) => n.toFixed(1);
  const parts: string[] = [];

  // Grid and axes.
  const nice = log ? { ticks: logTicks(v0, v1), decimals: 0 } : niceTicks(v0, v1);
  const big = log ? 10 ** v1 >= 10_000 : Math.max(Math.abs(v0), Math.abs(v1)) >= 10_000;
  const tickFormat = new Intl.NumberFormat(
    ctx.lang,
    big
      ? { notation: "compact", maximumFractionDigits: 1 }
      : log
        ? { maximumFractionDigits: 3 }
        : { minimumFractionDigits: nice.decimals, maximumFractionDigits: nice.decimals },
  );
  if (log) parts.push(`<text class="k-tick" x="${W - PAD.right}" y="${PAD.top - 4}" text-anchor="end">${escapeHtml(words.kpi.logScale)}</text>`);
  for (const t of nice.ticks) {
    if (log ? Math.log10(t) < v0 || Math.log10(t) > v1 : t < v0 || t > v1) continue;
    parts.push(`<line class="k-grid" x1="${PAD.left}" y1="${f(y(t))}" x2="${W - PAD.right}" y2="${f(y(t))}"/>`);
    parts.push(`<text class="k-tick" x="${PAD.left - 5}" y="${f(y(t) + 3.5)}" text-anchor="end">${escapeHtml(tickFormat.format(t))}</text>`);
  }
  parts.push(`<line class="k-axis" x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}"/>`);
  parts.push(`<text class="k-tick" x="${PAD.left}" y="${H - 8}">${escapeHtml(ctx.day(dayToIso(d0)))}</text>`);
  parts.push(`<text class="k-tick" x="${f(plotRight)}" y="${H - 8}" text-anchor="end">${escapeHtml(ctx.day(dayToIso(d1)))}</text>`);
  if (slot.length) {
    parts.push(`<line class="k-slot" x1="${f(plotRight + 4)}" y1="${PAD.top}" x2="${f(plotRight + 4)}" y2="${H - PAD.bottom}"/>`);
    parts.push(`<text class="k-tick" x="${f(plotRight + 4 + FINAL_SLOT / 2)}" y="${H - 8}" text-anchor="middle">${escapeHtml(words.kpi.finalSlot)}</text>`);
  }
  if (asOf >= d0 && asOf <= d1) {
    parts.push(`<line class="k-today" x1="${f(x(asOf))}" y1="${PAD.top}" x2="${f(x(asOf))}" y2="${H - PAD.bottom}"/>`);
  }

  // Planned path: baseline (or current) through the dated targets, then the final slot.
  const planPts: Point[] = [];
  if (kpi.baseline !== null) planPts.push({ x: x(start), y: y(kpi.baseline), value: kpi.baseline });
  else if (kpi.current !== null) planPts.push({ x: x(asOf), y: y(kpi.current), value: kpi.current });
  for (const t of dated) planPts.push({ x: x(isoToDay(t.date!)), y: y(t.value), value: t.value });
  slot.forEach((t, i) => planPts.push({ x: slotX(i), y: y(t.value), value: t.value }));
  if (planPts.length > 1) parts.push(`<polyline class="k-plan" points="${planPts.map((p) => `${f(p.x)},${f(p.y)}`).join(" ")}"/>`);

  // Measured path.
  if (kpi.baseline !== null && kpi.current !== null) {
    parts.push(`<line class="k-actual" x1="${f(x(start))}" y1="${f(y(kpi.baseline))}" x2="${f(x(asOf))}" y2="${f(y(kpi.current))}"/>`);
  }

  // Targets: diamonds, with ✓/✗ once due.
  const targetMark = (px: number, py: number, value: number, key: string, due: boolean) => {
    const met = due && kpi.current !== null ? meetsTarget(kpi.current, value, kpi.better) : null;
    const cls = met === null ? "k-target" : met ? "k-target is-met" : "k-target is-missed";
    const label = `${words.kpi.target({ key, value: `${ctx.number(value)}${kpi.unit ? ` ${kpi.unit}` : ""}` })}${met === null ? "" : ` — ${met ? words.flag.met : words.flag.missed}`}`;
    let mark = `<g class="${cls}"><title>${escapeHtml(label)}</title><path d="M${f(px)},${f(py - 5.5)}L${f(px + 5.5)},${f(py)}L${f(px)},${f(py + 5.5)}L${f(px - 5.5)},${f(py)}Z"/>`;
    if (met !== null) mark += `<text class="k-mark" x="${f(px)}" y="${f(py - 9)}" text-anchor="middle">${met ? "✓" : "✗"}</text>`;
    return mark + "</g>";
  };
  for (const t of dated) parts.push(targetMark(x(isoToDay(t.date!)), y(t.value), t.value, t.key, isoToDay(t.date!) <= asOf));
  slot.forEach((t, i) => parts.push(targetMark(slotX(i), y(t.value), t.value, t.key, false)));

  if (kpi.baseline !== null) {
    parts.push(
      `<g class="k-baseline"><title>${escapeHtml(`${words.column.baseline}${words.punctuation.colon}${ctx.number(kpi.baseline)}`)}</title><circle cx="${f(x(start))}" cy="${f(y(kpi.baseline))}" r="4"/></g>`,
    );
  }
  if (kpi.current !== null) {
    const cx = x(asOf);
    const cy = y(kpi.current);
    const text = ctx.number(kpi.current);
    const tw = textWidth(text, 10.5);
    const tx = cx + 7 + tw > W - 2 ? cx - 7 : cx + 7;
    parts.push(
      `<g class="k-current"><title>${escapeHtml(`${words.column.current} (${ctx.day(plan.asOf)})${words.punctuation.colon}${text}`)}</title><circle cx="${f(cx)}" cy="${f(cy)}" r="4.5"/>` +
        `<text class="k-value" x="${f(tx)}" y="${f(cy - 6)}"${tx < cx ? ' text-anchor="end"' : ""}>${escapeHtml(text)}</text></g>`,
    );
  }

  const desc = [
    kpi.baseline !== null ? words.kpi.baseline({ value: ctx.number(kpi.baseline) }) : "",
    kpi.current !== null ? words.kpi.currentAsOf({ value: ctx.number(kpi.current), date: ctx.day(plan.asOf) }) : words.kpi.noCurrentValue,
    ...kpi.targets.map((target) =>
      target.date
        ? words.kpi.targetBy({ value: ctx.number(target.value), date: ctx.day(target.date) })
        : words.kpi.target({ key: target.key, value: ctx.number(target.value) }),
    ),
    kpi.kpi.target !== undefined ? words.kpi.finalTarget({ value: ctx.number(kpi.kpi.target) }) : "",
    kpi.better === "lower" ? words.kpi.lowerIsBetter : words.kpi.higherIsBetter,
  ]
    .filter(Boolean)
    .join(words.punctuation.listSeparator);
  const title = words.kpi.overTime({ title: `${plainTitle(kpi.title)}${kpi.unit ? ` (${kpi.unit})` : ""}` });
  return (
    `<svg class="kpi-svg" role="img" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeHtml(title)}</title><desc>${escapeHtml(words.capitalize(desc))}${escapeHtml(words.punctuation.stop)}</desc>` +
    parts.join("") +
    `</svg>`
  );
}
