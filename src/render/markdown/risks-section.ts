import type { PlannedRisk } from "../../plan/types.js";
import { itemTitle, names, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { levelName, riskLevelLabel, riskStatusLabel } from "./labels.js";
import { markdownBody } from "./markdown-body.js";
import { markdownTable } from "./markdown-table.js";

/** `Medium`, or `Medium (40%)` for a probability written as a number. */
function probabilityText(ctx: MarkdownContext, r: PlannedRisk): string {
  if (r.probability === null) return "—";
  const name = levelName(ctx.t, r.probability);
  const raw = r.risk.probability;
  return typeof raw === "number" ? `${name} (${ctx.t.percent(raw)})` : name;
}

/**
 * `## Risks`: a table of every risk in the report's ranking (the open ones
 * by score, then the rest by score; numbered R1, R2 …) with
 * level, probability, impact, status, owner, what it affects, mitigation
 * and notes, then the probability × impact matrix of the scored risks that
 * are not closed.
 */
export function risksSection(ctx: MarkdownContext): string[] {
  const { plan, t } = ctx;
  const words = t.column;
  if (!plan.risks.length) return [];
  const sorted = ctx.report.risks;
  const number = new Map(sorted.map((r, i) => [r.id, `R${i + 1}`]));
  const hasOwner = sorted.some((r) => r.risk.owner?.length);
  const hasGroup = sorted.some((r) => r.risk.group !== undefined);
  const rows = sorted.map((r) => {
    const level = r.level ? `${riskLevelLabel(t, r.level)} (${t.number(r.score ?? 0)})` : `⚪ ${t.riskLevel.unscored}`;
    const affects = r.risk.affects.length
      ? `<br>${t.risk.affects({ list: r.risk.affects.map((id) => itemTitle(ctx, id)).join(t.punctuation.listSeparator) })}`
      : "";
    const handling = [markdownBody(r.risk.mitigation, 6), markdownBody(r.risk.notes, 6)].filter(Boolean).join("\n\n");
    return [
      number.get(r.id)!,
      `${escapeMarkdown(r.title)}${affects}`,
      ...(hasGroup ? [r.risk.group === undefined ? "—" : escapeMarkdown(r.risk.group)] : []),
      level,
      probabilityText(ctx, r),
      r.impact === null ? "—" : levelName(t, r.impact),
      riskStatusLabel(t, r.status),
      ...(hasOwner ? [names(ctx, r.risk.owner) || "—"] : []),
      handling || "—",
    ];
  });
  const blocks = [
    `## ${t.section.risks}`,
    markdownTable(
      [
        "#",
        words.risk,
        ...(hasGroup ? [words.group] : []),
        words.levelScore,
        words.probability,
        words.impact,
        words.status,
        ...(hasOwner ? [words.owner] : []),
        words.mitigationAndNotes,
      ],
      rows,
    ),
  ];
  const { cells } = plan.riskMatrix;
  if (cells.some((row) => row.some((ids) => ids.length))) {
    const header = [words.impactByProbability, levelName(t, 1), levelName(t, 2), levelName(t, 3)];
    const matrixRows = [3, 2, 1, 0].map((i) => [
      `**${levelName(t, i + 1)}**`,
      ...[0, 1, 2].map((p) => {
        const ids = cells[p][i];
        if (!ids.length) return "·";
        const score = (p + 1) * (i + 1);
        const emoji = score >= 9 ? "🔴" : score >= 6 ? "🟠" : score >= 3 ? "🟡" : "🟢";
        return `${emoji} ${ids.map((id) => number.get(id) ?? escapeMarkdown(id)).join(", ")}`;
      }),
    ]);
    blocks.push(t.risk.matrixIntro, markdownTable(header, matrixRows));
  }
  return blocks;
}
