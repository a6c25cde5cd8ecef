import type { Report } from "../../../report/report.js";
import type { TerminalContext } from "../context.js";
import { formatMoney } from "../format-number.js";
import { sanitizeLine } from "../sanitize-terminal.js";
import { section } from "../section.js";
import { cell, empty, renderTable, type Cell } from "../table.js";
import { INDENT } from "./rows.js";

/** Each budget's run-rate per month and per year and its one-off costs; the totals when all are in one currency. */
export function budgetSection(report: Report, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const words = ctx.t;
  const { budgets } = report.plan;
  if (budgets.length === 0) return [];
  const money = (cents: bigint, currency: string | null) => formatMoney(cents, currency ? sanitizeLine(currency) : null, ctx.numberLocale);
  const anyOnce = budgets.some((b) => b.oneOff !== 0n);
  const rows: Cell[][] = [
    [empty, cell(words.budget.perMonth, t.muted), cell(words.budget.perYear, t.muted), cell(anyOnce ? words.budget.oneOff : "", t.muted)],
  ];
  for (const b of budgets) {
    rows.push([
      cell(sanitizeLine(b.title) || b.id),
      cell(money(b.monthly, b.currency)),
      cell(money(b.yearly, b.currency)),
      anyOnce && b.oneOff !== 0n ? cell(money(b.oneOff, b.currency)) : cell(anyOnce ? "–" : "", t.muted),
    ]);
  }
  const [only] = report.budgets;
  if (budgets.length > 1 && report.budgets.length === 1) {
    rows.push([
      cell(words.budget.total, t.heading),
      cell(money(only.monthly, only.currency), t.heading),
      cell(money(only.yearly, only.currency), t.heading),
      cell(anyOnce ? money(only.oneOff, only.currency) : "", t.heading),
    ]);
  }
  const lines = renderTable(rows, [{ flex: true, min: 14 }, { align: "right" }, { align: "right" }, { align: "right", drop: 1 }], {
    width: ctx.width,
    indent: INDENT,
  });
  return section(ctx, words.section.budget, words.budget.runRate, lines);
}
