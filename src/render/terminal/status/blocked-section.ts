import type { Report } from "../../../report/report.js";
import type { TerminalContext } from "../context.js";
import { itemLabel } from "../item-label.js";
import { section } from "../section.js";
import { SYMBOL } from "../symbols.js";
import { cell, cells, empty, renderTable } from "../table.js";
import { datesCell, INDENT, insideCell, LIST_LIMIT, more } from "./rows.js";

/** Blocked work and work waiting on it, with its dates and whether it is critical. */
export function blockedSection(report: Report, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const list = report.blocked;
  const shown = list.slice(0, LIST_LIMIT);
  const rows = shown.map(({ item, inside }) => [
    cell(SYMBOL.blocked, t.bad),
    cells(...itemLabel(report.plan, item, t)),
    insideCell(inside, ctx),
    datesCell(item, ctx, report.asOf),
    item.critical ? cell(`${SYMBOL.critical} ${ctx.t.flag.critical}`, t.critical) : empty,
  ]);
  const lines = renderTable(rows, [{}, { flex: true, min: 14, gap: 1 }, { drop: 3 }, { drop: 2 }, { drop: 1 }], { width: ctx.width, indent: INDENT });
  return section(ctx, ctx.t.section.blocked, ctx.t.count.items(list.length), [...lines, ...more(list.length - shown.length, ctx)]);
}
