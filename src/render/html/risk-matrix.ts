import type { Plan, PlannedRisk, RiskLevelName } from "../../plan/types.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { plainTitle } from "./plain-title.js";

function levelOf(score: number): RiskLevelName {
  return score <= 2 ? "low" : score <= 4 ? "medium" : score <= 8 ? "high" : "critical";
}

const LEVELS = ["low", "medium", "high", "critical"] as const;

/**
 * The probability × impact heat matrix as a table: rows are probability (high
 * on top), columns impact; each cell shows its score and level in words and
 * holds numbered chips for the risks in it (not closed), linked to the table.
 */
export function riskMatrix(plan: Plan, ctx: HtmlContext, numbers: Map<string, number>): string {
  const { t } = ctx;
  const byId = new Map<string, PlannedRisk>(plan.risks.map((r) => [r.id, r]));
  const head =
    `<tr><td class="rm-corner"></td><th scope="colgroup" colspan="4" class="rm-axis">${escapeHtml(t.risk.impactAxis)}</th></tr>` +
    `<tr><td class="rm-corner"></td>${LEVELS.map((l) => `<th scope="col">${escapeHtml(t.riskLevel[l])}</th>`).join("")}</tr>`;
  const rows: string[] = [];
  for (let p = 3; p >= 1; p--) {
    const cells: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const score = p * i;
      const ids = plan.riskMatrix.cells[p - 1]?.[i - 1] ?? [];
      const chips = ids
        .map((id) => {
          const r = byId.get(id);
          const n = numbers.get(id);
          const title = plainTitle(r?.title ?? id);
          return `<a class="rm-chip${r && r.status !== "open" ? " is-muted" : ""}" href="#${ctx.anchor("risk", id)}" title="${escapeHtml(title)}">R${n ?? "?"}<span class="sr-only"> ${escapeHtml(title)}</span></a>`;
        })
        .join("");
      cells.push(
        `<td class="rm-cell lvl-${levelOf(score)}"><span class="rm-score">${escapeHtml(t.number(score))} <span class="rm-level">${escapeHtml(t.riskLevel[levelOf(score)])}</span></span>${chips ? `<span class="rm-chips">${chips}</span>` : ""}</td>`,
      );
    }
    rows.push(`<tr><th scope="row">${escapeHtml(t.riskLevel[LEVELS[p - 1]])}</th>${cells.join("")}</tr>`);
  }
  return (
    `<figure class="risk-matrix"><div class="rm-axes"><span class="rm-y" aria-hidden="true">${escapeHtml(t.risk.probabilityAxis)}</span>` +
    `<table><caption>${escapeHtml(t.risk.matrixCaption)}</caption>` +
    `<thead>${head}</thead><tbody>${rows.join("")}</tbody></table></div></figure>`
  );
}
