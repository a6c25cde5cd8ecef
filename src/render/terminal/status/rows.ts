import type { PlannedItem } from "../../../plan/types.js";
import type { TerminalContext } from "../context.js";
import { shortRange } from "../short-date.js";
import { statusSymbol, SYMBOL } from "../symbols.js";
import { cell, type Cell } from "../table.js";

/** Rows a list section shows before `… N more`. */
export const LIST_LIMIT = 8;
/** Open risks the report lists. */
export const RISK_LIMIT = 5;
/** Spaces before every row of a section. */
export const INDENT = 2;

/** The bar width for item rows at a report width. */
export function rowBarWidth(width: number): number {
  return width < 70 ? 8 : width < 100 ? 12 : 20;
}

function paintStatus(item: PlannedItem, ctx: TerminalContext) {
  const t = ctx.theme;
  if (item.status === "done") return t.done;
  if (item.status === "blocked") return t.bad;
  if (item.overdue) return t.warn;
  if (item.status === "in-progress") return t.active;
  return t.muted;
}

/** An item's status symbol (a milestone's diamond until it is done), painted. */
export function symbolCell(item: PlannedItem, ctx: TerminalContext): Cell {
  const symbol = item.milestone && item.status !== "done" ? SYMBOL.milestone : statusSymbol(item.status);
  return cell(symbol, paintStatus(item, ctx));
}

/** An item's planned dates (`Oct 6 – Oct 17`), or `fallback` when it has none. */
export function datesCell(item: PlannedItem, ctx: TerminalContext, asOf: string, fallback: string = ctx.t.flag.unscheduled): Cell {
  return cell(item.start && item.end ? shortRange(item.start, item.end, ctx.dateLocale, asOf) : fallback, ctx.theme.muted);
}

/** `+N`: the flagged items an entry stands for, or an empty cell. */
export function insideCell(inside: number, ctx: TerminalContext): Cell {
  return cell(inside > 0 ? `+${ctx.t.number(inside)}` : "", ctx.theme.muted);
}

/** The `… N more` line under a list cut at its limit. */
export function more(count: number, ctx: TerminalContext): string[] {
  return count > 0 ? [`${" ".repeat(INDENT)}${ctx.theme.muted(ctx.t.list.more({ count }))}`] : [];
}
