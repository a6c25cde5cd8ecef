import type { Plan } from "../plan/types.js";
import { MIN_TERMINAL_WIDTH } from "./terminal/min-terminal-width.js";
import { buildReport } from "../report/build-report.js";
import { labelsFor } from "../report/i18n/labels-for.js";
import { resolveLang } from "../report/i18n/resolve-lang.js";
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
  /** date-fns locale for dates (default English; the CLI loads the one of the report's language). */
  dateLocale?: Locale;
  /**
   * The report's language: a code `labelsFor` takes (`ru`, `pt-BR`, `zh-CN` …);
   * default the roadmap's `locale`, then English. Labels, numbers and
   * percentages follow it.
   */
  lang?: string;
}

export interface TimelineOptions extends TerminalOptions {
  /** Levels of items shown: 1 phases and milestones (default), 2 with their tasks, … */
  depth?: number;
}

/** Narrower than this and nothing useful fits. */
/** Wider than this and the status report only gets sparser. */
const MAX_REPORT_WIDTH = 120;

/** `lang` is the report's language: the option, else the roadmap's `locale`, else English. */
function context(lang: string | undefined, options: TerminalOptions, maxWidth = Infinity): TerminalContext {
  const width = Math.floor(options.width ?? 80);
  const t = labelsFor(lang);
  return {
    width: Math.min(maxWidth, Math.max(MIN_TERMINAL_WIDTH, Number.isFinite(width) ? width : 80)),
    theme: makeTheme(options.color),
    dateLocale: options.dateLocale ?? defaultDateLocale,
    // The code as given: a regional one keeps its region for numbers (`pt-BR`).
    numberLocale: lang || "en",
    t,
  };
}

/**
 * The portfolio's language: `--lang`, else the one all its roadmaps share
 * (their `lang`, else their `locale`), else English; its dates the same way.
 */
function portfolioOptions(entries: PortfolioEntry[], options: TerminalOptions): TerminalOptions {
  if (options.lang !== undefined) return options;
  const known = entries.flatMap((e) => {
    const lang = e.lang ?? e.plan?.roadmap.locale;
    return lang === undefined ? [] : [{ lang, dateLocale: e.dateLocale }];
  });
  if (known.length === 0 || new Set(known.map((k) => resolveLang(k.lang))).size > 1) return options;
  return { ...options, dateLocale: options.dateLocale ?? known[0].dateLocale, lang: known[0].lang };
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
  return statusReport(buildReport(clean), context(options.lang ?? clean.roadmap.locale, options, MAX_REPORT_WIDTH));
}

/**
 * The portfolio table: one row per roadmap (those that did not load show
 * their errors), in `lang`, else the language its roadmaps share, else English.
 */
export function renderPortfolio(entries: PortfolioEntry[], options: TerminalOptions = {}): string {
  const own = portfolioOptions(entries, options);
  return portfolioTable(sanitizeStrings(entries), context(own.lang, own, MAX_REPORT_WIDTH));
}

/** A Gantt chart of the plan scaled to `width`: phases (and tasks to `depth`), a time axis, today, critical items. */
export function renderTimeline(plan: Plan, options: TimelineOptions = {}): string {
  const clean = sanitizeStrings(plan);
  return timelineChart(clean, context(options.lang ?? clean.roadmap.locale, options), { depth: Math.max(1, Math.floor(options.depth ?? 1)) });
}
