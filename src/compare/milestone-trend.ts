import type { Plan } from "../plan/types.js";
import type { WorkCalendar } from "../plan/work-calendar.js";
import type { MilestoneTrend } from "./types.js";
import { workdaySlip } from "./workday-slip.js";

/** A version that planned: its commit, date and plan. */
export interface PlannedVersion {
  commit: string;
  date: string;
  plan: Plan;
}

/**
 * The planned date (end) of each milestone, at any depth, and each top-level
 * phase in each version, oldest first: the milestone trend. Items in the
 * latest version's order, then those it no longer has, latest seen first.
 * A point is null where the version lacks the item or leaves it unscheduled.
 */
export function milestoneTrend(versions: readonly PlannedVersion[], calendar: WorkCalendar): MilestoneTrend[] {
  const trends = new Map<string, MilestoneTrend>();
  for (let v = versions.length - 1; v >= 0; v--) {
    for (const item of versions[v].plan.items) {
      const tracked = item.milestone || (item.kind === "phase" && item.parent === null);
      if (!tracked || trends.has(item.id)) continue;
      trends.set(item.id, { id: item.id, title: item.title, kind: item.milestone ? "milestone" : "phase", dates: [], slip: null });
    }
  }
  for (const { commit, date, plan } of versions) {
    for (const trend of trends.values()) {
      const item = plan.itemsById.get(trend.id);
      const tracked = item !== undefined && (item.milestone || (item.kind === "phase" && item.parent === null));
      trend.dates.push({ commit, date, planned: tracked ? item.end : null });
    }
  }
  for (const trend of trends.values()) {
    const planned = trend.dates.map((d) => d.planned).filter((d): d is string => d !== null);
    trend.slip = planned.length >= 2 ? workdaySlip(calendar, planned[0], planned[planned.length - 1]) : null;
  }
  return [...trends.values()];
}
