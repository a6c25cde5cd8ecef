import type { Report } from "../../../report/report.js";
import { chancePercent } from "../../chance-percent.js";
import { formatDay } from "../../dates.js";
import type { TerminalContext } from "../context.js";
import { displayWidth } from "../display-width.js";
import { formatPercent } from "../format-number.js";
import { labels } from "../labels.js";
import { progressBar } from "../progress-bar.js";
import { schedulePaint, scheduleWords } from "../schedule-state.js";
import { daysBetween, shortDate } from "../short-date.js";
import { SYMBOL } from "../symbols.js";
import { truncate } from "../truncate.js";

/** Width of the `Progress  ` label column the lines below it line up with. */
const LABEL = `${labels.section.progress}  `.length;

/** A `Schedule  …` line: a heading in the label column, then the text. */
function labelled(name: string, text: string, ctx: TerminalContext): string {
  return `${ctx.theme.heading(name)}${" ".repeat(Math.max(2, LABEL - displayWidth(name)))}${text}`;
}

/** From the start to the planned finish, the due date, how long is left. */
function scheduleText(report: Report, ctx: TerminalContext): string {
  const from = report.start ? formatDay(report.start, ctx.dateLocale) : "?";
  const to = report.finish ? formatDay(report.finish, ctx.dateLocale) : "?";
  let left = "";
  if (report.finish) {
    const days = daysBetween(report.asOf, report.finish);
    if (report.progress >= 1) left = labels.complete;
    else if (days > 0) left = labels.daysLeft(days);
    else if (days === 0) left = labels.finishesToday;
    else left = `${SYMBOL.overdue} ${labels.pastTheFinish(-days)}`;
  }
  const due = report.due ? ` · ${labels.due(formatDay(report.due, ctx.dateLocale))}${report.finishesLate ? ` ${SYMBOL.overdue} ${labels.late}` : ""}` : "";
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
  if (report.due !== null && f.dueProbability !== null) return labels.forecastDue(day(f.p80), chancePercent(f.dueProbability));
  return labels.forecastNoDue(day(f.p50), day(f.p80), day(f.p95));
}

/** Progress against the expected progress, the schedule state, the planned dates, the forecast and undated work. */
export function progressBlock(report: Report, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const pct = formatPercent(report.progress).padStart(4);
  const words = scheduleWords(report.schedule);
  const state = `${words.symbol} ${words.text} · ${labels.expected(formatPercent(report.expectedProgress))}`;
  const paint = schedulePaint(report.schedule, ctx);
  const room = ctx.width - LABEL - pct.length - 2;
  const inline = room - displayWidth(state) - 2 >= 16;
  const barWidth = Math.max(8, Math.min(40, inline ? room - displayWidth(state) - 2 : room));
  const bar = progressBar(report.progress, barWidth, t, { expected: report.expectedProgress });
  const lines = [`${t.heading(labels.section.progress)}  ${bar}  ${pct}${inline ? `  ${paint(state)}` : ""}`];
  if (!inline) lines.push(" ".repeat(LABEL) + paint(truncate(state, ctx.width - LABEL)));

  if (report.start || report.finish) {
    const text = truncate(scheduleText(report, ctx), ctx.width - LABEL);
    lines.push(labelled(labels.section.schedule, text.includes(SYMBOL.overdue) ? t.warn(text) : text, ctx));
  }
  const forecast = forecastText(report, ctx);
  if (forecast) lines.push(labelled(labels.section.forecast, truncate(forecast, ctx.width - LABEL), ctx));
  const unscheduled = report.unscheduled.length;
  if (unscheduled > 0) {
    const text = `${report.start || report.finish ? "" : `${labels.noDatesYet} · `}${labels.withoutDates(unscheduled)}`;
    lines.push(`${" ".repeat(LABEL)}${t.muted(truncate(text, ctx.width - LABEL))}`);
  }
  return lines;
}
