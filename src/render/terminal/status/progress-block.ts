import type { Report } from "../../../report/report.js";
import { chancePercent } from "../../chance-percent.js";
import { formatDay } from "../../dates.js";
import type { TerminalContext } from "../context.js";
import { displayWidth, padStart } from "../display-width.js";
import { progressBar } from "../progress-bar.js";
import { schedulePaint, scheduleWords } from "../schedule-state.js";
import { daysBetween, shortDate } from "../short-date.js";
import { SYMBOL } from "../symbols.js";
import { truncate } from "../truncate.js";

/** Width of the label column (`Progress  `, `Schedule  `, `Forecast  `) the lines line up with. */
function labelWidth(ctx: TerminalContext): number {
  const { section } = ctx.t;
  return Math.max(...[section.progress, section.schedule, section.forecast].map(displayWidth)) + 2;
}

/** A `Schedule  …` line: a heading in the label column, then the text. */
function labelled(name: string, text: string, ctx: TerminalContext): string {
  return `${ctx.theme.heading(name)}${" ".repeat(Math.max(2, labelWidth(ctx) - displayWidth(name)))}${text}`;
}

/** From the start to the planned finish, the due date, how long is left. */
function scheduleText(report: Report, ctx: TerminalContext): string {
  const from = report.start ? formatDay(report.start, ctx.dateLocale) : "?";
  const to = report.finish ? formatDay(report.finish, ctx.dateLocale) : "?";
  const words = ctx.t;
  let left = "";
  if (report.finish) {
    const days = daysBetween(report.asOf, report.finish);
    if (report.progress >= 1) left = words.flag.complete;
    else if (days > 0) left = words.time.daysLeft(days);
    else if (days === 0) left = words.flag.finishesToday;
    else left = `${SYMBOL.overdue} ${words.time.daysPastFinish(-days)}`;
  }
  const due = report.due
    ? ` · ${words.when.due({ date: formatDay(report.due, ctx.dateLocale) })}${report.finishesLate ? ` ${SYMBOL.overdue} ${words.flag.late}` : ""}`
    : "";
  return `${from} → ${to}${due}${left ? ` · ${left}` : ""}`;
}

/**
 * The forecast when the estimate ranges make the finish uncertain: the P80
 * finish and the chance of the due date, or without a due date P50, P80 and
 * P95.
 */
function forecastText(report: Report, ctx: TerminalContext): string | null {
  const f = report.forecast;
  if (!report.uncertainFinish || f === null) return null;
  const day = (iso: string) => shortDate(iso, ctx.dateLocale, report.asOf);
  const words = ctx.t.forecast;
  if (report.due !== null && f.dueProbability !== null) {
    return `${words.p80Finish({ date: day(f.p80) })} · ${words.dueProbability({ percent: chancePercent(f.dueProbability, ctx.t.percent) })}`;
  }
  return `P50 ${day(f.p50)} · P80 ${day(f.p80)} · P95 ${day(f.p95)}`;
}

/** Progress against the expected progress, the schedule state, the planned dates, the forecast and undated work. */
export function progressBlock(report: Report, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const words = ctx.t;
  const label = labelWidth(ctx);
  const pct = padStart(words.percent(report.progress), 4);
  const schedule = scheduleWords(report.schedule, ctx);
  const state = `${schedule.symbol} ${schedule.text} · ${words.progress.expectedShort({ percent: words.percent(report.expectedProgress) })}`;
  const paint = schedulePaint(report.schedule, ctx);
  const room = ctx.width - label - displayWidth(pct) - 2;
  const inline = room - displayWidth(state) - 2 >= 16;
  const barWidth = Math.max(8, Math.min(40, inline ? room - displayWidth(state) - 2 : room));
  const bar = progressBar(report.progress, barWidth, t, { expected: report.expectedProgress });
  const lines = [
    `${t.heading(words.section.progress)}${" ".repeat(label - displayWidth(words.section.progress))}${bar}  ${pct}${inline ? `  ${paint(state)}` : ""}`,
  ];
  if (!inline) lines.push(" ".repeat(label) + paint(truncate(state, ctx.width - label)));

  if (report.start || report.finish) {
    const text = truncate(scheduleText(report, ctx), ctx.width - label);
    lines.push(labelled(words.section.schedule, text.includes(SYMBOL.overdue) ? t.warn(text) : text, ctx));
  }
  const forecast = forecastText(report, ctx);
  if (forecast) lines.push(labelled(words.section.forecast, truncate(forecast, ctx.width - label), ctx));
  const unscheduled = report.unscheduled.length;
  if (unscheduled > 0) {
    const text = `${report.start || report.finish ? "" : `${words.flag.noDatesYet} · `}${words.count.itemsWithoutDates(unscheduled)}`;
    lines.push(`${" ".repeat(label)}${t.muted(truncate(text, ctx.width - label))}`);
  }
  return lines;
}
