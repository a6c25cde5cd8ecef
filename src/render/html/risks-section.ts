import type { PlannedRisk } from "../../plan/types.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { htmlTitle } from "./plain-title.js";
import { riskMatrix } from "./risk-matrix.js";
import { safeMarkdown } from "./safe-markdown.js";
import { riskLevelBadge, riskStatusLabel } from "./status-badge.js";

const PROBABILITY = ["low", "medium", "high"];
const IMPACT = ["low", "medium", "high", "critical"];

/** Risks ranked: the open ones by score (as the planner orders them), then the rest by score, then file order. */
export function rankRisks(risks: PlannedRisk[], openRisks: string[]): PlannedRisk[] {
  const byId = new Map(risks.map((r) => [r.id, r]));
  const open = openRisks.map((id) => byId.get(id)!).filter(Boolean);
  const openSet = new Set(openRisks);
  const rest = risks
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !openSet.has(r.id))
    .sort((a, b) => (b.r.score ?? -1) - (a.r.score ?? -1) || a.i - b.i)
    .map(({ r }) => r);
  return [...open, ...rest];
}

/** The heat matrix and the ranked table of every risk with its mitigation. */
export function risksSection(ctx: HtmlContext): string {
  const { plan } = ctx;
  if (plan.risks.length === 0) return "";
  const ranked = rankRisks(plan.risks, plan.openRisks);
  const numbers = new Map(ranked.map((r, i) => [r.id, i + 1]));
  const unscored = ranked.filter((r) => r.score === null && r.status !== "closed");
  const rows = ranked.map((r) => {
    const affects = r.risk.affects
      .map((id) => {
        const item = plan.itemsById.get(id);
        return item ? `<a href="#${ctx.anchor("item", id)}">${htmlTitle(item.title)}</a>` : escapeHtml(id);
      })
      .join(", ");
    const prob =
      r.probability === null ? "—" : `${PROBABILITY[r.probability - 1]}${typeof r.risk.probability === "number" ? ` (${Math.round(r.risk.probability * 100)}%)` : ""}`;
    return (
      `<tr id="${ctx.anchor("risk", r.id)}" class="${r.status === "open" ? "" : "is-muted"}"><td class="num">R${numbers.get(r.id)}</td>` +
      `<th scope="row">${htmlTitle(r.title)}${r.risk.notes ? `<div class="md small">${safeMarkdown(r.risk.notes, { headingOffset: 4 })}</div>` : ""}</th>` +
      `<td>${riskLevelBadge(r.level, r.score)}</td><td>${escapeHtml(prob)}</td><td>${r.impact === null ? "—" : IMPACT[r.impact - 1]}</td>` +
      `<td>${riskStatusLabel(r.status)}</td><td>${r.risk.owner?.length ? escapeHtml(r.risk.owner.join(", ")) : "—"}</td>` +
      `<td>${affects || "—"}</td><td class="md">${r.risk.mitigation ? safeMarkdown(r.risk.mitigation, { headingOffset: 4 }) : "—"}</td></tr>`
    );
  });
  const note = unscored.length
    ? `<p class="muted small">${unscored.length} ${unscored.length === 1 ? "risk has" : "risks have"} no probability or impact and ${unscored.length === 1 ? "is" : "are"} not in the matrix: ${unscored.map((r) => `R${numbers.get(r.id)}`).join(", ")}.</p>`
    : "";
  return (
    `<section id="risks" class="section"><h2>Risks</h2>` +
    `<div class="risk-layout">${riskMatrix(plan, ctx, numbers)}<div class="risk-aside">${note}<p class="muted small">Score = probability (1–3) × impact (1–4): 1–2 low, 3–4 medium, 6–8 high, 9–12 critical. Open risks first, highest score first.</p></div></div>` +
    `<div class="table-scroll"><table class="risk-table"><caption class="sr-only">Risks ranked by score</caption><thead lang="en"><tr><th scope="col" class="num">#</th><th scope="col">Risk</th><th scope="col">Score</th><th scope="col">Probability</th><th scope="col">Impact</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Affects</th><th scope="col">Mitigation</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></section>`
  );
}
