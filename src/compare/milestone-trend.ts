import type { IsoDate } from "../model.js";
import type { Plan } from "../plan/types.js";
import type { WorkCalendar } from "../plan/work-calendar.js";
import type { MilestoneTrend } from "./types.js";
import { workdaySlip } from "./workday-slip.js";

/** What one planned version contributes to the trend: its tracked items in file order, with their planned ends. */
export interface TrendPoint {
  commit: string;
  date: IsoDate;
  tracked: Map<string, { title: string; kind: "milestone" | "phase"; planned: IsoDate | null }>;
}

/** The milestones (any depth) and top-level phases of a plan with their planned dates (ends), in file order. */
export function trendPoint(commit: string, date: IsoDate, plan: Plan): TrendPoint {
  const tracked: TrendPoint["tracked"] = new Map();
  for (const item of plan.items) {
    if (tracked.has(item.id) || !(item.milestone || (item.kind === "phase" && item.parent === null))) continue;
    tracked.set(item.id, { title: item.title, kind: item.milestone ? "milestone" : "phase", planned: item.end });
  }
  return { commit, date, tracked };
}

/**
 * The planned date of each milestone and top-level phase in each version,
 * oldest first: the milestone trend. Items in the latest version's order,
 * then those it no longer has, latest seen first; titles from the latest
 * version that has them. A point is null where the version lacks the item
 * or leaves it unscheduled. Slips count workdays of `calendar`.
 */
export function milestoneTrend(points: readonly TrendPoint[], calendar: WorkCalendar): MilestoneTrend[] {
  const trends = new Map<string, MilestoneTrend>();
  for (let v = points.length - 1; v >= 0; v--) {
    for (const [id, t] of points[v].tracked) {
      if (!trends.has(id)) trends.set(id, { id, title: t.title, kind: t.kind, dates: [], slip: null });
    }
  }
  for (const { commit, date, tracked } of points) {
    for (const trend of trends.values()) trend.dates.push({ commit, date, planned: tracked.get(trend.id)?.planned ?? null });
  }
  for (const trend of trends.values()) {
    const planned = trend.dates.map((d) => d.planned).filter((d): d is string => d !== null);
    trend.slip = planned.length >= 2 ? workdaySlip(calendar, planned[0], planned[planned.length - 1]) : null;
  }
  return [...trends.values()];
}
