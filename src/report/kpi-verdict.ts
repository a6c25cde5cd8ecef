import type { PlannedKpi } from "../plan/types.js";

/** What a KPI's current value says against its targets. */
export const KpiVerdict = {
  /** The current value meets the target due (or, with no dated target left, the final one). */
  Meets: "meets",
  Misses: "misses",
  /** No current value to judge. */
  NoValue: "no-value",
  /** A value, but no target due yet. */
  NotDue: "not-due",
} as const;
export type KpiVerdict = (typeof KpiVerdict)[keyof typeof KpiVerdict];

/**
 * The verdict every report shows: against the target due as of the date;
 * when no dated target is due or coming, against the final `target`.
 */
export function kpiVerdict(kpi: PlannedKpi): KpiVerdict {
  if (kpi.current === null) return KpiVerdict.NoValue;
  if (kpi.meets !== null) return kpi.meets ? KpiVerdict.Meets : KpiVerdict.Misses;
  if (kpi.due === null && kpi.next === null && kpi.meetsFinal !== null) return kpi.meetsFinal ? KpiVerdict.Meets : KpiVerdict.Misses;
  return KpiVerdict.NotDue;
}
