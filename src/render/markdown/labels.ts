import type { RiskStatus, Status } from "../../model.js";
import type { RiskLevelName, ScheduleState } from "../../plan/types.js";

/** Every status as an emoji and words, so colour is never the only carrier. */
export const statusLabel: Record<Status, string> = {
  "todo": "⏳ To do",
  "in-progress": "🚧 In progress",
  "done": "✅ Done",
  "blocked": "⛔ Blocked",
  "cancelled": "🚫 Cancelled",
};

export const statusEmoji: Record<Status, string> = {
  "todo": "⏳",
  "in-progress": "🚧",
  "done": "✅",
  "blocked": "⛔",
  "cancelled": "🚫",
};

export const scheduleLabel: Record<ScheduleState, string> = {
  "ahead": "🔵 Ahead of schedule",
  "on-track": "🟢 On track",
  "behind": "🔴 Behind schedule",
};

export const riskLevelLabel: Record<RiskLevelName, string> = {
  low: "🟢 Low",
  medium: "🟡 Medium",
  high: "🟠 High",
  critical: "🔴 Critical",
};

export const riskStatusLabel: Record<RiskStatus, string> = {
  open: "Open",
  mitigated: "Mitigated",
  accepted: "Accepted",
  closed: "Closed",
  occurred: "⚠️ Occurred",
};

export const levelNames = ["Low", "Medium", "High", "Critical"] as const;

/** A 0..1 fraction as a whole percentage: `42%`. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** A ten-cell text progress bar in a code span: `` `████░░░░░░` ``. */
export function progressBar(fraction: number, cells = 10): string {
  const filled = Math.max(0, Math.min(cells, Math.round(fraction * cells)));
  return `\`${"█".repeat(filled)}${"░".repeat(cells - filled)}\``;
}
