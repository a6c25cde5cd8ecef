import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { htmlTitle } from "./plain-title.js";
import { reviewDue } from "../../plan/review-due.js";
import { reviewCycleWords } from "../review-cycle-words.js";
import { safeMarkdown } from "./safe-markdown.js";
import { safeUrl } from "./safe-url.js";

function metaItem(term: string, value: string): string {
  return `<div><dt>${escapeHtml(term)}</dt><dd>${value}</dd></div>`;
}

/** Title, summary and the facts of the document: owner, version, dates, review cycle, as-of date. */
export function reportHeader(ctx: HtmlContext): string {
  const { roadmap } = ctx.plan;
  const meta: string[] = [];
  const { t } = ctx;
  const words = t.column;
  if (roadmap.owner?.length) meta.push(metaItem(words.owner, escapeHtml(roadmap.owner.join(t.punctuation.listSeparator))));
  if (roadmap.version) meta.push(metaItem(words.version, escapeHtml(roadmap.version)));
  if (roadmap.updated) meta.push(metaItem(words.updated, escapeHtml(ctx.day(roadmap.updated))));
  if (roadmap.review) {
    let text = escapeHtml(reviewCycleWords(roadmap.review.every, t));
    if (roadmap.updated) {
      const next = reviewDue(roadmap.updated, roadmap.review.every);
      const stale = next < ctx.plan.asOf;
      text += `<span class="dd-sub">${stale ? `<span class="flag f-overdue">${escapeHtml(t.flag.overdue)}</span> ` : ""}${escapeHtml(t.when.next({ date: ctx.day(next) }))}</span>`;
    }
    meta.push(metaItem(words.review, text));
  }
  if (ctx.plan.start) meta.push(metaItem(words.start, escapeHtml(ctx.day(ctx.plan.start))));
  meta.push(metaItem(words.asOf, `<strong>${escapeHtml(ctx.day(ctx.plan.asOf))}</strong>`));
  if (roadmap.repository) {
    const href = safeUrl(roadmap.repository);
    const label = escapeHtml(roadmap.repository.replace(/^https?:\/\//i, ""));
    meta.push(metaItem(words.repository, href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${label}</a>` : label));
  }
  const summary = roadmap.summary ? `<div class="lead md">${safeMarkdown(roadmap.summary)}</div>` : "";
  return (
    `<header class="report-header"><p class="eyebrow">${escapeHtml(t.report.eyebrow)}</p>` +
    `<h1>${htmlTitle(roadmap.title)}</h1>${summary}<dl class="meta">${meta.join("")}</dl></header>`
  );
}
