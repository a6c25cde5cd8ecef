import type { PlannedItem } from "../../plan/types.js";
import { isOpen } from "../../report/is-open.js";
import { itemDates, names, type MarkdownContext, day } from "./context.js";
import { checklist } from "./checklist.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { boldLabel, statusLabel } from "./labels.js";
import { linkRef } from "./link-ref.js";
import { isSingleParagraph, markdownBody, prefixLines } from "./markdown-body.js";

/** Whether the item has dates of its own (not just its parent's window). */
function ownDates(p: PlannedItem): boolean {
  return p.placement === "pinned" || p.placement === "asap";
}

/** The facts after an item's title: status, progress, dates and flags, owners, refs. */
export function itemFacts(ctx: MarkdownContext, p: PlannedItem): string[] {
  const { t } = ctx;
  const facts: string[] = [];
  if (p.status !== "todo" && p.status !== "done") facts.push(statusLabel(t, p.status));
  if (isOpen(p) && p.progress > 0) facts.push(t.progress.done({ percent: t.percent(p.progress) }));
  if (ownDates(p)) {
    const dates = itemDates(ctx, p);
    if (dates) facts.push(p.milestone ? `🏁 ${dates}` : dates);
    if (p.critical && isOpen(p)) facts.push(`🔥 ${t.flag.critical}`);
  } else if (p.placement === "unscheduled" && p.parent !== null && p.status !== "done") {
    facts.push(t.flag.notScheduled);
  }
  const parent = p.parent === null ? undefined : ctx.plan.itemsById.get(p.parent);
  if (p.overdue && !parent?.overdue) facts.push(`⚠️ ${t.flag.overdue}`);
  if (p.item.completed) facts.push(t.when.completed({ date: day(ctx, p.item.completed) }));
  if (p.due) facts.push(p.late ? `🕒 ${t.when.duePlannedLater({ date: day(ctx, p.due) })}` : t.when.due({ date: day(ctx, p.due) }));
  if (p.item.priority) facts.push(t.priority.of({ priority: t.priority[p.item.priority] }));
  if (p.item.owner?.length) facts.push(`👤 ${names(ctx, p.item.owner)}`);
  if (p.item.refs.length) facts.push(p.item.refs.map((r) => linkRef(r, ctx.repository)).join(t.punctuation.listSeparator));
  return facts;
}

/** The goal and notes of an item as one Markdown block (goal first, labelled). */
export function goalAndNotes(ctx: MarkdownContext, p: PlannedItem, base: number): string {
  const goal = markdownBody(p.item.goal, base);
  const notes = markdownBody(p.item.notes, base);
  const blocks: string[] = [];
  const label = boldLabel(ctx.t, ctx.t.section.goal);
  if (goal) blocks.push(isSingleParagraph(goal) ? `${label} ${goal}` : `${label}\n\n${goal}`);
  if (notes) blocks.push(notes);
  return blocks.join("\n\n");
}

/**
 * An item and its children as a nested GitHub task list: `- [x]` when done,
 * the title (bold when it has children), its facts; under it its goal and
 * notes in a quote (which keeps any Markdown in them from running into the
 * list), then its deliverables (📦) and success criteria (🎯) as tasks, then
 * its children. `base` is the heading level the list sits under.
 */
export function taskList(ctx: MarkdownContext, ids: string[], base: number, indent = ""): string[] {
  const lines: string[] = [];
  for (const id of ids) {
    const p = ctx.plan.itemsById.get(id);
    if (!p) continue;
    const title = escapeMarkdown(p.title);
    const shown = p.status === "cancelled" ? `~~${title}~~` : p.item.children.length ? `**${title}**` : title;
    const facts = itemFacts(ctx, p);
    lines.push(`${indent}- [${p.status === "done" ? "x" : " "}] ${shown}${facts.length ? ` — ${facts.join(" · ")}` : ""}`);
    const inner = `${indent}  `;
    const quote = goalAndNotes(ctx, p, base);
    const nested = [
      ...checklist(p.item.deliverables, inner, "📦 "),
      ...checklist(p.item.success, inner, "🎯 "),
      ...taskList(ctx, p.item.children, base, inner),
    ];
    if (quote) lines.push("", prefixLines(quote, `${inner}> `), "");
    lines.push(...nested);
  }
  while (indent === "" && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
