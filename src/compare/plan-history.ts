import { planRoadmap } from "../plan/plan-roadmap.js";
import { WorkCalendar } from "../plan/work-calendar.js";
import { milestoneTrend, type PlannedVersion } from "./milestone-trend.js";
import { summarizePlan } from "./summarize-plan.js";
import type { History, HistoryInput, HistoryVersion } from "./types.js";
import { workdaySlip } from "./workday-slip.js";

/**
 * How a roadmap's plan moved over its versions (given oldest first): each
 * version planned as of its own date, with its finish, best case, progress
 * against expected and scope; the milestone trend (the planned date of each
 * milestone and top-level phase in each version); and how far the finish
 * moved from the first version to the last, in workdays of the latest
 * calendar. A version without a roadmap (it did not parse) is kept with its
 * error and no figures. Pure.
 */
export function planHistory(versions: readonly HistoryInput[]): History {
  const planned: PlannedVersion[] = [];
  const rows: HistoryVersion[] = versions.map((v) => {
    const base = { commit: v.commit, date: v.date, subject: v.subject ?? null };
    if (!v.roadmap) {
      return {
        ...base,
        finish: null, bestCaseFinish: null, due: null, progress: null, expectedProgress: null, items: null, done: null,
        error: v.error ?? "the roadmap does not parse",
      };
    }
    const plan = planRoadmap(v.roadmap, { asOf: v.date });
    planned.push({ commit: v.commit, date: v.date, plan });
    const s = summarizePlan(plan);
    return {
      ...base,
      finish: s.finish,
      bestCaseFinish: s.bestCaseFinish,
      due: s.due,
      progress: s.progress,
      expectedProgress: s.expectedProgress,
      items: s.items,
      done: s.done,
    };
  });
  const latest = planned[planned.length - 1];
  if (!latest) return { title: null, versions: rows, milestones: [], finishSlip: null };
  const calendar = new WorkCalendar(latest.plan.roadmap.calendar);
  return {
    title: latest.plan.title,
    versions: rows,
    milestones: milestoneTrend(planned, calendar),
    finishSlip: workdaySlip(calendar, planned[0].plan.finish, latest.plan.finish),
  };
}
