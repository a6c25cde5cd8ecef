import type { IsoDate, Roadmap } from "../model.js";
import { dayToIso, isoToDay } from "./day-number.js";
import { forecastFinish, type ForecastOptions } from "./forecast/forecast-finish.js";
import { ItemsById } from "./items-by-id.js";
import { planBudget } from "./plan-budgets.js";
import { planKpi } from "./plan-kpis.js";
import { planRisks } from "./plan-risks.js";
import { ItemState, PinKind, scheduleRoadmap, type Schedule } from "./schedule/index.js";
import type { Placement, Plan, PlannedItem, ScheduleState } from "./types.js";

export interface PlanOptions {
  /** Compute the finish forecast (Monte Carlo over the estimate ranges); off by default. */
  forecast?: ForecastOptions;
  /**
   * The as-of date for progress, overdue and KPI status. The CLI passes
   * today; without it the roadmap's `updated`, else its `start`, is used
   * (the planner never reads the clock).
   */
  asOf?: IsoDate;
}

/**
 * Progress within this many percentage points (absolute, 0.05 = 5 points)
 * of the expected progress is on track; more is ahead, less is behind.
 */
export const ON_TRACK_TOLERANCE = 0.05;

/** Upcoming: starts within this many calendar days after the as-of date. */
export const UPCOMING_DAYS = 14;

export function scheduleState(progress: number, expected: number): ScheduleState {
  const diff = progress - expected;
  return diff > ON_TRACK_TOLERANCE + 1e-12 ? "ahead" : diff < -ON_TRACK_TOLERANCE - 1e-12 ? "behind" : "on-track";
}

function clamp01(x: number): number {
  return x < 0 ? 0 : Math.min(x, 1);
}

/** Weighted average over the live (not cancelled) members of a list, or the plain average when all weights are 0. */
function average(list: Int32Array, from: number, to: number, live: Uint8Array, weight: Float64Array, value: Float64Array): number {
  let w = 0,
    sum = 0,
    plain = 0,
    count = 0;
  for (let k = from; k < to; k++) {
    const c = list[k];
    if (!live[c]) continue;
    w += weight[c];
    sum += weight[c] * value[c];
    plain += value[c];
    count++;
  }
  if (w > 0) return sum / w;
  return count > 0 ? plain / count : 0;
}

function progressOf(s: Schedule, asOfDay: number) {
  const { count: n, items, status, state, children, calendar } = s;
  const weight = new Float64Array(n);
  const progress = new Float64Array(n);
  const expected = new Float64Array(n);
  const live = new Uint8Array(n);
  const liveKids = new Int32Array(n);
  const asOfOrdinal = calendar.ordinalOnOrAfter(asOfDay);
  for (let x = 0; x < n; x++) {
    if (state[x] === ItemState.Cancelled) continue;
    live[x] = 1;
    if (s.parent[x] >= 0) liveKids[s.parent[x]]++;
    if (state[x] === ItemState.Unscheduled) weight[x] = 1;
    else if (!items[x].milestone) weight[x] = s.end[x] - s.start[x] + 1;
  }
  const { start: cs, list: cl } = children;
  for (let x = n - 1; x >= 0; x--) {
    if (!live[x]) continue;
    const item = items[x];
    const own = status[x] === "done" || item.progress !== undefined || liveKids[x] === 0;
    progress[x] =
      status[x] === "done"
        ? 1
        : item.progress !== undefined
          ? clamp01(item.progress)
          : liveKids[x] === 0
            ? 0
            : average(cl, cs[x], cs[x + 1], live, weight, progress);
    if (state[x] === ItemState.Unscheduled) expected[x] = progress[x];
    else if (!own) expected[x] = average(cl, cs[x], cs[x + 1], live, weight, expected);
    else if (item.milestone || s.end[x] < s.start[x]) expected[x] = asOfDay > s.endDay[x] ? 1 : 0;
    else expected[x] = clamp01((asOfOrdinal - s.start[x]) / (s.end[x] - s.start[x] + 1));
  }
  const top: number[] = [];
  for (let x = 0; x < n; x++) if (s.parent[x] < 0) top.push(x);
  const topList = Int32Array.from(top);
  return {
    weight,
    progress,
    expected,
    total: average(topList, 0, topList.length, live, weight, progress),
    totalExpected: average(topList, 0, topList.length, live, weight, expected),
  };
}

function placementOf(s: Schedule, x: number): Placement {
  switch (s.state[x]) {
    case ItemState.Cancelled:
      return "cancelled";
    case ItemState.Unscheduled:
      return "unscheduled";
    case ItemState.Window:
      return "window";
    default:
      return s.pinKind[x] !== PinKind.None ? "pinned" : "asap";
  }
}

/**
 * Plans a roadmap as of a date: the schedule (dates, slack, critical path,
 * planned and best-case finish), progress and status, KPIs, risks and
 * budgets, and the problems found while planning. Pure and synchronous; never
 * throws on a roadmap the loader accepted (cycles are broken and reported).
 */
export function planRoadmap(roadmap: Roadmap, options: PlanOptions = {}): Plan {
  const asOf = options.asOf ?? roadmap.updated ?? roadmap.start ?? "1970-01-01";
  const asOfDay = isoToDay(asOf);
  const s = scheduleRoadmap(roadmap);
  const { count: n, items, status, state } = s;
  const pr = progressOf(s, asOfDay);
  const iso = (d: number) => (Number.isNaN(d) ? null : dayToIso(d));

  const planned: PlannedItem[] = new Array(n);
  const overdue: string[] = [],
    late: string[] = [],
    upcoming: string[] = [],
    blocked: string[] = [],
    unscheduled: string[] = [];
  for (let x = 0; x < n; x++) {
    const item = items[x];
    const st = status[x];
    const open = st !== "done" && st !== "cancelled";
    const placed = state[x] === ItemState.Scheduled || state[x] === ItemState.Window;
    const dueDay = item.due !== undefined ? isoToDay(item.due) : NaN;
    const isOverdue = open && ((placed && s.endDay[x] < asOfDay) || dueDay < asOfDay);
    const isLate = open && placed && s.endDay[x] > dueDay;
    const isUpcoming = (st === "todo" || st === "blocked") && placed && s.startDay[x] >= asOfDay && s.startDay[x] <= asOfDay + UPCOMING_DAYS;
    const p: PlannedItem = {
      id: item.id,
      parent: s.parent[x] >= 0 ? items[s.parent[x]].id : null,
      title: item.title,
      kind: item.kind,
      depth: item.depth,
      milestone: item.milestone,
      status: st,
      placement: placementOf(s, x),
      start: iso(s.startDay[x]),
      end: iso(s.endDay[x]),
      bestStart: iso(s.bestStartDay[x]),
      bestEnd: iso(s.bestEndDay[x]),
      workdays: placed && !item.milestone ? s.end[x] - s.start[x] + 1 : 0,
      slack: Number.isNaN(s.slack[x]) ? null : s.slack[x],
      critical: s.critical[x] === 1,
      progress: pr.progress[x],
      expectedProgress: pr.expected[x],
      due: item.due ?? null,
      overdue: isOverdue,
      late: isLate,
      upcoming: isUpcoming,
      blocked: st === "blocked",
      item,
    };
    planned[x] = p;
    if (isOverdue) overdue.push(item.id);
    if (isLate) late.push(item.id);
    if (isUpcoming) upcoming.push(item.id);
    if (p.blocked) blocked.push(item.id);
    if (state[x] === ItemState.Unscheduled) unscheduled.push(item.id);
  }

  const startDay = roadmap.start !== undefined ? isoToDay(roadmap.start) : undefined;
  const endOf = (id: string) => {
    const x = s.index.get(id);
    return x === undefined || Number.isNaN(s.endDay[x]) ? undefined : s.endDay[x];
  };
  const spanOf = (id: string) => {
    const x = s.index.get(id);
    return x === undefined || Number.isNaN(s.startDay[x]) ? undefined : { start: s.startDay[x], end: s.endDay[x] };
  };
  const risks = planRisks(roadmap.risks);

  return {
    title: roadmap.title,
    asOf,
    start: s.startOfPlan === undefined ? null : dayToIso(s.startOfPlan),
    finish: s.finishDay === undefined ? null : dayToIso(s.finishDay),
    bestCaseFinish: s.bestFinishDay === undefined ? null : dayToIso(s.bestFinishDay),
    due: roadmap.due ?? null,
    progress: pr.total,
    expectedProgress: pr.totalExpected,
    schedule: scheduleState(pr.total, pr.totalExpected),
    items: planned,
    itemsById: new ItemsById(s.index, planned),
    criticalPath: s.criticalPath.map((x) => items[x].id),
    overdue,
    late,
    upcoming,
    blocked,
    unscheduled,
    ...risks,
    kpis: roadmap.kpis.map((k) => planKpi(k, asOf, startDay, endOf)),
    budgets: roadmap.budgets.map((b) => planBudget(b, roadmap.currency, spanOf)),
    forecast: options.forecast && s.finishDay !== undefined ? forecastFinish(s.inputs, roadmap.due ?? null, options.forecast) : null,
    diagnostics: s.diagnostics,
    roadmap,
  };
}
