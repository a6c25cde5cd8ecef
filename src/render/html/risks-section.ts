import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { labels } from "./labels.js";
import { htmlTitle } from "./plain-title.js";
import { riskMatrix } from "./risk-matrix.js";
import { safeMarkdown } from "./safe-markdown.js";
import { riskLevelBadge, riskStatusLabel } from "./status-badge.js";

const words = labels.risks;

/** The heat matrix and the table of every risk with its mitigation, in the report's ranking (numbered R1, R2 …). */
export function risksSection(ctx: HtmlContext): string {
  const { plan } = ctx;
  if (plan.risks.length === 0) return "";
  const ranked = ctx.report.risks;
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
      r.probability === null ? "—" : `${words.probability[r.probability - 1]}${typeof r.risk.probability === "number" ? ` (${Math.round(r.risk.probability * 100)}%)` : ""}`;
    return (
      `<tr id="${ctx.anchor("risk", r.id)}" class="${r.status === "open" ? "" : "is-muted"}"><td class="num">R${numbers.get(r.id)}</td>` +
      `<th scope="row">${htmlTitle(r.title)}${r.risk.notes ? `<div class="md small">${safeMarkdown(r.risk.notes, { headingOffset: 4 })}</div>` : ""}</th>` +
      `<td>${riskLevelBadge(r.level, r.score)}</td><td>${escapeHtml(prob)}</td><td>${r.impact === null ? "—" : words.impact[r.impact - 1]}</td>` +
      `<td>${riskStatusLabel(r.status)}</td><td>${r.risk.owner?.length ? escapeHtml(r.risk.owner.join(", ")) : "—"}</td>` +
      `<td>${affects || "—"}</td><td class="md">${r.risk.mitigation ? safeMarkdown(r.risk.mitigation, { headingOffset: 4 }) : "—"}</td></tr>`
    );
  });
  const note = unscored.length ? `<p class="muted small">${words.unscoredNote(unscored.length, unscored.map((r) => `R${numbers.get(r.id)}`).join(", "))}</p>` : "";
  return (
    `<section id="risks" class="section"><h2>${labels.nav.risks}</h2>` +
    `<div class="risk-layout">${riskMatrix(plan, ctx, numbers)}<div class="risk-aside">${note}<p class="muted small">${words.scoreNote}</p></div></div>` +
    `<div class="table-scroll"><table class="risk-table"><caption class="sr-only">${words.caption}</caption><thead lang="en"><tr><th scope="col" class="num">${words.number}</th><th scope="col">${words.risk}</th><th scope="col">${words.score}</th><th scope="col">${words.probabilityColumn}</th><th scope="col">${words.impactColumn}</th><th scope="col">${words.status}</th><th scope="col">${words.owner}</th><th scope="col">${words.affects}</th><th scope="col">${words.mitigation}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></section>`
  );
}
