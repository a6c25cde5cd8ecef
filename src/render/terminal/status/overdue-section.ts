import type { Report } from "../../../report/report.js";
import type { TerminalContext } from "../context.js";
import { itemLabel } from "../item-label.js";
import { section } from "../section.js";
import { daysBetween, shortDate } from "../short-date.js";
import { SYMBOL } from "../symbols.js";
import { cell, cells, renderTable } from "../table.js";
import { INDENT, insideCell, LIST_LIMIT, more } from "./rows.js";

/** Overdue work, longest overdue first: since when (its due date or its planned end) and how long ago. */
export function overdueSection(report: Report, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const words = ctx.t;
  const list = report.overdue;
  const shown = list.slice(0, LIST_LIMIT);
  const rows = shown.map(({ item, inside, since, reason }) => [
    cell(SYMBOL.overdue, t.warn),
    cells(...itemLabel(report.plan, item, t)),
    insideCell(inside, ctx),
    cell(words.when[reason]({ date: shortDate(since, ctx.dateLocale, report.asOf) })),
    cell(words.relativeDays(-daysBetween(since, report.asOf)), t.warn),
  ]);
  const lines = renderTable(rows, [{}, { flex: true, min: 14, gap: 1 }, { drop: 3 }, { drop: 1 }, { align: "right", drop: 2 }], {
    width: ctx.width,
    indent: INDENT,
  });
  return section(ctx, words.section.overdue, words.count.items(list.length), [...lines, ...more(list.length - shown.length, ctx)]);
}
