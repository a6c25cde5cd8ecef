import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { htmlTitle } from "./plain-title.js";
import { riskMatrix } from "./risk-matrix.js";
import { safeMarkdown } from "./safe-markdown.js";
import { riskLevelBadge, riskStatusLabel } from "./status-badge.js";

const LEVELS = ["low", "medium", "high", "critical"] as const;

/** The heat matrix and the table of every risk with its mitigation, in the report's ranking (numbered R1, R2 …). */
export function risksSection(ctx: HtmlContext): string {
  const { plan, t } = ctx;
  if (plan.risks.length === 0) return "";
  const level = (n: number) => t.riskLevel[LEVELS[n - 1]];
  const ranked = ctx.report.risks;
  const numbers = new Map(ranked.map((r, i) => [r.id, i + 1]));
  const unscored = ranked.filter((r) => r.score === null && r.status !== "closed");
  const rows = ranked.map((r) => {
    const affects = r.risk.affects
      .map((id) => {
        const item = plan.itemsById.get(id);
        return item ? `<a href="#${ctx.anchor("item", id)}">${htmlTitle(item.title)}</a>` : escapeHtml(id);
      })
      .join(escapeHtml(t.punctuation.listSeparator));
    const prob =
      r.probability === null ? "—" : `${level(r.probability)}${typeof r.risk.probability === "number" ? ` (${ctx.percent(r.risk.probability)})` : ""}`;
    return (
      `<tr id="${ctx.anchor("risk", r.id)}" class="${r.status === "open" ? "" : "is-muted"}"><td class="num">R${numbers.get(r.id)}</td>` +
      `<th scope="row">${htmlTitle(r.title)}${r.risk.notes ? `<div class="md small">${safeMarkdown(r.risk.notes, { headingOffset: 4 })}</div>` : ""}</th>` +
      `<td>${riskLevelBadge(t, r.level, r.score)}</td><td>${escapeHtml(prob)}</td><td>${r.impact === null ? "—" : escapeHtml(level(r.impact))}</td>` +
      `<td>${escapeHtml(riskStatusLabel(t, r.status))}</td><td>${r.risk.owner?.length ? escapeHtml(r.risk.owner.join(t.punctuation.listSeparator)) : "—"}</td>` +
      `<td>${affects || "—"}</td><td class="md">${r.risk.mitigation ? safeMarkdown(r.risk.mitigation, { headingOffset: 4 }) : "—"}</td></tr>`
    );
  });
  const unscoredList = unscored.map((r) => `R${numbers.get(r.id)}`).join(t.punctuation.listSeparator);
  const note = unscored.length ? `<p class="muted small">${escapeHtml(t.risk.notInMatrix(unscored.length, { list: unscoredList }))}</p>` : "";
  const words = t.column;
  const head = (text: string, num = false) => `<th scope="col"${num ? ' class="num"' : ""}>${escapeHtml(text)}</th>`;
  return (
    `<section id="risks" class="section"><h2>${escapeHtml(t.section.risks)}</h2>` +
    `<div class="risk-layout">${riskMatrix(plan, ctx, numbers)}<div class="risk-aside">${note}<p class="muted small">${escapeHtml(t.risk.scoreLegend)}</p></div></div>` +
    `<div class="table-scroll"><table class="risk-table"><caption class="sr-only">${escapeHtml(t.risk.rankedCaption)}</caption><thead><tr>${head("#", true)}${head(words.risk)}${head(words.score)}${head(words.probability)}${head(words.impact)}${head(words.status)}${head(words.owner)}${head(words.affects)}${head(words.mitigation)}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></section>`
  );
}
