import { checklist } from "./checklist.js";
import { day, names, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { boldLabel } from "./labels.js";
import { markdownBody } from "./markdown-body.js";
import { markdownTable } from "./markdown-table.js";
import { reviewDue } from "../../plan/review-due.js";
import { reviewCycleWords } from "../review-cycle-words.js";

/** The repository as a link: `[acme/platform](https://github.com/acme/platform)`. */
function repositoryLink(url: string): string {
  const short = url
    .replace(/^https?:\/\/(www\.)?github\.com\//, "")
    .replace(/\/+$/, "")
    .replace(/\.git$/, "");
  // percent-encoded: no character that could end the destination early or start markup in any parser
  const href = url.replace(/[()\s<>"'`\\]/g, (c) => (c < "\u0080" ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}` : encodeURIComponent(c)));
  return `[${escapeMarkdown(short)}](${href})`;
}

/** The title, the summary, the facts about the roadmap, its notes and its roadmap-wide checklists. */
export function overviewSection(ctx: MarkdownContext): string[] {
  const { roadmap } = ctx.plan;
  const blocks = [`# ${escapeMarkdown(roadmap.title)}`];
  const summary = markdownBody(roadmap.summary, 1);
  if (summary) blocks.push(summary);
  const header: string[] = [];
  const row: string[] = [];
  const fact = (name: string, value: string) => {
    header.push(name);
    row.push(value);
  };
  const { t } = ctx;
  const words = t.column;
  if (roadmap.owner?.length) fact(words.owner, names(ctx, roadmap.owner));
  if (roadmap.version) fact(words.version, escapeMarkdown(roadmap.version));
  if (roadmap.updated) fact(words.updated, day(ctx, roadmap.updated));
  if (roadmap.review) {
    let review = reviewCycleWords(roadmap.review.every, t);
    const next = roadmap.review.next ?? (roadmap.updated ? reviewDue(roadmap.updated, roadmap.review.every) : undefined);
    if (next) {
      review += `${t.punctuation.listSeparator}${t.when.nextBy({ date: day(ctx, next) })}${next < ctx.plan.asOf ? ` ⚠️ ${t.flag.overdue}` : ""}`;
    }
    fact(words.review, review);
  }
  if (roadmap.start) fact(words.start, day(ctx, roadmap.start));
  if (roadmap.repository) fact(words.repository, repositoryLink(roadmap.repository));
  if (header.length) blocks.push(markdownTable(header, [row]));
  const notes = markdownBody(roadmap.notes, 1);
  if (notes) blocks.push(notes);
  if (roadmap.deliverables.length) blocks.push(boldLabel(t, t.section.deliverables), checklist(roadmap.deliverables).join("\n"));
  if (roadmap.success.length) blocks.push(boldLabel(t, t.section.successCriteria), checklist(roadmap.success).join("\n"));
  return blocks;
}
