import type { Status } from "../../model.js";
import type { ScheduleState } from "../../plan/types.js";
import type { KpiVerdict } from "../../report/kpi-verdict.js";

/*
 * The HTML report's own marks, beside the words (the report catalogue's,
 * `HtmlContext.t`), so colour is never the only carrier.
 */

/** Each status's glyph. */
export const STATUS_GLYPH: Record<Status, string> = {
  todo: "○",
  "in-progress": "◐",
  done: "✓",
  blocked: "⊘",
  cancelled: "✕",
};

export const SCHEDULE_GLYPH: Record<ScheduleState, string> = { ahead: "▲", "on-track": "●", behind: "▼" };

/** A KPI verdict's glyph; none for a verdict not yet given. */
export const VERDICT_GLYPH: Record<KpiVerdict, string> = { meets: "✓", misses: "✗", "no-value": "", "not-due": "" };

/** The glyph of a milestone, in timelines, task trees and the milestone table. */
export const MILESTONE_GLYPH = "◆";
