import type { Report } from "../../../report/report.js";
import { formatDay } from "../../dates.js";
import type { TerminalContext } from "../context.js";
import { itemLabel } from "../item-label.js";
import { section } from "../section.js";
import { SYMBOL } from "../symbols.js";
import { cell, cells, empty, renderTable, type Cell } from "../table.js";
import { datesCell, INDENT, LIST_LIMIT, more, symbolCell } from "./rows.js";

/** The critical path: how much of it is done, then its open items; the planned and best-case finish in the heading. */
export function criticalSection(report: Report, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const words = ctx.t;
  const { done, open } = report.criticalPath;
  if (done.length + open.length === 0 || !report.finish) return [];
  const shown = open.slice(0, LIST_LIMIT);
  const rows: Cell[][] = [];
  if (done.length > 0) rows.push([cell(SYMBOL.done, t.done), cell(words.count.itemsDone(done.length), t.muted), empty, empty]);
  for (const p of shown) {
    rows.push([
      symbolCell(p, ctx),
      cells(...itemLabel(report.plan, p, t)),
      datesCell(p, ctx, report.asOf, ""),
      p.overdue
        ? cell(`${SYMBOL.overdue} ${words.flag.overdue}`, t.warn)
        : p.status === "blocked"
          ? cell(`${SYMBOL.blocked} ${words.flag.blocked}`, t.bad)
          : empty,
    ]);
  }
  const lines = renderTable(rows, [{}, { flex: true, min: 14, gap: 1 }, { drop: 2 }, { drop: 1 }], { width: ctx.width, indent: INDENT });
  const finish = words.when.finish({ date: formatDay(report.finish, ctx.dateLocale) });
  const best = report.bestCaseFinish ? ` · ${words.when.bestCase({ date: formatDay(report.bestCaseFinish, ctx.dateLocale) })}` : "";
  return section(ctx, words.section.criticalPath, finish + best, [...lines, ...more(open.length - shown.length, ctx)]);
}
