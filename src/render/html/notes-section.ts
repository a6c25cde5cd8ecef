import { checklist } from "./checklist.js";
import type { HtmlContext } from "./html-context.js";
import { escapeHtml } from "./escape-html.js";
import { htmlTitle } from "./plain-title.js";
import { safeMarkdown } from "./safe-markdown.js";

/** The roadmap's own deliverables, success criteria and notes. */
export function outcomesSection(ctx: HtmlContext): string {
  const { roadmap } = ctx.plan;
  const { t } = ctx;
  const parts: string[] = [];
  if (roadmap.deliverables.length) parts.push(`<div><h3>${escapeHtml(t.section.deliverables)}</h3>${checklist(t, roadmap.deliverables)}</div>`);
  if (roadmap.success.length) parts.push(`<div><h3>${escapeHtml(t.section.successCriteria)}</h3>${checklist(t, roadmap.success)}</div>`);
  if (!parts.length && !roadmap.notes) return "";
  return (
    `<section id="outcomes" class="section"><h2>${escapeHtml(t.section.outcomes)}</h2>` +
    (parts.length ? `<div class="phase-lists">${parts.join("")}</div>` : "") +
    (roadmap.notes ? `<div class="md">${safeMarkdown(roadmap.notes, { headingOffset: 2 })}</div>` : "") +
    `</section>`
  );
}

/** Free Markdown sections, each under its title. */
export function freeSections(ctx: HtmlContext): string {
  return ctx.plan.roadmap.sections
    .map(
      (s, i) =>
        `<section id="section-${i + 1}" class="section prose"><h2>${htmlTitle(s.title)}</h2><div class="md">${safeMarkdown(s.body, { headingOffset: 2 })}</div></section>`,
    )
    .join("");
}
