import type { PlannedKpi } from "../../plan/types.js";
import { day, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { formatNumber } from "./format-number.js";
import { percent } from "./labels.js";
import { markdownTable } from "./markdown-table.js";

/** Whether the current value meets the target due as of the date, in words. */
function metText(k: PlannedKpi): string {
  if (k.due === null) return "— no target due yet";
  if (k.current === null) return "— no current value";
  return k.meets ? "✅ Met" : "❌ Not met";
}

/** Every target, one per line: the due one in bold, the next one marked, then the final `target`. */
function targetsText(ctx: MarkdownContext, k: PlannedKpi): string {
  const lines = k.targets.map((t) => {
    const when = t.date ? day(ctx, t.date) : "unscheduled";
    let line = `${formatNumber(t.value)} by ${when} (${escapeMarkdown(t.key)})`;
    if (t.key === k.dueKey && t.date === k.dueDate && t.value === k.due) line = `**${line}** ← due`;
    else if (k.next && t.key === k.next.key && t.date === k.next.date) line += " ← next";
    return line;
  });
  if (k.kpi.target !== undefined) lines.push(`${formatNumber(k.kpi.target)} final`);
  return lines.join("<br>") || "—";
}

/** One table of KPIs. */
function kpiTable(ctx: MarkdownContext, kpis: PlannedKpi[]): string {
  const rows = kpis.map((k) => {
    const unit = k.unit ? `${escapeMarkdown(k.unit)}, ` : "";
    return [
      `${escapeMarkdown(k.title)}<br>${unit}${k.better} is better`,
      k.baseline === null ? "—" : formatNumber(k.baseline),
      k.current === null ? "—" : formatNumber(k.current),
      targetsText(ctx, k),
      metText(k),
      k.progress === null ? "—" : percent(k.progress),
    ];
  });
  return markdownTable(
    ["KPI", "Baseline", "Current", "Targets", "Due target met", "Progress to final"],
    rows,
    ["left", "right", "right", "left", "left", "right"],
  );
}

/**
 * `## KPIs`: baseline, current, every target, whether the due one is met,
 * progress to the final target. KPIs with a `group` get a `###` table per
 * group (in order of first appearance), after those without one.
 */
export function kpisSection(ctx: MarkdownContext): string[] {
  const { kpis } = ctx.plan;
  if (!kpis.length) return [];
  const blocks = ["## KPIs"];
  const ungrouped = kpis.filter((k) => k.kpi.group === undefined);
  if (ungrouped.length) blocks.push(kpiTable(ctx, ungrouped));
  const groups = [...new Set(kpis.map((k) => k.kpi.group).filter((g): g is string => g !== undefined))];
  for (const group of groups) {
    blocks.push(`### ${escapeMarkdown(group)}`, kpiTable(ctx, kpis.filter((k) => k.kpi.group === group)));
  }
  return blocks;
}
