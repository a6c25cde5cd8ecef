import type { Report } from "../../../report/report.js";
import type { TerminalContext } from "../context.js";
import { labels } from "../labels.js";
import { sanitizeLine } from "../sanitize-terminal.js";
import { section } from "../section.js";
import { cell, renderTable } from "../table.js";
import { INDENT, RISK_LIMIT } from "./rows.js";

/** The open risks by score, the top few: score, level, probability × impact, owner. */
export function risksSection(report: Report, ctx: TerminalContext): string[] {
  const t = ctx.theme;
  const open = report.openRisks;
  const shown = open.slice(0, RISK_LIMIT);
  const levelPaint = { critical: t.bad, high: t.warn, medium: (s: string) => s, low: t.muted };
  const rows = shown.map((r) => [
    cell(r.score === null ? "–" : String(r.score), r.level ? levelPaint[r.level] : t.muted),
    cell(r.level ? labels.riskLevel[r.level] : labels.unscored, r.level ? levelPaint[r.level] : t.muted),
    cell(sanitizeLine(r.title) || r.id),
    cell(r.probability && r.impact ? `${labels.levelNames[r.probability]} × ${labels.levelNames[r.impact]}` : "", t.muted),
    cell(r.risk.owner?.length ? r.risk.owner.map(sanitizeLine).join(", ") : "", t.muted),
  ]);
  const lines = renderTable(rows, [{ align: "right" }, {}, { flex: true, min: 14 }, { drop: 2 }, { drop: 1 }], {
    width: ctx.width,
    indent: INDENT,
  });
  const note = open.length > shown.length ? labels.topOpenRisks(shown.length, open.length) : labels.openRisks(open.length);
  return section(ctx, labels.section.risks, note, lines);
}
