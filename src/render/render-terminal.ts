import type { Plan } from "../plan/types.js";
import { buildReport } from "../report/build-report.js";
import { defaultDateLocale, type Locale } from "./dates.js";
import type { TerminalContext } from "./terminal/context.js";
import { portfolioTable, type PortfolioEntry } from "./terminal/portfolio-table.js";
import { statusReport } from "./terminal/status-report.js";
import { makeTheme, type ColorOption } from "./terminal/theme.js";
import { timelineChart } from "./terminal/timeline-chart.js";
import { sanitizeStrings } from "./text/sanitize-strings.js";

export type { ColorLevel, ColorOption } from "./terminal/theme.js";
export type { PortfolioEntry } from "./terminal/portfolio-table.js";

export interface TerminalOptions {
  /** Display columns to fit (default 80). */
  width?: number;
  /** A chalk instance or a colour level (default 0: no colour). */
  color?: ColorOption;
  /** date-fns locale for dates (default English). */
  dateLocale?: Locale;
}

export interface TimelineOptions extends TerminalOptions {
  /** Levels of items shown: 1 phases and milestones (default), 2 with their tasks, … */
  depth?: number;
}

/** Narrower than this and nothing useful fits. */
const MIN_WIDTH = 24;
/** Wider than this and the status report only gets sparser. */
const MAX_REPORT_WIDTH = 120;

function context(plan: Plan | undefined, options: TerminalOptions, maxWidth = Infinity): TerminalContext {
  const width = Math.floor(options.width ?? 80);
  return {
    width: Math.min(maxWidth, Math.max(MIN_WIDTH, Number.isFinite(width) ? width : 80)),
    theme: makeTheme(options.color),
    dateLocale: options.dateLocale ?? defaultDateLocale,
    numberLocale: plan?.roadmap.locale ?? "en",
  };
}

/**
 * The status report of one roadmap for a terminal: progress against the
 * schedule, current and next phases, overdue, blocked and upcoming work,
 * critical path, risks, KPIs and budget, as the report model (`buildReport`)
 * has them: this only formats. Fits `width` columns; every string
 * of the plan is cleaned first (`sanitizeStrings`): no escape sequence or
 * control character reaches the terminal.
 */
export function renderTerminal(plan: Plan, options: TerminalOptions = {}): string {
  const clean = sanitizeStrings(plan);
  return statusReport(buildReport(clean), context(clean, options, MAX_REPORT_WIDTH));
}

/** The portfolio table: one row per roadmap (those that did not load show their errors). */
export function renderPortfolio(entries: PortfolioEntry[], options: TerminalOptions = {}): string {
  return portfolioTable(sanitizeStrings(entries), context(undefined, options, MAX_REPORT_WIDTH));
}

/** A Gantt chart of the plan scaled to `width`: phases (and tasks to `depth`), a time axis, today, critical items. */
export function renderTimeline(plan: Plan, options: TimelineOptions = {}): string {
  const clean = sanitizeStrings(plan);
  return timelineChart(clean, context(clean, options), { depth: Math.max(1, Math.floor(options.depth ?? 1)) });
}
