import type { Report } from "../../../report/report.js";
import type { TerminalContext } from "../context.js";
import { sanitizeLine } from "../sanitize-terminal.js";
import { section } from "../section.js";
import { cell, renderTable } from "../table.js";
import { INDENT, RISK_LIMIT } from "./rows.js";

/** The open risks by score, the top few: score, level, probability × impact, owner. */
export function risksSection(report: Report, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const words = ctx.t;
  const levelNames = [words.riskLevel.low, words.riskLevel.medium, words.riskLevel.high, words.riskLevel.critical];
  const open = report.openRisks;
  const shown = open.slice(0, RISK_LIMIT);
  const levelPaint = { critical: t.bad, high: t.warn, medium: (s: string) => s, low: t.muted };
  const rows = shown.map((r) => [
    cell(r.score === null ? "–" : String(r.score), r.level ? levelPaint[r.level] : t.muted),
    cell(words.riskLevel[r.level ?? "unscored"], r.level ? levelPaint[r.level] : t.muted),
    cell(sanitizeLine(r.title) || r.id),
    cell(r.probability && r.impact ? `${levelNames[r.probability - 1]} × ${levelNames[r.impact - 1]}` : "", t.muted),
    cell(r.risk.owner?.length ? r.risk.owner.map(sanitizeLine).join(words.punctuation.listSeparator) : "", t.muted),
  ]);
  const lines = renderTable(rows, [{ align: "right" }, {}, { flex: true, min: 14 }, { drop: 2 }, { drop: 1 }], {
    width: ctx.width,
    indent: INDENT,
  });
  const note = open.length > shown.length ? words.list.topOfOpen({ shown: shown.length, total: open.length }) : words.count.open({ count: open.length });
  return section(ctx, words.section.risks, note, lines);
}
