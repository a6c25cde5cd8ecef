import type { RiskStatus, Status } from "../../model.js";
import type { RiskLevelName, ScheduleState } from "../../plan/types.js";
import type { Labels } from "../../report/i18n/labels.js";
import type { KpiVerdict } from "../../report/kpi-verdict.js";
import { escapeHtml } from "./escape-html.js";
import { SCHEDULE_GLYPH, STATUS_GLYPH, VERDICT_GLYPH } from "./glyphs.js";

export function statusLabel(t: Labels, status: Status): string {
  return t.status[status];
}

/** A status's glyph (`○ ◐ ✓ ⊘ ✕`), shown beside its words or hidden from screen readers that get the words. */
export function statusGlyph(status: Status): string {
  return STATUS_GLYPH[status];
}

/** A status pill: a glyph and a word, so colour is never the only carrier. */
export function statusBadge(t: Labels, status: Status): string {
  return `<span class="badge s-${status}"><span aria-hidden="true">${STATUS_GLYPH[status]}</span> ${escapeHtml(t.status[status])}</span>`;
}

/** The schedule state in a word or two (`Ahead`, `On track`, `Behind`): it fits a phone's card. */
export function scheduleLabel(t: Labels, state: ScheduleState): string {
  return t.capitalize(t.schedule[state]);
}

export function scheduleBadge(t: Labels, state: ScheduleState): string {
  return `<span class="badge sched-${state}"><span aria-hidden="true">${SCHEDULE_GLYPH[state]}</span> ${escapeHtml(scheduleLabel(t, state))}</span>`;
}

export function riskLevelBadge(t: Labels, level: RiskLevelName | null, score: number | null): string {
  if (level === null || score === null) return `<span class="badge lvl-none">${escapeHtml(t.riskLevel.unscored)}</span>`;
  return `<span class="badge lvl-${level}">${escapeHtml(t.number(score))} · ${escapeHtml(t.riskLevel[level])}</span>`;
}

export function riskStatusLabel(t: Labels, status: RiskStatus): string {
  return t.riskStatus[status];
}

/** A KPI's verdict as a badge: a glyph and words (`k-met`, `k-missed` or `k-none` for its colour). */
export function verdictBadge(t: Labels, verdict: KpiVerdict): string {
  const glyph = VERDICT_GLYPH[verdict];
  const cls = verdict === "meets" ? "k-met" : verdict === "misses" ? "k-missed" : "k-none";
  return `<span class="badge ${cls}">${glyph ? `<span aria-hidden="true">${glyph}</span> ` : ""}${escapeHtml(t.verdictLong[verdict])}</span>`;
}

/** A KPI's verdict in the table's narrow column: `✓ meets`, `✗ misses`, `—`. */
export function verdictShort(t: Labels, verdict: KpiVerdict): string {
  const glyph = VERDICT_GLYPH[verdict];
  return glyph ? `${glyph} ${escapeHtml(t.verdict[verdict])}` : "—";
}

/** A small flag pill (overdue, late, blocked, critical …). */
export function flag(kind: "overdue" | "late" | "critical" | "upcoming" | "blocked" | "milestone", text: string): string {
  return `<span class="flag f-${kind}">${escapeHtml(text)}</span>`;
}
