import type { PlannedItem } from "../../plan/types.js";
import { day, itemTitle, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { percent, progressBar, scheduleLabel, statusEmoji } from "./labels.js";
import { markdownTable } from "./markdown-table.js";

/** How many names a status line lists before `and N more`. */
const LIST_LIMIT = 8;

/** Titles joined with commas, cut after `LIST_LIMIT` with `and N more`. */
function limited(parts: string[]): string {
  if (parts.length <= LIST_LIMIT) return parts.join(", ");
  return `${parts.slice(0, LIST_LIMIT).join(", ")} and ${parts.length - LIST_LIMIT} more`;
}

/** The ids whose parent is not in the list: the outermost of nested items that share a flag. */
function outermost(ctx: MarkdownContext, ids: string[]): PlannedItem[] {
  const set = new Set(ids);
  return ids
    .map((id) => ctx.plan.itemsById.get(id))
    .filter((p): p is PlannedItem => p !== undefined && (p.parent === null || !set.has(p.parent)));
}

/** The phase (top-level item) an item belongs to. */
function topLevel(ctx: MarkdownContext, p: PlannedItem): PlannedItem {
  let q = p;
  while (q.parent !== null) {
    const parent = ctx.plan.itemsById.get(q.parent);
    if (!parent) break;
    q = parent;
  }
  return q;
}

/**
 * `## Status` as of the plan's date: overall progress against the expected progress, the
 * schedule state, planned and best-case finish, then what is going on now,
 * next, overdue, blocked, upcoming and unscheduled, the critical path by
 * phase and the planner's problems.
 */
export function statusSection(ctx: MarkdownContext): string[] {
  const { plan } = ctx;
  const blocks = ["## Status"];
  const work = plan.items.filter((p) => p.status !== "cancelled" && p.item.children.length === 0);
  const done = work.filter((p) => p.status === "done").length;
  const dash = "—";
  // The roadmap's own deadline gets a column only when it has one.
  const finishesLate = plan.due !== null && plan.finish !== null && plan.finish > plan.due;
  const due = plan.due === null ? [] : [`${day(ctx, plan.due)}${finishesLate ? " ⚠️ planned later" : ""}`];
  blocks.push(
    markdownTable(
      ["As of", "Progress", "Schedule", "Work items done", "Start", "Planned finish", "Best-case finish", ...(plan.due === null ? [] : ["Due"])],
      [[
        day(ctx, plan.asOf),
        `${progressBar(plan.progress)} ${percent(plan.progress)} (${percent(plan.expectedProgress)} expected)`,
        scheduleLabel[plan.schedule],
        `${done} of ${work.length}`,
        plan.start ? day(ctx, plan.start) : dash,
        plan.finish ? day(ctx, plan.finish) : dash,
        plan.bestCaseFinish ? day(ctx, plan.bestCaseFinish) : dash,
        ...due,
      ]],
    ),
  );

  const facts: string[] = [];
  const phases = ctx.plan.roadmap.phases.map((id) => plan.itemsById.get(id)).filter((p): p is PlannedItem => p !== undefined);
  const now = phases.filter(
    (p) => p.status === "in-progress" || (p.status !== "done" && p.status !== "cancelled" && p.start !== null && p.end !== null && p.start <= plan.asOf && plan.asOf <= p.end),
  );
  if (now.length) facts.push(`- **Now:** ${limited(now.map((p) => `${statusEmoji[p.status]} ${escapeMarkdown(p.title)} (${percent(p.progress)})`))}`);
  const next = phases
    .filter((p) => !now.includes(p) && p.status !== "done" && p.status !== "cancelled" && p.start !== null && p.start > plan.asOf)
    .sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0));
  if (next.length) {
    const first = next.filter((p) => p.start === next[0].start);
    facts.push(`- **Next:** ${limited(first.map((p) => escapeMarkdown(p.title)))}, from ${day(ctx, next[0].start!)}`);
  }
  const overdue = outermost(ctx, plan.overdue);
  if (overdue.length) {
    const parts = overdue.map((p) => {
      const by = p.due && (!p.end || p.due < p.end) ? p.due : p.end;
      return `${escapeMarkdown(p.title)}${by ? ` (by ${day(ctx, by)})` : ""}`;
    });
    facts.push(`- **⚠️ Overdue (${overdue.length}):** ${limited(parts)}`);
  }
  const blocked = outermost(ctx, plan.blocked);
  if (blocked.length) facts.push(`- **⛔ Blocked (${blocked.length}):** ${limited(blocked.map((p) => escapeMarkdown(p.title)))}`);
  const upcoming = outermost(ctx, plan.upcoming);
  if (upcoming.length) {
    const parts = upcoming.map((p) => `${escapeMarkdown(p.title)}${p.start ? ` (${day(ctx, p.start)})` : ""}`);
    facts.push(`- **📅 Starting within two weeks (${upcoming.length}):** ${limited(parts)}`);
  }
  const late = outermost(ctx, plan.late);
  if (late.length) facts.push(`- **🕒 Planned past the due date (${late.length}):** ${limited(late.map((p) => escapeMarkdown(p.title)))}`);
  if (plan.criticalPath.length) {
    const through: string[] = [];
    for (const id of plan.criticalPath) {
      const p = plan.itemsById.get(id);
      if (!p) continue;
      const top = topLevel(ctx, p).id;
      if (through[through.length - 1] !== top) through.push(top);
    }
    const n = plan.criticalPath.length;
    facts.push(`- **🔥 Critical path:** ${through.map((id) => itemTitle(ctx, id)).join(" → ")} (${n} ${n === 1 ? "task" : "tasks"}; everything with no slack is marked 🔥 below)`);
  }
  const unscheduled = outermost(ctx, plan.unscheduled);
  if (unscheduled.length) facts.push(`- **Unscheduled (${unscheduled.length}):** ${limited(unscheduled.map((p) => escapeMarkdown(p.title)))}`);
  if (facts.length) blocks.push(facts.join("\n"));

  const problems = plan.diagnostics.filter((d) => d.severity === "error");
  if (problems.length) {
    blocks.push(["> [!WARNING]", "> The planner found problems; the dates below may not be what you expect:", ">", ...problems.map((d) => `> - ${escapeMarkdown(d.message)}`)].join("\n"));
  }
  return blocks;
}
