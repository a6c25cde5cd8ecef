import type { RiskStatus, Status } from "../../model.js";
import type { RiskLevelName, ScheduleState } from "../../plan/types.js";

const STATUS: Record<Status, { label: string; glyph: string }> = {
  todo: { label: "To do", glyph: "○" },
  "in-progress": { label: "In progress", glyph: "◐" },
  done: { label: "Done", glyph: "✓" },
  blocked: { label: "Blocked", glyph: "⊘" },
  cancelled: { label: "Cancelled", glyph: "✕" },
};

export function statusLabel(status: Status): string {
  return STATUS[status].label;
}

/** A status pill: a glyph and a word, so colour is never the only carrier. */
export function statusBadge(status: Status): string {
  const s = STATUS[status];
  return `<span class="badge s-${status}"><span aria-hidden="true">${s.glyph}</span> ${s.label}</span>`;
}

const SCHEDULE: Record<ScheduleState, { label: string; glyph: string }> = {
  ahead: { label: "Ahead", glyph: "▲" },
  "on-track": { label: "On track", glyph: "●" },
  behind: { label: "Behind", glyph: "▼" },
};

export function scheduleLabel(state: ScheduleState): string {
  return SCHEDULE[state].label;
}

export function scheduleBadge(state: ScheduleState): string {
  const s = SCHEDULE[state];
  return `<span class="badge sched-${state}"><span aria-hidden="true">${s.glyph}</span> ${s.label}</span>`;
}

const LEVEL_LABEL: Record<RiskLevelName, string> = { low: "Low", medium: "Medium", high: "High", critical: "Critical" };

export function riskLevelBadge(level: RiskLevelName | null, score: number | null): string {
  if (level === null || score === null) return `<span class="badge lvl-none">Unscored</span>`;
  return `<span class="badge lvl-${level}">${score} · ${LEVEL_LABEL[level]}</span>`;
}

const RISK_STATUS: Record<RiskStatus, string> = {
  open: "Open",
  mitigated: "Mitigated",
  accepted: "Accepted",
  closed: "Closed",
  occurred: "Occurred",
};

export function riskStatusLabel(status: RiskStatus): string {
  return RISK_STATUS[status];
}

/** A small flag pill (overdue, late, blocked, critical …). */
export function flag(kind: "overdue" | "late" | "critical" | "upcoming" | "blocked" | "milestone", text: string): string {
  return `<span lang="en" class="flag f-${kind}">${text}</span>`;
}
