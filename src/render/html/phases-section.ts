import type { PlannedItem } from "../../plan/types.js";
import { checklist } from "./checklist.js";
import { escapeHtml } from "./escape-html.js";
import type { HtmlContext } from "./html-context.js";
import { itemTree, type ItemTree } from "./item-tree.js";
import { MILESTONE_GLYPH } from "./glyphs.js";
import { htmlTitle } from "./plain-title.js";
import { refLinks } from "./ref-links.js";
import { safeMarkdown } from "./safe-markdown.js";
import { flag, statusBadge, statusGlyph, statusLabel } from "./status-badge.js";
import { progressMeter } from "./summary-cards.js";

/** Task lists start open when a phase has at most this many tasks. */
const OPEN_TASKS_UP_TO = 25;

function flags(item: PlannedItem, ctx: HtmlContext): string {
  const words = ctx.t.flag;
  const out: string[] = [];
  if (item.critical && item.status !== "done") out.push(flag("critical", words.critical));
  if (item.overdue) out.push(flag("overdue", words.overdue));
  if (item.late) out.push(flag("late", words.late));
  if (item.blocked && item.status !== "blocked") out.push(flag("blocked", words.waiting));
  if (item.upcoming) out.push(flag("upcoming", words.startsSoon));
  return out.join(" ");
}

/** `Owner: Ana` in the report's language. */
function labelled(ctx: HtmlContext, label: string, text: string): string {
  return `${label}${ctx.t.punctuation.colon}${text}`;
}

function tags(list: string[]): string {
  return list.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join(" ");
}

function dates(item: PlannedItem, ctx: HtmlContext, long: boolean): string {
  const fmt = long ? ctx.day : ctx.dayMonth;
  if (!item.start || !item.end) return item.status === "cancelled" ? ctx.t.flag.cancelled : ctx.t.flag.notScheduled;
  if (item.milestone || item.start === item.end) return fmt(item.end);
  return ctx.t.when.range({ start: fmt(item.start), end: fmt(item.end) });
}

function details(item: PlannedItem, ctx: HtmlContext): string {
  const m = item.item;
  const { t } = ctx;
  const out: string[] = [];
  if (m.goal) out.push(`<div class="md goal">${safeMarkdown(m.goal, { headingOffset: 4 })}</div>`);
  if (m.deliverables.length)
    out.push(`<div class="mini-list"><span class="mini-label">${escapeHtml(t.section.deliverables)}</span>${checklist(t, m.deliverables)}</div>`);
  if (m.success.length)
    out.push(`<div class="mini-list"><span class="mini-label">${escapeHtml(t.section.successCriteria)}</span>${checklist(t, m.success)}</div>`);
  if (m.refs.length) out.push(refLinks(m.refs, ctx));
  if (m.notes) out.push(`<div class="md notes">${safeMarkdown(m.notes, { headingOffset: 4 })}</div>`);
  return out.length ? `<div class="task-extra">${out.join("")}</div>` : "";
}

function taskItem(item: PlannedItem, ctx: HtmlContext, tree: ItemTree): string {
  const { t } = ctx;
  const meta = [escapeHtml(dates(item, ctx, false))];
  if (item.item.owner?.length) meta.push(escapeHtml(item.item.owner.join(t.punctuation.listSeparator)));
  if (item.status !== "done" && item.progress > 0) meta.push(escapeHtml(ctx.percent(item.progress)));
  if (item.item.priority) meta.push(escapeHtml(t.priority.of({ priority: t.priority[item.item.priority] })));
  if (item.due) meta.push(escapeHtml(t.when.due({ date: ctx.dayMonth(item.due) })));
  if (item.item.tags.length) meta.push(tags(item.item.tags));
  const kids = tree.children.get(item.id) ?? [];
  const sub = kids.length ? `<ul class="tree">${kids.map((k) => taskItem(k, ctx, tree)).join("")}</ul>` : "";
  return (
    `<li id="${ctx.anchor("item", item.id)}" class="task s-${item.status}">` +
    `<div class="task-line"><span class="st" aria-hidden="true">${item.milestone ? MILESTONE_GLYPH : statusGlyph(item.status)}</span>` +
    `<span class="sr-only">${escapeHtml(`${item.milestone ? `${t.column.milestone}${t.punctuation.listSeparator}` : ""}${statusLabel(t, item.status)}${t.punctuation.colon}`)}</span>` +
    `<span class="task-title">${htmlTitle(item.title)}</span>` +
    `<span class="task-meta">${meta.join('<span class="dot" aria-hidden="true"> · </span>')}</span>${flags(item, ctx)}</div>` +
    details(item, ctx) +
    sub +
    `</li>`
  );
}

function phaseArticle(item: PlannedItem, n: number, ctx: HtmlContext, tree: ItemTree): string {
  const m = item.item;
  const { t } = ctx;
  const meta: string[] = [escapeHtml(dates(item, ctx, true))];
  if (item.start && !item.milestone) meta.push(escapeHtml(t.count.workdays(item.workdays)));
  if (m.owner?.length) meta.push(escapeHtml(labelled(ctx, t.column.owner, m.owner.join(t.punctuation.listSeparator))));
  if (m.priority) meta.push(escapeHtml(labelled(ctx, t.column.priority, t.priority[m.priority])));
  if (item.due) meta.push(escapeHtml(t.capitalize(t.when.due({ date: ctx.day(item.due) }))));
  if (item.slack !== null && !item.critical) meta.push(escapeHtml(t.timeline.slack(item.slack)));
  if (m.tags.length) meta.push(tags(m.tags));

  const lists: string[] = [];
  if (m.deliverables.length) lists.push(`<div><h4>${escapeHtml(t.section.deliverables)}</h4>${checklist(t, m.deliverables)}</div>`);
  if (m.success.length) lists.push(`<div><h4>${escapeHtml(t.section.successCriteria)}</h4>${checklist(t, m.success)}</div>`);

  const kids = tree.children.get(item.id) ?? [];
  let tasks = "";
  if (kids.length) {
    const all = tree.scheduledDescendants(item.id).length + 0;
    const total = countDescendants(item.id, tree);
    const done = doneDescendants(item.id, tree);
    const open = total <= OPEN_TASKS_UP_TO ? " open" : "";
    const scheduled = all !== total ? `${t.punctuation.listSeparator}${t.count.scheduled({ count: all })}` : "";
    const count = `(${t.number(total)}${scheduled} · ${t.count.done({ count: done })})`;
    tasks = `<details class="tasks"${open}><summary>${escapeHtml(t.section.tasks)} <span class="muted">${escapeHtml(count)}</span></summary><ul class="tree">${kids.map((k) => taskItem(k, ctx, tree)).join("")}</ul></details>`;
  }
  return (
    `<article class="phase s-${item.status}" id="${ctx.anchor("item", item.id)}">` +
    `<div class="phase-head"><h3><span class="phase-num">${n}</span> ${htmlTitle(item.title)}</h3><div class="phase-badges">${statusBadge(t, item.status)} ${flags(item, ctx)}</div></div>` +
    `<p class="phase-meta">${meta.join('<span class="dot" aria-hidden="true"> · </span>')}</p>` +
    `<div class="phase-progress">${progressMeter(item.progress, item.start ? item.expectedProgress : null)}<span>${escapeHtml(`${t.progress.done({ percent: ctx.percent(item.progress) })}${item.start ? ` · ${t.progress.expected({ percent: ctx.percent(item.expectedProgress) })}` : ""}`)}</span></div>` +
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
  return `<section id="phases" class="section"><h2>${escapeHtml(ctx.t.section.phases)}</h2>${phases.map((p, i) => phaseArticle(p, i + 1, ctx, tree)).join("")}</section>`;
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
      `<td class="num">${m.end ? escapeHtml(ctx.day(m.end)) : "—"}</td><td>${statusBadge(ctx.t, m.status)}</td>` +
      `<td>${within ? `<a href="#${ctx.anchor("item", within.id)}">${htmlTitle(within.title)}</a>` : "—"}</td><td>${flags(m, ctx) || "—"}</td></tr>`
    );
  });
  const words = ctx.t.column;
  const head = (text: string, num = false) => `<th scope="col"${num ? ' class="num"' : ""}>${escapeHtml(text)}</th>`;
  return (
    `<section id="milestones" class="section"><h2>${escapeHtml(ctx.t.section.milestones)}</h2><div class="table-scroll"><table><thead><tr>${head(words.milestone)}${head(words.date, true)}${head(words.status)}${head(words.within)}${head(words.flags)}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></section>`
  );
}
