import type { Plan } from "../../plan/types.js";
import { defaultDateLocale, formatDay, type Locale } from "../dates.js";
import type { TerminalContext } from "./context.js";
import { progressBar } from "./progress-bar.js";
import { sanitizeLine } from "./sanitize-terminal.js";
import { section } from "./section.js";
import { shortDate } from "./short-date.js";
import { schedulePaint, scheduleWords } from "./schedule-state.js";
import { SYMBOL } from "./symbols.js";
import { cell, empty, painted, renderTable, type Cell } from "./table.js";

/** One roadmap of the portfolio: its plan when it loaded, and its lint counts. */
export interface PortfolioEntry {
  file: string;
  plan?: Plan;
  errors: number;
  warnings: number;
  /** The roadmap's date locale (default English). */
  dateLocale?: Locale;
  /** The roadmap's report language (default its `locale`): the table takes it when every roadmap has the same. */
  lang?: string;
}

/** Bar width of the portfolio column at a report width. */
function barWidth(width: number): number {
  return width < 70 ? 8 : width < 110 ? 12 : 16;
}

/**
 * The portfolio: one aligned row per roadmap with its progress bar, schedule
 * state, planned finish, open risks and errors. A roadmap that did not load
 * shows its file, `no plan` and its error count.
 */
export function portfolioTable(entries: PortfolioEntry[], ctx: TerminalContext): string {
  const t = ctx.theme;
  const words = ctx.t;
  const bar = barWidth(ctx.width);
  const head: Cell[] = [
    cell(words.column.roadmap, t.muted),
    cell(words.column.progress, t.muted),
    empty,
    cell(words.column.schedule, t.muted),
    cell(words.column.finish, t.muted),
    cell(words.column.risks, t.muted),
    cell(words.column.errors, t.muted),
  ];
  // Roadmaps can be measured at different dates (their own `as-of` settings): then each row says its date.
  const dates = new Set(entries.flatMap((e) => (e.plan ? [e.plan.asOf] : [])));
  const perRow = dates.size > 1;
  if (perRow) head.push(cell(words.column.asOf, t.muted));
  const rows = entries.map((e): Cell[] => {
    const errors = e.errors > 0 ? cell(`${SYMBOL.blocked} ${e.errors}`, t.bad) : cell(SYMBOL.done, t.done);
    const file = sanitizeLine(e.file);
    if (!e.plan) {
      return [cell(file, t.muted), empty, empty, cell(words.flag.noPlan, t.muted), empty, empty, errors, empty];
    }
    const p = e.plan;
    const state = scheduleWords(p.schedule, ctx);
    const locale = e.dateLocale ?? defaultDateLocale;
    const open = p.openRisks.length;
    return [
      cell(sanitizeLine(p.title) || file),
      painted(progressBar(p.progress, bar, t)),
      cell(words.percent(p.progress)),
      cell(`${state.symbol} ${state.text}`, schedulePaint(p.schedule, ctx)),
      cell(p.finish ? shortDate(p.finish, locale) : "–", p.finish ? undefined : t.muted),
      cell(String(open), open > 0 ? undefined : t.muted),
      errors,
      perRow ? cell(shortDate(p.asOf, locale), t.muted) : empty,
    ];
  });
  const lines = renderTable(
    [head, ...rows],
    [{ flex: true, min: 24 }, {}, { align: "right", gap: 1 }, { drop: 1 }, { drop: 2 }, { align: "right", drop: 4 }, {}, { drop: 3 }],
    { width: ctx.width, indent: 2 },
  );
  const broken = entries.filter((e) => e.errors > 0).length;
  const asOf = dates.size === 1 ? [...dates][0] : undefined;
  const note = [
    words.count.roadmaps(entries.length),
    broken > 0 ? words.count.withErrors({ count: broken }) : "",
    asOf ? words.when.asOf({ date: formatDay(asOf, ctx.dateLocale) }) : perRow ? words.flag.eachAsOfOwnDate : "",
  ]
    .filter(Boolean)
    .join(" · ");
  return `${section(ctx, words.section.portfolio, note, lines).join("\n")}\n`;
}
