import type { PlannedKpi } from "../../plan/types.js";
import type { KpiVerdict } from "../../report/kpi-verdict.js";
import { day, type MarkdownContext } from "./context.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { formatNumber } from "./format-number.js";
import { verdictLabel } from "./labels.js";
import { markdownTable } from "./markdown-table.js";

/** Every target, one per line: the due one in bold, the next one marked, then the final `target`. */
function targetsText(ctx: MarkdownContext, k: PlannedKpi): string {
  const words = ctx.t.kpi;
  const lines = k.targets.map((target) => {
    const when = target.date ? day(ctx, target.date) : words.unscheduled;
    let line = `${words.valueBy({ value: formatNumber(target.value), date: when })} (${escapeMarkdown(target.key)})`;
    if (target.key === k.dueKey && target.date === k.dueDate && target.value === k.due) line = `**${line}** ← ${words.dueMark}`;
    else if (k.next && target.key === k.next.key && target.date === k.next.date) line += ` ← ${words.nextMark}`;
    return line;
  });
  if (k.kpi.target !== undefined) lines.push(words.finalValue({ value: formatNumber(k.kpi.target) }));
  return lines.join("<br>") || "—";
}

/** One table of KPIs with their verdicts. */
function kpiTable(ctx: MarkdownContext, kpis: { kpi: PlannedKpi; verdict: KpiVerdict }[]): string {
  const { t } = ctx;
  const rows = kpis.map(({ kpi: k, verdict }) => {
    const unit = k.unit ? `${escapeMarkdown(k.unit)}${t.punctuation.listSeparator}` : "";
    return [
      `${escapeMarkdown(k.title)}<br>${unit}${k.better === "lower" ? t.kpi.lowerIsBetter : t.kpi.higherIsBetter}`,
      k.baseline === null ? "—" : formatNumber(k.baseline),
      k.current === null ? "—" : formatNumber(k.current),
      targetsText(ctx, k),
      verdictLabel(t, verdict),
      k.progress === null ? "—" : t.percent(k.progress),
    ];
  });
  const words = t.column;
  return markdownTable([words.kpi, words.baseline, words.current, words.targets, words.verdict, words.progressToFinal], rows, [
    "left",
    "right",
    "right",
    "left",
    "left",
    "right",
  ]);
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
  const blocks = [`## ${ctx.t.section.kpis}`];
  const groupOf = (k: { kpi: PlannedKpi }) => k.kpi.kpi.group;
  const ungrouped = kpis.filter((k) => groupOf(k) === undefined);
  if (ungrouped.length) blocks.push(kpiTable(ctx, ungrouped));
  const groups = [...new Set(kpis.map(groupOf).filter((g): g is string => g !== undefined))];
  for (const group of groups) {
    blocks.push(
      `### ${escapeMarkdown(group)}`,
      kpiTable(
        ctx,
        kpis.filter((k) => groupOf(k) === group),
      ),
    );
  }
  return blocks;
}
