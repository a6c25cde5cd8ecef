import type { PlannedItem } from "../../plan/types.js";
import { isOpen } from "../../report/is-open.js";
import { checklist } from "./checklist.js";
import { day, itemDates, itemTitle, names, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { boldLabel, statusEmoji, statusLabel } from "./labels.js";
import { linkRef } from "./link-ref.js";
import { isSingleParagraph, markdownBody } from "./markdown-body.js";
import { taskList } from "./task-list.js";

/** The fact list under a phase heading. */
function phaseFacts(ctx: MarkdownContext, p: PlannedItem): string[] {
  const { t } = ctx;
  const words = t.column;
  const label = (name: string) => boldLabel(t, name);
  const list = (parts: string[]) => parts.join(t.punctuation.listSeparator);
  const facts: string[] = [];
  let status = `- ${label(words.status)} ${statusLabel(t, p.status)}`;
  const open = isOpen(p);
  if (!p.milestone && p.status !== "cancelled") status += ` · ${t.progress.done({ percent: t.percent(p.progress) })}`;
  if (!p.milestone && p.start && open) status += ` (${t.progress.expected({ percent: t.percent(p.expectedProgress) })})`;
  if (p.overdue) status += ` · ⚠️ ${t.flag.overdue}`;
  if (p.blocked && p.status !== "blocked") status += ` · ⛔ ${t.flag.blocked}`;
  if (p.item.completed) status += ` · ${t.when.completed({ date: day(ctx, p.item.completed) })}`;
  facts.push(status);
  const dates = itemDates(ctx, p);
  if (dates) {
    let line = `- ${label(words.dates)} ${p.milestone ? `🏁 ${dates}` : dates}`;
    if (!p.milestone) line += ` · ${t.count.workdays(p.workdays)}`;
    if (p.critical && open) line += ` · 🔥 ${t.flag.criticalNoSlack}`;
    else if (p.slack !== null && p.slack > 0 && open) line += ` · ${t.count.slack(p.slack)}`;
    facts.push(line);
  } else if (p.status !== "cancelled") {
    facts.push(`- ${label(words.dates)} ${t.flag.notScheduled}`);
  }
  if (p.due) facts.push(`- ${label(words.due)} ${day(ctx, p.due)}${p.late ? ` · 🕒 ${t.flag.plannedToEndLater}` : ""}`);
  const who: string[] = [];
  if (p.item.owner?.length) who.push(`${label(words.owner)} ${names(ctx, p.item.owner)}`);
  if (p.item.priority) who.push(`${label(words.priority)} ${t.priority[p.item.priority]}`);
  if (who.length) facts.push(`- ${who.join(" · ")}`);
  if (p.item.after.length) facts.push(`- ${label(words.after)} ${list(p.item.after.map((id) => itemTitle(ctx, id)))}`);
  if (p.item.refs.length) facts.push(`- ${label(words.refs)} ${list(p.item.refs.map((r) => linkRef(r, ctx.repository)))}`);
  if (p.item.tags.length) facts.push(`- ${label(words.tags)} ${list(p.item.tags.map((tag) => escapeMarkdown(tag)))}`);
  return facts;
}

/**
 * One top-level item (phase or milestone) under a heading of level `level`:
 * facts, goal, deliverables and success criteria as task lists, notes, and
 * its tasks as a nested task list.
 */
export function phaseBlocks(ctx: MarkdownContext, p: PlannedItem, level: number): string[] {
  const { t } = ctx;
  const words = t.section;
  const emoji = p.milestone ? "🏁" : statusEmoji[p.status];
  const blocks = [`${"#".repeat(level)} ${emoji} ${escapeMarkdown(p.title)}`];
  const facts = phaseFacts(ctx, p);
  const goal = markdownBody(p.item.goal, level);
  if (goal && isSingleParagraph(goal)) facts.push(`- ${boldLabel(t, words.goal)} ${goal}`);
  blocks.push(facts.join("\n"));
  if (goal && !isSingleParagraph(goal)) blocks.push(boldLabel(t, words.goal), goal);
  if (p.item.deliverables.length) blocks.push(boldLabel(t, words.deliverables), checklist(p.item.deliverables).join("\n"));
  if (p.item.success.length) blocks.push(boldLabel(t, words.successCriteria), checklist(p.item.success).join("\n"));
  const notes = markdownBody(p.item.notes, level);
  if (notes) blocks.push(boldLabel(t, words.notes), notes);
  if (p.item.children.length) blocks.push(boldLabel(t, words.tasks), taskList(ctx, p.item.children, level).join("\n"));
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
  group(ctx.t.section.phases, roadmap.phases);
  group(ctx.t.section.milestones, roadmap.milestones);
  return blocks;
}
