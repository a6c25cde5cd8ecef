import type { PlannedItem } from "../../plan/types.js";
import { isOpen } from "../../report/is-open.js";
import { checklist } from "./checklist.js";
import { day, itemDates, itemTitle, names, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { labels, percent, statusEmoji, statusLabel } from "./labels.js";
import { linkRef } from "./link-ref.js";
import { isSingleParagraph, markdownBody } from "./markdown-body.js";
import { taskList } from "./task-list.js";

const words = labels.phase;

/** The fact list under a phase heading. */
function phaseFacts(ctx: MarkdownContext, p: PlannedItem): string[] {
  const facts: string[] = [];
  let status = `- **${words.status}:** ${statusLabel[p.status]}`;
  const open = isOpen(p);
  if (!p.milestone && p.status !== "cancelled") status += ` · ${words.percentDone(percent(p.progress))}`;
  if (!p.milestone && p.start && open) status += ` ${words.expected(percent(p.expectedProgress))}`;
  if (p.overdue) status += ` · ${words.overdue}`;
  if (p.blocked && p.status !== "blocked") status += ` · ${words.blocked}`;
  if (p.item.completed) status += ` · ${words.completed(day(ctx, p.item.completed))}`;
  facts.push(status);
  const dates = itemDates(ctx, p);
  if (dates) {
    let line = `- **${words.dates}:** ${p.milestone ? `🏁 ${dates}` : dates}`;
    if (!p.milestone) line += ` · ${words.workdays(p.workdays)}`;
    if (p.critical && open) line += ` · ${words.criticalNoSlack}`;
    else if (p.slack !== null && p.slack > 0 && open) line += ` · ${words.slack(p.slack)}`;
    facts.push(line);
  } else if (p.status !== "cancelled") {
    facts.push(`- **${words.dates}:** ${words.notScheduled}`);
  }
  if (p.due) facts.push(`- **${words.due}:** ${day(ctx, p.due)}${p.late ? ` · ${words.plannedToEndLater}` : ""}`);
  const who: string[] = [];
  if (p.item.owner?.length) who.push(`**${words.owner}:** ${names(p.item.owner)}`);
  if (p.item.priority) who.push(`**${words.priority}:** ${p.item.priority}`);
  if (who.length) facts.push(`- ${who.join(" · ")}`);
  if (p.item.after.length) facts.push(`- **${words.after}:** ${p.item.after.map((id) => itemTitle(ctx, id)).join(", ")}`);
  if (p.item.refs.length) facts.push(`- **${words.refs}:** ${p.item.refs.map((r) => linkRef(r, ctx.repository)).join(", ")}`);
  if (p.item.tags.length) facts.push(`- **${words.tags}:** ${p.item.tags.map((t) => escapeMarkdown(t)).join(", ")}`);
  return facts;
}

/**
 * One top-level item (phase or milestone) under a heading of level `level`:
 * facts, goal, deliverables and success criteria as task lists, notes, and
 * its tasks as a nested task list.
 */
export function phaseBlocks(ctx: MarkdownContext, p: PlannedItem, level: number): string[] {
  const emoji = p.milestone ? "🏁" : statusEmoji[p.status];
  const blocks = [`${"#".repeat(level)} ${emoji} ${escapeMarkdown(p.title)}`];
  const facts = phaseFacts(ctx, p);
  const goal = markdownBody(p.item.goal, level);
  if (goal && isSingleParagraph(goal)) facts.push(`- **${words.goal}:** ${goal}`);
  blocks.push(facts.join("\n"));
  if (goal && !isSingleParagraph(goal)) blocks.push(`**${words.goal}:**`, goal);
  if (p.item.deliverables.length) blocks.push(`**${words.deliverables}:**`, checklist(p.item.deliverables).join("\n"));
  if (p.item.success.length) blocks.push(`**${words.successCriteria}:**`, checklist(p.item.success).join("\n"));
  const notes = markdownBody(p.item.notes, level);
  if (notes) blocks.push(`**${words.notes}:**`, notes);
  if (p.item.children.length) blocks.push(`**${words.tasks}:**`, taskList(ctx, p.item.children, level).join("\n"));
  return blocks;
}

/** `## Phases` then each phase; `## Milestones` then each top-level milestone. */
export function phasesSection(ctx: MarkdownContext): string[] {
  const blocks: string[] = [];
  const { roadmap } = ctx.plan;
  const group = (heading: string, ids: string[]) => {
    const items = ids.map((id) => ctx.plan.itemsById.get(id)).filter((p): p is PlannedItem => p !== undefined);
    if (!items.length) return;
    blocks.push(`## ${heading}`);
    for (const p of items) blocks.push(...phaseBlocks(ctx, p, 3));
  };
  group(labels.section.phases, roadmap.phases);
  group(labels.section.milestones, roadmap.milestones);
  return blocks;
}
