import type { PlannedItem } from "../../plan/types.js";
import { checklist } from "./checklist.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { itemTree, type ItemTree } from "./item-tree.js";
import { labels, MILESTONE_GLYPH } from "./labels.js";
import { htmlTitle } from "./plain-title.js";
import { refLinks } from "./ref-links.js";
import { safeMarkdown } from "./safe-markdown.js";
import { flag, statusBadge, statusGlyph, statusLabel } from "./status-badge.js";
import { progressMeter } from "./summary-cards.js";

/** Task lists start open when a phase has at most this many tasks. */
const OPEN_TASKS_UP_TO = 25;

const words = labels.phases;

function flags(item: PlannedItem): string {
  const out: string[] = [];
  if (item.critical && item.status !== "done") out.push(flag("critical", labels.flags.critical));
  if (item.overdue) out.push(flag("overdue", labels.flags.overdue));
  if (item.late) out.push(flag("late", labels.flags.late));
  if (item.blocked && item.status !== "blocked") out.push(flag("blocked", labels.flags.waiting));
  if (item.upcoming) out.push(flag("upcoming", labels.flags.startsSoon));
  return out.join(" ");
}

function tags(list: string[]): string {
  return list.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join(" ");
}

function dates(item: PlannedItem, ctx: HtmlContext, long: boolean): string {
  const fmt = long ? ctx.day : ctx.dayMonth;
  if (!item.start || !item.end) return item.status === "cancelled" ? words.cancelled : words.notScheduled;
  if (item.milestone || item.start === item.end) return fmt(item.end);
  return `${fmt(item.start)} – ${fmt(item.end)}`;
}

function details(item: PlannedItem, ctx: HtmlContext): string {
  const m = item.item;
  const out: string[] = [];
  if (m.goal) out.push(`<div class="md goal">${safeMarkdown(m.goal, { headingOffset: 4 })}</div>`);
  if (m.deliverables.length) out.push(`<div class="mini-list"><span class="mini-label" lang="en">${words.deliverables}</span>${checklist(m.deliverables)}</div>`);
  if (m.success.length) out.push(`<div class="mini-list"><span class="mini-label" lang="en">${words.success}</span>${checklist(m.success)}</div>`);
  if (m.refs.length) out.push(refLinks(m.refs, ctx));
  if (m.notes) out.push(`<div class="md notes">${safeMarkdown(m.notes, { headingOffset: 4 })}</div>`);
  return out.length ? `<div class="task-extra">${out.join("")}</div>` : "";
}

function taskItem(item: PlannedItem, ctx: HtmlContext, tree: ItemTree): string {
  const meta = [escapeHtml(dates(item, ctx, false))];
  if (item.item.owner?.length) meta.push(escapeHtml(item.item.owner.join(", ")));
  if (item.status !== "done" && item.progress > 0) meta.push(ctx.percent(item.progress));
  if (item.item.priority) meta.push(escapeHtml(words.priorityWord(item.item.priority)));
  if (item.due) meta.push(escapeHtml(words.dueShort(ctx.dayMonth(item.due))));
  if (item.item.tags.length) meta.push(tags(item.item.tags));
  const kids = tree.children.get(item.id) ?? [];
  const sub = kids.length ? `<ul class="tree">${kids.map((k) => taskItem(k, ctx, tree)).join("")}</ul>` : "";
  return (
    `<li id="${ctx.anchor("item", item.id)}" class="task s-${item.status}">` +
    `<div class="task-line"><span class="st" aria-hidden="true">${item.milestone ? MILESTONE_GLYPH : statusGlyph(item.status)}</span>` +
    `<span class="sr-only">${item.milestone ? words.milestoneFor : ""}${statusLabel(item.status)}: </span>` +
    `<span class="task-title">${htmlTitle(item.title)}</span>` +
    `<span class="task-meta">${meta.join('<span class="dot" aria-hidden="true"> · </span>')}</span>${flags(item)}</div>` +
    details(item, ctx) +
    sub +
    `</li>`
  );
}

function phaseArticle(item: PlannedItem, n: number, ctx: HtmlContext, tree: ItemTree): string {
  const m = item.item;
  const meta: string[] = [escapeHtml(dates(item, ctx, true))];
  if (item.start && !item.milestone) meta.push(words.workingDays(item.workdays));
  if (m.owner?.length) meta.push(escapeHtml(words.owner(m.owner.join(", "))));
  if (m.priority) meta.push(escapeHtml(words.priority(m.priority)));
  if (item.due) meta.push(escapeHtml(words.due(ctx.day(item.due))));
  if (item.slack !== null && !item.critical) meta.push(words.slack(item.slack));
  if (m.tags.length) meta.push(tags(m.tags));

  const lists: string[] = [];
  if (m.deliverables.length) lists.push(`<div><h4 lang="en">${words.deliverables}</h4>${checklist(m.deliverables)}</div>`);
  if (m.success.length) lists.push(`<div><h4 lang="en">${words.successCriteria}</h4>${checklist(m.success)}</div>`);

  const kids = tree.children.get(item.id) ?? [];
  let tasks = "";
  if (kids.length) {
    const all = tree.scheduledDescendants(item.id).length + 0;
    const total = countDescendants(item.id, tree);
    const done = doneDescendants(item.id, tree);
    const open = total <= OPEN_TASKS_UP_TO ? " open" : "";
    tasks = `<details class="tasks"${open}><summary>${words.tasks} <span class="muted">${words.taskCount(total, all !== total ? all : null, done)}</span></summary><ul class="tree">${kids.map((k) => taskItem(k, ctx, tree)).join("")}</ul></details>`;
  }
  return (
    `<article class="phase s-${item.status}" id="${ctx.anchor("item", item.id)}">` +
    `<div class="phase-head"><h3><span class="phase-num">${n}</span> ${htmlTitle(item.title)}</h3><div class="phase-badges">${statusBadge(item.status)} ${flags(item)}</div></div>` +
    `<p class="phase-meta">${meta.join('<span class="dot" aria-hidden="true"> · </span>')}</p>` +
    `<div class="phase-progress">${progressMeter(item.progress, item.start ? item.expectedProgress : null)}<span>${words.percentDone(ctx.percent(item.progress))}${item.start ? ` · ${words.expected(ctx.percent(item.expectedProgress))}` : ""}</span></div>` +
    (m.goal ? `<div class="md goal">${safeMarkdown(m.goal, { headingOffset: 3 })}</div>` : "") +
    (lists.length ? `<div class="phase-lists">${lists.join("")}</div>` : "") +
    refLinks(m.refs, ctx) +
    (m.notes ? `<div class="md notes">${safeMarkdown(m.notes, { headingOffset: 3 })}</div>` : "") +
    tasks +
    `</article>`
  );
}

function countDescendants(id: string, tree: ItemTree): number {
  let n = 0;
  for (const c of tree.children.get(id) ?? []) n += 1 + countDescendants(c.id, tree);
  return n;
}

function doneDescendants(id: string, tree: ItemTree): number {
  let n = 0;
  for (const c of tree.children.get(id) ?? []) n += (c.status === "done" ? 1 : 0) + doneDescendants(c.id, tree);
  return n;
}

/** Every phase as an article (status, dates, progress, goal, checklists, refs, notes) with its task tree. */
export function phasesSection(ctx: HtmlContext): string {
  const tree = itemTree(ctx.plan);
  const phases = tree.roots.filter((r) => !r.milestone);
  if (phases.length === 0) return "";
  return `<section id="phases" class="section"><h2>${labels.nav.phases}</h2>${phases.map((p, i) => phaseArticle(p, i + 1, ctx, tree)).join("")}</section>`;
}

/** Milestones (top-level and nested) in date order, in a table. */
export function milestonesSection(ctx: HtmlContext): string {
  const tree = itemTree(ctx.plan);
  const milestones = ctx.plan.items.filter((i) => i.milestone);
  if (milestones.length === 0) return "";
  const sorted = [...milestones].sort((a, b) => (a.end ?? "9999").localeCompare(b.end ?? "9999"));
  const rows = sorted.map((m) => {
    const top = tree.top.get(m.id);
    const within = top && top !== m.id ? ctx.plan.itemsById.get(top) : undefined;
    const idAttr = m.parent === null ? ` id="${ctx.anchor("item", m.id)}"` : "";
    return (
      `<tr${idAttr}><th scope="row"><span aria-hidden="true" class="ms-glyph">${MILESTONE_GLYPH}</span> ${htmlTitle(m.title)}${m.item.notes ? `<div class="md small">${safeMarkdown(m.item.notes, { headingOffset: 4 })}</div>` : ""}</th>` +
      `<td class="num">${m.end ? escapeHtml(ctx.day(m.end)) : "—"}</td><td>${statusBadge(m.status)}</td>` +
      `<td>${within ? `<a href="#${ctx.anchor("item", within.id)}">${htmlTitle(within.title)}</a>` : "—"}</td><td>${flags(m) || "—"}</td></tr>`
    );
  });
  return (
    `<section id="milestones" class="section"><h2>${labels.nav.milestones}</h2><div class="table-scroll"><table><thead lang="en"><tr><th scope="col">${words.milestone}</th><th scope="col" class="num">${words.date}</th><th scope="col">${words.status}</th><th scope="col">${words.within}</th><th scope="col">${words.flags}</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></section>`
  );
}
