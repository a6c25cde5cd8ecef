import type { RiskStatus, Status } from "../../model.js";
import type { RiskLevelName, ScheduleState } from "../../plan/types.js";
import type { KpiVerdict } from "../../report/kpi-verdict.js";
import { labels, riskLevelLabel, riskStatusLabel as RISK_STATUS, scheduleLook, statusLook, verdictLook } from "./labels.js";

export function statusLabel(status: Status): string {
  return statusLook[status].label;
}

/** A status's glyph (`○ ◐ ✓ ⊘ ✕`), shown beside its words or hidden from screen readers that get the words. */
export function statusGlyph(status: Status): string {
  return statusLook[status].glyph;
}

/** A status pill: a glyph and a word, so colour is never the only carrier. */
export function statusBadge(status: Status): string {
  const s = statusLook[status];
  return `<span class="badge s-${status}"><span aria-hidden="true">${s.glyph}</span> ${s.label}</span>`;
}

export function scheduleLabel(state: ScheduleState): string {
  return scheduleLook[state].label;
}

export function scheduleBadge(state: ScheduleState): string {
  const s = scheduleLook[state];
  return `<span class="badge sched-${state}"><span aria-hidden="true">${s.glyph}</span> ${s.label}</span>`;
}

export function riskLevelBadge(level: RiskLevelName | null, score: number | null): string {
  if (level === null || score === null) return `<span class="badge lvl-none">${labels.risks.unscored}</span>`;
  return `<span class="badge lvl-${level}">${score} · ${riskLevelLabel[level]}</span>`;
}

export function riskStatusLabel(status: RiskStatus): string {
  return RISK_STATUS[status];
}

/** A KPI's verdict as a badge: a glyph and words (`k-met`, `k-missed` or `k-none` for its colour). */
export function verdictBadge(verdict: KpiVerdict): string {
  const v = verdictLook[verdict];
  const cls = verdict === "meets" ? "k-met" : verdict === "misses" ? "k-missed" : "k-none";
  return `<span class="badge ${cls}">${v.glyph ? `<span aria-hidden="true">${v.glyph}</span> ` : ""}${v.badge}</span>`;
}

/** A small flag pill (overdue, late, blocked, critical …). */
export function flag(kind: "overdue" | "late" | "critical" | "upcoming" | "blocked" | "milestone", text: string): string {
  return `<span lang="en" class="flag f-${kind}">${text}</span>`;
}
