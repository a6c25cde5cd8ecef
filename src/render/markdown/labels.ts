import type { BudgetItem, RiskStatus, Status } from "../../model.js";
import type { RiskLevelName, ScheduleState } from "../../plan/types.js";
import type { KpiVerdict } from "../../report/kpi-verdict.js";
import type { Labels } from "../../report/i18n/labels.js";

/*
 * The Markdown report's own marks: an emoji beside each status, schedule
 * state, risk level and verdict, so colour is never the only carrier. The
 * words are the report catalogue's (`MarkdownContext.t`, `labelsFor`).
 */

export const statusEmoji: Record<Status, string> = {
  todo: "⏳",
  "in-progress": "🚧",
  done: "✅",
  blocked: "⛔",
  cancelled: "🚫",
};

const scheduleEmoji: Record<ScheduleState, string> = { ahead: "🔵", "on-track": "🟢", behind: "🔴" };

const riskLevelEmoji: Record<RiskLevelName, string> = { low: "🟢", medium: "🟡", high: "🟠", critical: "🔴" };

/** The risk levels by number (1 low … 4 critical), as probabilities and impacts are written. */
const LEVELS = ["low", "medium", "high", "critical"] as const;

/** A status as an emoji and words: `🚧 In progress`. */
export function statusLabel(t: Labels, status: Status): string {
  return `${statusEmoji[status]} ${t.status[status]}`;
}

/** `🔴 Behind schedule`. */
export function scheduleLabel(t: Labels, state: ScheduleState): string {
  return `${scheduleEmoji[state]} ${t.scheduleLong[state]}`;
}

/** `🟠 High`. */
export function riskLevelLabel(t: Labels, level: RiskLevelName): string {
  return `${riskLevelEmoji[level]} ${t.riskLevel[level]}`;
}

/** A level by its number, 1 (low) to 4 (critical): `Medium`. */
export function levelName(t: Labels, level: number): string {
  return t.riskLevel[LEVELS[level - 1]];
}

/** A risk's status; an occurred risk is flagged. */
export function riskStatusLabel(t: Labels, status: RiskStatus): string {
  return status === "occurred" ? `⚠️ ${t.riskStatus.occurred}` : t.riskStatus[status];
}

/** A KPI's verdict in the KPI tables: `✅ Meets`, `❌ Misses`, `— no current value`, `— no target due yet`. */
export function verdictLabel(t: Labels, verdict: KpiVerdict): string {
  if (verdict === "meets") return `✅ ${t.capitalize(t.verdict.meets)}`;
  if (verdict === "misses") return `❌ ${t.capitalize(t.verdict.misses)}`;
  return `— ${verdict === "no-value" ? t.kpi.noCurrentValue : t.kpi.noTargetDue}`;
}

/** How often a budget line is paid: `per month`, `per year`, `once`. */
export function perLabel(t: Labels, per: BudgetItem["per"]): string {
  return per === "month" ? t.budget.perMonth : per === "year" ? t.budget.perYear : t.budget.once;
}

/** A bold label with the language's colon: `**Goal:**`, `**Objectif :**`, `**目標：**`. */
export function boldLabel(t: Labels, label: string): string {
  return `**${label}${t.punctuation.colon.trimEnd()}**`;
}

/** A ten-cell text progress bar in a code span: `` `████░░░░░░` ``. */
export function progressBar(fraction: number, cells = 10): string {
  const filled = Math.max(0, Math.min(cells, Math.round(fraction * cells)));
  return `\`${"█".repeat(filled)}${"░".repeat(cells - filled)}\``;
}
