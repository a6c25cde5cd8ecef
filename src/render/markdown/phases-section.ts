import type { PlannedItem } from "../../plan/types.js";
import { checklist } from "./checklist.js";
import { day, itemDates, itemTitle, names, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { percent, statusEmoji, statusLabel } from "./labels.js";
import { linkRef } from "./link-ref.js";
import { isSingleParagraph, markdownBody } from "./markdown-body.js";
import { taskList } from "./task-list.js";

/** The fact list under a phase heading. */
function phaseFacts(ctx: MarkdownContext, p: PlannedItem): string[] {
  const facts: string[] = [];
  let status = `- **Status:** ${statusLabel[p.status]}`;
  const open = p.status !== "done" && p.status !== "cancelled";
  if (!p.milestone && p.status !== "cancelled") status += ` · ${percent(p.progress)} done`;
  if (!p.milestone && p.start && open) status += ` (${percent(p.expectedProgress)} expected)`;
  if (p.overdue) status += " · ⚠️ overdue";
  if (p.blocked && p.status !== "blocked") status += " · ⛔ blocked";
  if (p.item.completed) status += ` · completed ${day(ctx, p.item.completed)}`;
  facts.push(status);
  const dates = itemDates(ctx, p);
  if (dates) {
    let line = `- **Dates:** ${p.milestone ? `🏁 ${dates}` : dates}`;
    if (!p.milestone) line += ` · ${p.workdays} ${p.workdays === 1 ? "workday" : "workdays"}`;
    if (p.critical && open) line += " · 🔥 critical (no slack)";
    else if (p.slack !== null && p.slack > 0 && open) line += ` · ${p.slack} ${p.slack === 1 ? "workday" : "workdays"} of slack`;
    facts.push(line);
  } else if (p.status !== "cancelled") {
    facts.push("- **Dates:** not scheduled");
  }
  if (p.due) facts.push(`- **Due:** ${day(ctx, p.due)}${p.late ? " · 🕒 planned to end later" : ""}`);
  const who: string[] = [];
  if (p.item.owner?.length) who.push(`**Owner:** ${names(p.item.owner)}`);
  if (p.item.priority) who.push(`**Priority:** ${p.item.priority}`);
  if (who.length) facts.push(`- ${who.join(" · ")}`);
  if (p.item.after.length) facts.push(`- **After:** ${p.item.after.map((id) => itemTitle(ctx, id)).join(", ")}`);
  if (p.item.refs.length) facts.push(`- **Refs:** ${p.item.refs.map((r) => linkRef(r, ctx.repository)).join(", ")}`);
  if (p.item.tags.length) facts.push(`- **Tags:** ${p.item.tags.map((t) => escapeMarkdown(t)).join(", ")}`);
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
  if (goal && isSingleParagraph(goal)) facts.push(`- **Goal:** ${goal}`);
  blocks.push(facts.join("\n"));
  if (goal && !isSingleParagraph(goal)) blocks.push("**Goal:**", goal);
  if (p.item.deliverables.length) blocks.push("**Deliverables:**", checklist(p.item.deliverables).join("\n"));
  if (p.item.success.length) blocks.push("**Success criteria:**", checklist(p.item.success).join("\n"));
  const notes = markdownBody(p.item.notes, level);
  if (notes) blocks.push("**Notes:**", notes);
  if (p.item.children.length) blocks.push("**Tasks:**", taskList(ctx, p.item.children, level).join("\n"));
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
  group("Phases", roadmap.phases);
  group("Milestones", roadmap.milestones);
  return blocks;
}
