import { isoToDay } from "../../plan/day-number.js";
import type { Plan, PlannedItem } from "../../plan/types.js";
import { formatDay } from "../dates.js";
import type { TerminalContext } from "./context.js";
import { displayWidth, displayWidthUpTo, padEnd } from "./display-width.js";
import { filledCells } from "./progress-bar.js";
import { sanitizeLine } from "./sanitize-terminal.js";
import { statusSymbol, SYMBOL } from "./symbols.js";
import { timeAxis, type TimeAxis } from "./time-axis.js";
import type { Labels } from "../../report/i18n/labels.js";
import type { Theme } from "./theme.js";
import { truncate } from "./truncate.js";

export const GANTT = { done: "█", remaining: "▒", todo: "░", blocked: "▓", today: "│", todayHead: "▼" } as const;

type Paint = (text: string) => string;

/** Widest the label column gets. */
const LABEL_MAX = 34;

/** One chart cell: a character and its colour. */
interface Glyph {
  ch: string;
  paint?: Paint;
}

function paintRow(glyphs: Glyph[]): string {
  let out = "";
  let i = 0;
  while (i < glyphs.length) {
    let j = i;
    let run = "";
    while (j < glyphs.length && glyphs[j].paint === glyphs[i].paint) run += glyphs[j++].ch;
    out += glyphs[i].paint ? (glyphs[i].paint as Paint)(run) : run;
    i = j;
  }
  return out.replace(/ +$/, "");
}

function barGlyphs(item: PlannedItem, length: number, theme: Theme): Glyph[] {
  const paint = item.critical ? theme.critical : undefined;
  if (item.status === "done") return Array.from({ length }, () => ({ ch: GANTT.done, paint: theme.done }));
  if (item.status === "blocked") return Array.from({ length }, () => ({ ch: GANTT.blocked, paint: theme.bad }));
  const filled = item.progress > 0 ? filledCells(item.progress, length) : 0;
  const rest = item.status === "in-progress" || filled > 0 ? GANTT.remaining : GANTT.todo;
  const restPaint = item.overdue ? theme.warn : (paint ?? (rest === GANTT.remaining ? theme.active : theme.track));
  return Array.from({ length }, (_, i) => (i < filled ? { ch: GANTT.done, paint: theme.active } : { ch: rest, paint: restPaint }));
}

function chartRow(item: PlannedItem, axis: TimeAxis, today: number | null, theme: Theme, words: Labels): string {
  const glyphs: Glyph[] = Array.from({ length: axis.width }, () => ({ ch: " " }));
  const place = (col: number, g: Glyph) => {
    if (col >= 0 && col < axis.width) glyphs[col] = g;
  };
  if (today !== null) place(today, { ch: GANTT.today, paint: theme.warn });
  if (item.start === null || item.end === null) {
    const text = item.status === "cancelled" ? words.flag.cancelled : words.flag.unscheduled;
    // A wide character (Chinese, Japanese) takes two cells: it goes in the first, the second is left empty.
    let col = 0;
    for (const ch of text) {
      const w = displayWidth(ch);
      if (col + w > axis.width) break;
      place(col, { ch, paint: theme.muted });
      for (let k = 1; k < w; k++) place(col + k, { ch: "", paint: theme.muted });
      col += w;
    }
    return paintRow(glyphs);
  }
  const s = isoToDay(item.start);
  const e = isoToDay(item.end);
  if (item.milestone) {
    const done = item.status === "done";
    place(Math.min(axis.width - 1, axis.column(s)), { ch: done ? "◆" : "◇", paint: done ? theme.done : item.critical ? theme.critical : theme.heading });
    return paintRow(glyphs);
  }
  const first = Math.max(0, axis.column(s));
  const last = Math.min(axis.width - 1, Math.max(first, axis.column(e + 1) - 1));
  const bar = barGlyphs(item, last - first + 1, theme);
  bar.forEach((g, i) => place(first + i, g));
  return paintRow(glyphs);
}

/** The rows: items above `depth` in file order (parents before their children). */
function rowsOf(plan: Plan, depth: number): PlannedItem[] {
  return plan.items.filter((p) => p.depth < depth);
}

/**
 * A Gantt chart: a label column (status symbol, indented title, `!` for
 * critical items), bars on a time axis of weeks, months or quarters, a today
 * line, and a legend. Readable without colour: `█` done, `▒` remaining,
 * `░` to do, `▓` blocked, `◆`/`◇` milestones.
 */
export function timelineChart(plan: Plan, ctx: TerminalContext, options: { depth: number }): string {
  const t = ctx.theme;
  const words = ctx.t;
  const items = rowsOf(plan, options.depth);
  const title = t.heading(truncate(sanitizeLine(plan.title) || words.report.untitled, ctx.width));
  const scheduled = items.filter((p) => p.start !== null && p.end !== null);
  const lines = [title];
  if (plan.start && plan.finish) {
    lines.push(
      t.muted(
        truncate(
          `${formatDay(plan.start, ctx.dateLocale)} → ${formatDay(plan.finish, ctx.dateLocale)} · ${words.when.asOf({ date: formatDay(plan.asOf, ctx.dateLocale) })}`,
          ctx.width,
        ),
      ),
    );
  }
  if (items.length === 0) return `${lines.join("\n")}\n\n${t.muted(words.timeline.nothingToDraw)}\n`;

  // Label column: indent, status symbol, title; then "!" for critical items.
  const indentOf = (p: PlannedItem) => "  ".repeat(p.depth);
  const titleOf = (p: PlannedItem) => sanitizeLine(p.title) || p.id;
  const natural = Math.max(...items.map((p) => displayWidthUpTo(indentOf(p) + titleOf(p), LABEL_MAX) + 2));
  const labelWidth = Math.max(10, Math.min(natural, LABEL_MAX, Math.floor(ctx.width * 0.3)));
  const gutter = labelWidth + 3; // label, " ! "
  const chartWidth = ctx.width - gutter;

  const starts = scheduled.map((p) => p.start as string);
  const ends = scheduled.map((p) => p.end as string);
  const from = [plan.start, ...starts].filter((d): d is string => d !== null).sort()[0];
  const to = [plan.finish, ...ends]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  if (!from || !to || chartWidth < 10) {
    lines.push("");
    for (const p of items) lines.push(truncate(`${indentOf(p)}${statusSymbol(p.status)} ${titleOf(p)}`, ctx.width));
    const why = !from || !to ? words.timeline.noPhaseHasDates : words.timeline.tooNarrow;
    lines.push("", t.muted(truncate(why, ctx.width)));
    return `${lines.join("\n")}\n`;
  }
  const axis = timeAxis(from, to, chartWidth, ctx.dateLocale);
  const asOfDay = isoToDay(plan.asOf);
  const todayCol = asOfDay >= axis.from && asOfDay <= axis.to ? axis.column(asOfDay) : null;

  // Axis: labels, then the rule with ticks and the today mark.
  const labelLine: string[] = Array.from({ length: chartWidth }, () => " ");
  for (const tick of axis.ticks) {
    if (!tick.label) continue;
    // Wide characters take two cells: write the label as one cell and blank the cells it covers.
    labelLine[tick.column] = tick.label;
    for (let k = 1; k < displayWidth(tick.label); k++) labelLine[tick.column + k] = "";
  }
  const rule: Glyph[] = Array.from({ length: chartWidth }, () => ({ ch: "─", paint: t.muted }));
  for (const tick of axis.ticks) if (tick.column >= 0 && tick.column < chartWidth) rule[tick.column] = { ch: "┬", paint: t.muted };
  if (todayCol !== null) rule[todayCol] = { ch: GANTT.todayHead, paint: t.warn };
  const pad = " ".repeat(gutter);
  lines.push("", pad + t.muted(labelLine.join("").replace(/ +$/, "")), pad + paintRow(rule));

  for (const p of items) {
    const symbol = p.milestone && p.status !== "done" ? SYMBOL.milestone : statusSymbol(p.status);
    const symbolPaint = p.status === "done" ? t.done : p.status === "blocked" ? t.bad : p.status === "in-progress" ? t.active : t.muted;
    const indent = indentOf(p);
    const room = labelWidth - displayWidth(indent) - 2;
    const title = room > 0 ? padEnd(truncate(titleOf(p), room), room) : "";
    const critical = p.critical ? t.critical(SYMBOL.critical) : " ";
    const text = p.depth === 0 ? title : t.muted(title);
    lines.push(`${indent}${symbolPaint(symbol)} ${text} ${critical} ${chartRow(p, axis, todayCol, t, words)}`.replace(/ +$/, ""));
  }

  const legend = [
    `${GANTT.done} ${words.timeline.legendDone}`,
    `${GANTT.remaining} ${words.timeline.legendRemaining}`,
    `${GANTT.todo} ${words.timeline.legendTodo}`,
    `${GANTT.blocked} ${words.timeline.legendBlocked}`,
    `◇ ${words.timeline.legendMilestone}`,
    `${SYMBOL.critical} ${words.timeline.legendCritical}`,
    todayCol !== null ? `${GANTT.todayHead} ${words.timeline.legendToday}` : words.timeline.todayOffChart({ date: formatDay(plan.asOf, ctx.dateLocale) }),
  ];
  // Wrap the legend at entry boundaries so it never runs past the width.
  const legendLines: string[] = [];
  let current = "";
  for (const entry of legend) {
    const next = current ? `${current}   ${entry}` : entry;
    if (displayWidth(next) > ctx.width && current) {
      legendLines.push(current);
      current = entry;
    } else current = next;
  }
  if (current) legendLines.push(truncate(current, ctx.width));
  lines.push("", ...legendLines.map((l) => t.muted(l)));
  return `${lines.join("\n")}\n`;
}
