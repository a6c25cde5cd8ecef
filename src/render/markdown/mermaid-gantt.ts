import type { Locale } from "date-fns";
import type { Plan, PlannedItem } from "../../plan/types.js";
import { formatDay } from "../dates.js";
import { escapeMermaid } from "./escape-mermaid.js";
import type { Labels } from "../../report/i18n/labels.js";
import { statusEmoji } from "./labels.js";

/** Section titles are cut to fit the left column, which the init directive widens from Mermaid's 75px. */
const SECTION_MAX = 28;
const INIT = '%%{init: {"gantt": {"leftPadding": 180}}}%%';

/** Mermaid tags from the plan: `milestone`, `done`, `active` (in progress), `crit` (critical, not done). */
function tags(p: PlannedItem): string[] {
  const out: string[] = [];
  if (p.milestone) out.push("milestone");
  if (p.status === "done") out.push("done");
  else if (p.status === "in-progress") out.push("active");
  if (p.critical && p.status !== "done") out.push("crit");
  return out;
}

/** ISO dates in order, a missing one last (plain code-unit order, the same in every locale). */
function compareDates(a: string | null, b: string | null): number {
  const x = a ?? "9999-99-99";
  const y = b ?? "9999-99-99";
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Items by planned start (unscheduled last), file order among equals, so the chart reads left to right. */
function byStart(items: (PlannedItem | undefined)[]): PlannedItem[] {
  return items
    .filter((p): p is PlannedItem => p !== undefined)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => compareDates(a.p.start, b.p.start) || a.i - b.i)
    .map(({ p }) => p);
}

/** One task line: the label (status emoji first, so the state does not rest on colour) and resolved dates. */
function taskLine(p: PlannedItem): string | null {
  if (!p.start || !p.end || p.status === "cancelled") return null;
  const flag = p.overdue ? "⚠️ " : p.status === "todo" ? "" : `${statusEmoji[p.status]} `;
  const span = p.milestone ? `${p.start}, 0d` : `${p.start}, ${p.end}`;
  return `    ${escapeMermaid(flag + p.title)} :${[...tags(p), span].join(", ")}`;
}

/**
 * A Mermaid `gantt` block of the computed schedule: a section per phase
 * with the phase and those of its direct children that have dates of their
 * own, then the top-level milestones; sections and bars by start date.
 * Dates are the planner's (inclusive ends, `inclusiveEndDates`), with no
 * `excludes`, so Mermaid draws what the planner decided; the today marker is
 * off because the report is as of its own date. Only syntax that Mermaid
 * has had since version 9 (an init directive, not front matter), so older
 * renderers draw it too. Its words (the milestones' section, the accessible
 * title and description) are `t`'s. Null when nothing is scheduled.
 */
export function mermaidGantt(plan: Plan, locale: Locale, t: Labels): string | null {
  const lines: string[] = [];
  const section = (title: string, items: PlannedItem[]) => {
    const tasks = items.map(taskLine).filter((l): l is string => l !== null);
    if (tasks.length) lines.push(`  section ${escapeMermaid(title, SECTION_MAX)}`, ...tasks);
  };
  const phases = byStart(plan.roadmap.phases.map((id) => plan.itemsById.get(id)));
  for (const phase of phases) {
    // children that only take the phase's window would repeat its bar
    const children = byStart(phase.item.children.map((c) => plan.itemsById.get(c))).filter((c) => c.placement !== "window");
    section(phase.title, [phase, ...children]);
  }
  section(t.section.milestones, byStart(plan.roadmap.milestones.map((id) => plan.itemsById.get(id))));
  if (lines.length === 0) return null;
  const date = formatDay(plan.asOf, locale);
  const description =
    plan.start && plan.finish
      ? t.timeline.phasesAndTasksFrom({ start: formatDay(plan.start, locale), finish: formatDay(plan.finish, locale), date })
      : t.timeline.phasesAndTasks({ date });
  return [
    "```mermaid",
    INIT,
    "gantt",
    `  accTitle: ${escapeMermaid(t.timeline.scheduleOf({ title: plan.title }), 200)}`,
    `  accDescr: ${escapeMermaid(description, 200)}`,
    "  dateFormat YYYY-MM-DD",
    "  axisFormat %Y-%m-%d",
    "  inclusiveEndDates",
    "  todayMarker off",
    ...lines,
    "```",
  ].join("\n");
}
