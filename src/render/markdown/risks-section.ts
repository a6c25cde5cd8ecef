import type { PlannedRisk } from "../../plan/types.js";
import { itemTitle, names, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { levelNames, riskLevelLabel, riskStatusLabel } from "./labels.js";
import { markdownBody } from "./markdown-body.js";
import { markdownTable } from "./markdown-table.js";

/** Risks by score, highest first (unscored last), then in file order. */
function byScore(risks: PlannedRisk[]): PlannedRisk[] {
  return risks
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.score ?? -1) - (a.r.score ?? -1) || a.i - b.i)
    .map(({ r }) => r);
}

/** `Medium`, or `Medium (40%)` for a probability written as a number. */
function probabilityText(r: PlannedRisk): string {
  if (r.probability === null) return "—";
  const name = levelNames[r.probability - 1];
  const raw = r.risk.probability;
  return typeof raw === "number" ? `${name} (${Math.round(raw * 100)}%)` : name;
}

/**
 * `## Risks`: a table of every risk by score (numbered R1, R2 …) with
 * level, probability, impact, status, owner, what it affects, mitigation
 * and notes, then the probability × impact matrix of the scored risks that
 * are not closed.
 */
export function risksSection(ctx: MarkdownContext): string[] {
  const { plan } = ctx;
  if (!plan.risks.length) return [];
  const sorted = byScore(plan.risks);
  const number = new Map(sorted.map((r, i) => [r.id, `R${i + 1}`]));
  const hasOwner = sorted.some((r) => r.risk.owner?.length);
  const hasGroup = sorted.some((r) => r.risk.group !== undefined);
  const rows = sorted.map((r) => {
    const level = r.level ? `${riskLevelLabel[r.level]} (${r.score})` : "⚪ Unscored";
    const affects = r.risk.affects.length ? `<br>Affects: ${r.risk.affects.map((id) => itemTitle(ctx, id)).join(", ")}` : "";
    const handling = [markdownBody(r.risk.mitigation, 6), markdownBody(r.risk.notes, 6)].filter(Boolean).join("\n\n");
    return [
      number.get(r.id)!,
      `${escapeMarkdown(r.title)}${affects}`,
      ...(hasGroup ? [r.risk.group === undefined ? "—" : escapeMarkdown(r.risk.group)] : []),
      level,
      probabilityText(r),
      r.impact === null ? "—" : levelNames[r.impact - 1],
      riskStatusLabel[r.status],
      ...(hasOwner ? [names(r.risk.owner) || "—"] : []),
      handling || "—",
    ];
  });
  const blocks = [
    "## Risks",
    markdownTable(["#", "Risk", ...(hasGroup ? ["Group"] : []), "Level (score)", "Probability", "Impact", "Status", ...(hasOwner ? ["Owner"] : []), "Mitigation and notes"], rows),
  ];
  const { cells } = plan.riskMatrix;
  if (cells.some((row) => row.some((ids) => ids.length))) {
    const header = ["Impact \\ Probability", "Low", "Medium", "High"];
    const matrixRows = [3, 2, 1, 0].map((i) => [
      `**${levelNames[i]}**`,
      ...[0, 1, 2].map((p) => {
        const ids = cells[p][i];
        if (!ids.length) return "·";
        const score = (p + 1) * (i + 1);
        const emoji = score >= 9 ? "🔴" : score >= 6 ? "🟠" : score >= 3 ? "🟡" : "🟢";
        return `${emoji} ${ids.map((id) => number.get(id) ?? escapeMarkdown(id)).join(", ")}`;
      }),
    ]);
    blocks.push("**Probability × impact** of the scored risks that are not closed:", markdownTable(header, matrixRows));
  }
  return blocks;
}
