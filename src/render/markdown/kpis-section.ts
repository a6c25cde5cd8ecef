import type { PlannedKpi } from "../../plan/types.js";
import type { KpiVerdict } from "../../report/kpi-verdict.js";
import { day, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { formatNumber } from "./format-number.js";
import { labels, percent, verdictLabel } from "./labels.js";
import { markdownTable } from "./markdown-table.js";

const words = labels.kpi;

/** Every target, one per line: the due one in bold, the next one marked, then the final `target`. */
function targetsText(ctx: MarkdownContext, k: PlannedKpi): string {
  const lines = k.targets.map((t) => {
    const when = t.date ? day(ctx, t.date) : words.unscheduled;
    let line = words.by(formatNumber(t.value), when, escapeMarkdown(t.key));
    if (t.key === k.dueKey && t.date === k.dueDate && t.value === k.due) line = `**${line}** ${words.due}`;
    else if (k.next && t.key === k.next.key && t.date === k.next.date) line += ` ${words.next}`;
    return line;
  });
  if (k.kpi.target !== undefined) lines.push(words.final(formatNumber(k.kpi.target)));
  return lines.join("<br>") || "—";
}

/** One table of KPIs with their verdicts. */
function kpiTable(ctx: MarkdownContext, kpis: { kpi: PlannedKpi; verdict: KpiVerdict }[]): string {
  const rows = kpis.map(({ kpi: k, verdict }) => {
    const unit = k.unit ? `${escapeMarkdown(k.unit)}, ` : "";
    return [
      `${escapeMarkdown(k.title)}<br>${unit}${words.isBetter(k.better)}`,
      k.baseline === null ? "—" : formatNumber(k.baseline),
      k.current === null ? "—" : formatNumber(k.current),
      targetsText(ctx, k),
      verdictLabel[verdict],
      k.progress === null ? "—" : percent(k.progress),
    ];
  });
  return markdownTable(
    [words.kpi, words.baseline, words.current, words.targets, words.verdict, words.progressToFinal],
    rows,
    ["left", "right", "right", "left", "left", "right"],
  );
}

/**
 * `## KPIs`: baseline, current, every target, the report's verdict (against
 * the target due, or the final one when no dated target is due or coming),
 * progress to the final target. KPIs with a `group` get a `###` table per
 * group (in order of first appearance), after those without one.
 */
export function kpisSection(ctx: MarkdownContext): string[] {
  const { kpis } = ctx.report;
  if (!kpis.length) return [];
  const blocks = [`## ${labels.section.kpis}`];
  const groupOf = (k: { kpi: PlannedKpi }) => k.kpi.kpi.group;
  const ungrouped = kpis.filter((k) => groupOf(k) === undefined);
  if (ungrouped.length) blocks.push(kpiTable(ctx, ungrouped));
  const groups = [...new Set(kpis.map(groupOf).filter((g): g is string => g !== undefined))];
  for (const group of groups) {
    blocks.push(`### ${escapeMarkdown(group)}`, kpiTable(ctx, kpis.filter((k) => groupOf(k) === group)));
  }
  return blocks;
}
