import { isoToDay } from "../../plan/day-number.js";
import type { PlannedItem } from "../../plan/types.js";
import { WorkCalendar } from "../../plan/work-calendar.js";
import { escapeHtml } from "./escape-html.js";
import { GANTT, ganttSvg, type GanttArrow, type GanttInput, type GanttRow } from "./gantt-svg.js";
import type { HtmlContext } from "./html-context.js";
import { itemTree, type ItemTree } from "./item-tree.js";
import { MILESTONE_GLYPH } from "./glyphs.js";
import { sentences } from "./sentences.js";
import { htmlTitle, plainTitle } from "./plain-title.js";
import { statusBadge, statusLabel } from "./status-badge.js";
import { timeScale } from "./time-scale.js";

/** Phase charts start open when the whole roadmap has at most this many tasks. */
const OPEN_ALL_UP_TO = 60;

function valueText(item: PlannedItem, ctx: HtmlContext): string {
  const { flag } = ctx.t;
  if (item.milestone) return ctx.dayMonth(item.end!) + (item.status === "done" ? " ✓" : item.overdue ? ` · ${flag.overdue}` : "");
  const parts: string[] = [];
  if (item.status === "done") parts.push("✓");
  else if (item.status === "blocked") parts.push(flag.blocked);
  else if (item.progress > 0) parts.push(ctx.percent(item.progress));
  if (item.overdue) parts.push(flag.overdue);
  else if (item.late) parts.push(flag.late);
  return parts.join(" · ");
}

function tooltip(item: PlannedItem, ctx: HtmlContext): string {
  const { t } = ctx;
  const labelled = (label: string, text: string) => `${label}${t.punctuation.colon}${text}`;
  const lines = [plainTitle(item.title)];
  if (item.milestone) lines.push(t.when.milestoneOn({ date: ctx.day(item.end!) }));
  else lines.push(`${t.when.range({ start: ctx.day(item.start!), end: ctx.day(item.end!) })} (${t.count.workdays(item.workdays)})`);
  const progress = `${t.progress.done({ percent: ctx.percent(item.progress) })}${t.punctuation.listSeparator}${t.progress.expected({ percent: ctx.percent(item.expectedProgress) })}`;
  lines.push(`${statusLabel(t, item.status)} · ${progress}`);
  if (item.critical) lines.push(t.flag.onCriticalPath);
  else if (item.slack !== null) lines.push(t.timeline.slack(item.slack));
  if (item.due) lines.push(`${t.capitalize(t.when.due({ date: ctx.day(item.due) }))}${item.late ? ` — ${t.flag.plannedToEndLater}` : ""}`);
  if (item.overdue) lines.push(t.section.overdue);
  if (item.item.owner?.length) lines.push(labelled(t.column.owner, item.item.owner.join(t.punctuation.listSeparator)));
  if (item.item.after.length) {
    const names = item.item.after.map((id) => plainTitle(ctx.plan.itemsById.get(id)?.title ?? id));
    lines.push(labelled(t.column.after, names.join(t.punctuation.listSeparator)));
  }
  return lines.join("\n");
}

function shapeOf(item: PlannedItem, tree: ItemTree, summaries: boolean): GanttRow["shape"] {
  if (item.milestone) return "milestone";
  if (summaries && (tree.children.get(item.id) ?? []).some(tree.isScheduled)) return "summary";
  return "bar";
}

function calendarFns(ctx: HtmlContext): Pick<GanttInput, "isWorkday" | "isHoliday"> {
  const calendar = new WorkCalendar(ctx.plan.roadmap.calendar);
  const holidays = new Set(ctx.plan.roadmap.calendar.holidays.map(isoToDay));
  return { isWorkday: (d) => calendar.isWorkday(d), isHoliday: (d) => holidays.has(d) };
}

/** First and last day of the items, stretched to the as-of date when it lies just outside (within 15% of the span). */
function domain(items: PlannedItem[], asOf: number): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const i of items) {
    first = Math.min(first, isoToDay(i.start!));
    // A milestone's diamond sits at the end of its day.
    last = Math.max(last, isoToDay(i.end!) + (i.milestone ? 1 : 0));
  }
  const near = Math.max(3, Math.round((last - first + 1) * 0.15));
  if (asOf < first && first - asOf <= near) first = asOf;
  if (asOf > last && asOf - last <= near) last = asOf;
  return [first, last];
}

function legend(ctx: HtmlContext): string {
  const words = ctx.t.timeline;
  const sw = (cls: string, shape: string) => `<svg class="legend-swatch ${cls}" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true">${shape}</svg>`;
  const bar = '<rect class="g-track" x="1" y="2" width="26" height="10" rx="2.5"/>';
  const items = [
    [sw("g-item s-in-progress", `${bar}<rect class="g-fill" x="1" y="2" width="12" height="10" rx="2.5"/>`), words.progressLegend],
    [sw("g-item s-done", `${bar}<rect class="g-fill" x="1" y="2" width="26" height="10" rx="2.5"/>`), words.doneLegend],
    [sw("g-item s-blocked", bar), words.blockedLegend],
    [sw("g-item is-critical", `${bar}<rect class="g-crit" x="0.5" y="1.5" width="27" height="11" rx="3"/>`), words.criticalLegend],
    [sw("g-item", '<path class="g-ms" d="M14,1L20,7L14,13L8,7Z"/>'), words.milestoneLegend],
    [sw("g-arrow", '<path d="M1,7H21"/><polygon points="27,7 21,3.5 21,10.5"/>'), words.dependencyLegend],
    [sw("", '<line class="g-today" x1="14" y1="0" x2="14" y2="14"/>'), words.asOfLegend],
    [sw("", '<rect class="g-off" x="8" y="0" width="12" height="14"/>'), words.weekendLegend],
    [sw("", '<rect class="g-off is-holiday" x="8" y="0" width="12" height="14"/><path class="g-holiday-mark" d="M14,1l3.5,4h-7Z"/>'), `${words.holiday} ▲`],
  ];
  return `<ul class="legend">${items.map(([s, t]) => `<li>${s}<span>${escapeHtml(t)}</span></li>`).join("")}</ul>`;
}

function scheduleTable(ctx: HtmlContext, tree: ItemTree): string {
  const { t } = ctx;
  const rows: string[] = [];
  const walk = (item: PlannedItem, depth: number) => {
    const flags = [item.critical ? t.flag.critical : "", item.overdue ? t.flag.overdue : "", item.late ? t.flag.late : "", item.blocked ? t.flag.blocked : ""]
      .filter(Boolean)
      .join(t.punctuation.listSeparator);
    rows.push(
      `<tr><th scope="row" class="indent-${Math.min(depth, 6)}"><a href="#${ctx.anchor("item", item.id)}">${htmlTitle(item.title)}</a>${item.milestone ? ` ${MILESTONE_GLYPH}` : ""}</th>` +
        `<td>${escapeHtml(statusLabel(t, item.status))}</td>` +
        `<td class="num">${item.start ? escapeHtml(ctx.day(item.start)) : "—"}</td>` +
        `<td class="num">${item.end ? escapeHtml(ctx.day(item.end)) : "—"}</td>` +
        `<td class="num">${item.start ? escapeHtml(t.number(item.workdays)) : "—"}</td>` +
        `<td class="num">${escapeHtml(ctx.percent(item.progress))}</td>` +
        `<td class="num">${item.slack === null ? "—" : escapeHtml(t.number(item.slack))}</td>` +
        `<td>${escapeHtml(flags) || "—"}</td></tr>`,
    );
    for (const child of tree.children.get(item.id) ?? []) walk(child, depth + 1);
  };
  for (const root of tree.roots) walk(root, 0);
  const words = t.column;
  const head = (text: string, num = false) => `<th scope="col"${num ? ' class="num"' : ""}>${escapeHtml(text)}</th>`;
  return (
    `<details class="data-table"><summary>${escapeHtml(t.timeline.asTable(ctx.plan.items.length))}</summary>` +
    `<div class="table-scroll"><table><caption class="sr-only">${escapeHtml(t.timeline.tableCaption)}</caption>` +
    `<thead><tr>${head(words.item)}${head(words.status)}${head(words.start, true)}${head(words.end, true)}${head(words.workingDays, true)}${head(words.progress, true)}${head(words.slackDays, true)}${head(words.flags)}</tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div></details>`
  );
}

/** The timeline: an overview chart of the phases and milestones, one collapsible chart per phase, and the table. */
export function timelineSection(ctx: HtmlContext): string {
  const { plan, t } = ctx;
  const words = t.timeline;
  const tree = itemTree(plan);
  const scheduled = plan.items.filter(tree.isScheduled);
  const head = `<section id="timeline" class="section"><h2>${escapeHtml(t.section.timeline)}</h2>`;
  if (scheduled.length === 0) {
    const code = (key: string) => `<code>${key}</code>`;
    return `${head}<p class="muted">${words.giveDates({ when: code("when"), duration: code("duration"), start: code("start") })}</p></section>`;
  }
  const asOf = isoToDay(plan.asOf);
  const asOfLabel = t.capitalize(t.when.asOf({ date: ctx.dayMonth(plan.asOf) }));
  const cal = calendarFns(ctx);

  // Overview: top-level items, arrows between them from any dependency across top-level items.
  const roots = tree.roots.filter(tree.isScheduled);
  const rootIndex = new Map(roots.map((r, i) => [r.id, i]));
  const overviewRows: GanttRow[] = roots.map((item) => ({
    item,
    label: plainTitle(item.title),
    indent: 0,
    shape: shapeOf(item, tree, false),
    tooltip: tooltip(item, ctx),
    value: valueText(item, ctx),
    strong: true,
  }));
  const overviewArrows: GanttArrow[] = [];
  const seen = new Set<string>();
  for (const item of scheduled) {
    for (const dep of item.item.after) {
      const pred = plan.itemsById.get(dep);
      if (!pred || !tree.isScheduled(pred)) continue;
      const from = rootIndex.get(tree.top.get(pred.id) ?? "");
      const to = rootIndex.get(tree.top.get(item.id) ?? "");
      if (from === undefined || to === undefined || from === to) continue;
      const key = `${from}>${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      overviewArrows.push({ from, fromDay: isoToDay(pred.end!) + 1, to, critical: pred.critical && item.critical && roots[to].critical });
    }
  }
  const [first, last] = domain(scheduled, asOf);
  const scale = timeScale(first, last, GANTT.plotLeft, GANTT.plotWidth, ctx.dateLocale);
  const critical = plan.criticalPath.map((id) => plainTitle(plan.itemsById.get(id)?.title ?? id));
  const range = t.when.range({ start: ctx.day(plan.start ?? scheduled[0].start!), end: ctx.day(plan.finish ?? scheduled[0].end!) });
  const progress = `${t.progress.done({ percent: ctx.percent(plan.progress) })}${t.punctuation.listSeparator}${t.progress.expected({ percent: ctx.percent(plan.expectedProgress) })}`;
  const overviewDesc = sentences(
    [
      `${t.count.phasesAndMilestones(roots.length)}${t.punctuation.listSeparator}${range}; ${t.when.asOf({ date: ctx.day(plan.asOf) })}${t.punctuation.colon}${progress}${t.punctuation.stop}`,
      critical.length
        ? words.criticalPathList({
            list: `${critical.slice(0, 12).join(" → ")}${critical.length > 12 ? ` ${t.list.andMore({ count: critical.length - 12 })}` : ""}`,
          })
        : "",
      t.report.sameDataBelow,
    ].filter(Boolean),
    t,
  );
  const overview = ganttSvg({
    rows: overviewRows,
    arrows: overviewArrows,
    scale,
    ...cal,
    asOf,
    asOfLabel,
    title: words.timelineOf({ title: plainTitle(plan.title) }),
    t,
    description: overviewDesc,
    className: "gantt-overview",
  });

  // One chart per phase, on the phase's own time scale.
  const totalTasks = scheduled.length - roots.length;
  const phaseCharts: string[] = [];
  for (const root of roots) {
    const rows = tree.scheduledDescendants(root.id);
    if (rows.length === 0) continue;
    const index = new Map(rows.map((r, i) => [r.id, i]));
    const ganttRows: GanttRow[] = rows.map((item) => ({
      item,
      label: plainTitle(item.title),
      indent: item.depth - root.depth - 1,
      shape: shapeOf(item, tree, true),
      tooltip: tooltip(item, ctx),
      value: valueText(item, ctx),
      strong: false,
    }));
    for (const r of ganttRows) r.strong = r.shape === "summary";
    const arrows: GanttArrow[] = [];
    rows.forEach((item, to) => {
      for (const dep of item.item.after) {
        const pred = plan.itemsById.get(dep);
        if (!pred || !tree.isScheduled(pred)) continue;
        const from = index.get(pred.id) ?? null;
        arrows.push({ from, fromDay: isoToDay(pred.end!) + 1, to, critical: pred.critical && item.critical });
      }
    });
    const [pFirst, pLast] = domain([root, ...rows], asOf);
    const phaseScale = timeScale(pFirst, pLast, GANTT.plotLeft, GANTT.plotWidth, ctx.dateLocale);
    const phaseDesc = sentences(
      [
        `${t.count.scheduledTasks(rows.length)}${t.punctuation.listSeparator}${t.when.range({ start: ctx.day(root.start!), end: ctx.day(root.end!) })}; ${t.progress.done({ percent: ctx.percent(root.progress) })}${t.punctuation.stop}`,
        t.report.sameDataBelow,
      ],
      t,
    );
    const chart = ganttSvg({
      rows: ganttRows,
      arrows,
      scale: phaseScale,
      ...cal,
      asOf,
      asOfLabel,
      title: words.tasksOf({ title: plainTitle(root.title) }),
      t,
      description: phaseDesc,
      className: "gantt-phase",
    });
    const open = totalTasks <= OPEN_ALL_UP_TO ? " open" : "";
    const dates = root.milestone ? ctx.day(root.end!) : t.when.range({ start: ctx.day(root.start!), end: ctx.day(root.end!) });
    phaseCharts.push(
      `<details class="phase-chart"${open}><summary><span class="pc-title">${htmlTitle(root.title)}</span>` +
        `<span class="pc-meta">${escapeHtml(`${dates} · ${t.count.tasks(rows.length)} · ${ctx.percent(root.progress)}`)}</span>${statusBadge(t, root.status)}</summary>` +
        `<div class="chart-scroll">${chart}</div></details>`,
    );
  }

  const { unscheduled } = ctx.report;
  const unscheduledList = unscheduled
    .slice(0, 20)
    .map(
      ({ item, inside }) =>
        `<a href="#${ctx.anchor("item", item.id)}">${htmlTitle(item.title)}</a>${inside ? ` ${escapeHtml(t.list.inside({ count: inside }))}` : ""}`,
    )
    .join(escapeHtml(t.punctuation.listSeparator));
  const unscheduledMore = unscheduled.length > 20 ? ` ${escapeHtml(t.list.andMore({ count: unscheduled.length - 20 }))}` : "";
  // The list is HTML (links); the catalogue's text around it holds no markup.
  const unscheduledNote = unscheduled.length ? `<p class="muted small">${words.notScheduledList({ list: unscheduledList + unscheduledMore })}</p>` : "";

  return (
    head +
    `<p class="section-lead">${escapeHtml(sentences([{ day: words.byDay, week: words.byWeek, month: words.byMonth, quarter: words.byQuarter }[scale.unit], words.hoverHint], t))}</p>` +
    legend(ctx) +
    `<div class="chart-scroll">${overview}</div>` +
    (phaseCharts.length ? `<h3 class="sub">${escapeHtml(t.section.phasesInDetail)}</h3><div class="phase-charts">${phaseCharts.join("\n")}</div>` : "") +
    unscheduledNote +
    scheduleTable(ctx, tree) +
    `</section>`
  );
}
