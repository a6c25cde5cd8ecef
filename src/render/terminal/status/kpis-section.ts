import type { PlannedKpi } from "../../../plan/types.js";
import { KpiVerdict } from "../../../report/kpi-verdict.js";
import type { Report } from "../../../report/report.js";
import type { TerminalContext } from "../context.js";
import { formatNumber } from "../format-number.js";
import { sanitizeLine } from "../sanitize-terminal.js";
import { section } from "../section.js";
import { shortDate } from "../short-date.js";
import { SYMBOL } from "../symbols.js";
import { cell, renderTable, type Cell } from "../table.js";
import { INDENT } from "./rows.js";

function kpiValue(value: number, kpi: PlannedKpi, ctx: TerminalContext): string {
  const unit = kpi.unit ? sanitizeLine(kpi.unit) : "";
  const n = formatNumber(value, ctx.numberLocale);
  if (!unit) return n;
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
}

/** The target a KPI is judged against, short: `≤ 350 by Sep 30` (the due one, else the next, else the final). */
function targetText(k: PlannedKpi, asOf: string, ctx: TerminalContext): string {
  const sign = k.better === "lower" ? "≤" : "≥";
  // The unit is on the current value; the target leaves it out to stay short.
  const value = (n: number) => (k.unit === "%" ? `${formatNumber(n, ctx.numberLocale)}%` : formatNumber(n, ctx.numberLocale));
  const by = (date: string | null) => (date ? ` ${ctx.t.when.by({ date: shortDate(date, ctx.dateLocale, asOf) })}` : "");
  if (k.due !== null) return `${sign} ${value(k.due)}${by(k.dueDate)}`;
  if (k.next) return `${sign} ${value(k.next.value)}${by(k.next.date)}`;
  if (k.final !== null) return `${sign} ${value(k.final)}`;
  return "";
}

/** Each KPI: its current value against its target and the verdict, in a symbol and a word. */
export function kpisSection(report: Report, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const look: Record<KpiVerdict, [string, (s: string) => string]> = {
    [KpiVerdict.Meets]: [SYMBOL.done, t.done],
    [KpiVerdict.Misses]: [SYMBOL.blocked, t.bad],
    [KpiVerdict.NoValue]: [SYMBOL.todo, t.muted],
    [KpiVerdict.NotDue]: [SYMBOL.todo, t.muted],
  };
  const rows = report.kpis.map(({ kpi: k, verdict }): Cell[] => {
    const [symbol, paint] = look[verdict];
    return [
      cell(symbol, paint),
      cell(sanitizeLine(k.title) || k.id),
      cell(k.current === null ? "–" : kpiValue(k.current, k, ctx)),
      cell(targetText(k, report.asOf, ctx), t.muted),
      cell(ctx.t.verdict[verdict], paint),
    ];
  });
  const lines = renderTable(rows, [{}, { flex: true, min: 16, gap: 1 }, { align: "right", max: 16 }, { drop: 1 }, {}], { width: ctx.width, indent: INDENT });
  return section(ctx, ctx.t.section.kpis, ctx.t.kpi.againstDue, lines);
}
