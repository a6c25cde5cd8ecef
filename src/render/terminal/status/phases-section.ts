import type { PlannedItem } from "../../../plan/types.js";
import type { Report } from "../../../report/report.js";
import type { TerminalContext } from "../context.js";
import { itemLabel } from "../item-label.js";
import { progressBar } from "../progress-bar.js";
import { section } from "../section.js";
import { daysBetween, shortDate } from "../short-date.js";
import { SYMBOL } from "../symbols.js";
import { cell, cells, empty, painted, renderTable, type Cell } from "../table.js";
import { datesCell, INDENT, LIST_LIMIT, rowBarWidth, symbolCell } from "./rows.js";

/** What to say about a phase: blocked, overdue, late, how soon it starts, or critical. */
function phaseNote(item: PlannedItem, asOf: string, ctx: TerminalContext): Cell {
  const t = ctx.theme;
  const words = ctx.t;
  if (item.status === "blocked") return cell(`${SYMBOL.blocked} ${words.flag.blocked}`, t.bad);
  if (item.overdue) return cell(`${SYMBOL.overdue} ${words.flag.overdue}`, t.warn);
  if (item.late) return cell(`${SYMBOL.overdue} ${words.when.lateForDue({ date: shortDate(item.due as string, ctx.dateLocale, asOf) })}`, t.warn);
  if (item.status === "todo" && item.start && item.start > asOf) return cell(words.relativeDays(daysBetween(asOf, item.start)), t.muted);
  if (item.critical) return cell(`${SYMBOL.critical} ${words.flag.critical}`, t.critical);
  return empty;
}

/**
 * The phases running now and what comes next; with neither, the open
 * phases, so an undated roadmap still shows its shape.
 */
export function phasesSection(report: Report, ctx: TerminalContext): string[] {
  const { plan } = report;
  const barWidth = rowBarWidth(ctx.width);
  const row = (tag: string, p: PlannedItem): Cell[] => [
    cell(tag, ctx.theme.muted),
    symbolCell(p, ctx),
    cells(...itemLabel(plan, p, ctx.theme)),
    datesCell(p, ctx, report.asOf),
    p.milestone ? empty : painted(progressBar(p.progress, barWidth, ctx.theme)),
    p.milestone ? empty : cell(ctx.t.percent(p.progress)),
    phaseNote(p, report.asOf, ctx),
  ];
  const open = report.current.length === 0 && report.next.length === 0 ? report.openPhases.slice(0, LIST_LIMIT) : [];
  const rows = [
    ...report.current.map((p, i) => row(i === 0 ? ctx.t.tag.now : "", p)),
    ...report.next.map((p, i) => row(i === 0 ? ctx.t.tag.next : "", p)),
    ...open.map((p, i) => row(i === 0 ? ctx.t.tag.open : "", p)),
  ];
  const lines = renderTable(rows, [{}, {}, { flex: true, min: 18, gap: 1 }, { drop: 3 }, { drop: 2 }, { align: "right", gap: 1 }, { drop: 4 }], {
    width: ctx.width,
    indent: INDENT,
  });
  return section(ctx, ctx.t.section.phases, "", lines);
}
