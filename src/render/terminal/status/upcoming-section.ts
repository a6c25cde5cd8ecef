import type { Report } from "../../../report/report.js";
import type { TerminalContext } from "../context.js";
import { itemLabel } from "../item-label.js";
import { section } from "../section.js";
import { daysBetween, shortDate } from "../short-date.js";
import { cell, cells, renderTable } from "../table.js";
import { INDENT, insideCell, LIST_LIMIT, more, symbolCell } from "./rows.js";

/** Work starting within two weeks, soonest first. */
export function upcomingSection(report: Report, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const words = ctx.t;
  const list = report.upcoming;
  const shown = list.slice(0, LIST_LIMIT);
  const rows = shown.map(({ item, inside }) => {
    const start = item.start as string;
    const days = daysBetween(report.asOf, start);
    return [
      symbolCell(item, ctx),
      cells(...itemLabel(report.plan, item, t)),
      insideCell(inside, ctx),
      cell(words.when.starts({ date: shortDate(start, ctx.dateLocale, report.asOf) })),
      cell(words.relativeDays(days), t.muted),
    ];
  });
  const lines = renderTable(rows, [{}, { flex: true, min: 14, gap: 1 }, { drop: 3 }, { drop: 1 }, { align: "right", drop: 2 }], {
    width: ctx.width,
    indent: INDENT,
  });
  return section(ctx, words.section.upcoming, `${words.count.items(list.length)} · ${words.time.nextTwoWeeks}`, [
    ...lines,
    ...more(list.length - shown.length, ctx),
  ]);
}
