import type { Calendar, IsoDate } from "../model.js";
import { planRoadmap } from "../plan/plan-roadmap.js";
import { WorkCalendar } from "../plan/work-calendar.js";
import { milestoneTrend, trendPoint, type TrendPoint } from "./milestone-trend.js";
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
 * error and no figures. Pure. Takes any iterable and keeps only each
 * version's figures, so a lazy source (`readRoadmapHistory`) never holds
 * more than one plan at a time.
 */
export function planHistory(versions: Iterable<HistoryInput>): History {
  const rows: HistoryVersion[] = [];
  const points: TrendPoint[] = [];
  let title: string | null = null;
  let calendar: Calendar | null = null;
  let firstFinish: IsoDate | null | undefined;
  let lastFinish: IsoDate | null = null;
  for (const v of versions) {
    const base = { commit: v.commit, date: v.date, subject: v.subject ?? null };
    if (!v.roadmap) {
      rows.push({
        ...base,
        finish: null,
        bestCaseFinish: null,
        due: null,
        progress: null,
        expectedProgress: null,
        items: null,
        done: null,
        error: v.error ?? "the roadmap does not parse",
      });
      continue;
    }
    const plan = planRoadmap(v.roadmap, { asOf: v.date });
    const s = summarizePlan(plan);
    rows.push({
      ...base,
      finish: s.finish,
      bestCaseFinish: s.bestCaseFinish,
      due: s.due,
      progress: s.progress,
      expectedProgress: s.expectedProgress,
      items: s.items,
      done: s.done,
    });
    points.push(trendPoint(v.commit, v.date, plan));
    title = plan.title;
    calendar = plan.roadmap.calendar;
    if (firstFinish === undefined) firstFinish = plan.finish;
    lastFinish = plan.finish;
  }
  if (calendar === null) return { title: null, versions: rows, milestones: [], finishSlip: null };
  const latest = new WorkCalendar(calendar);
  return {
    title,
    versions: rows,
    milestones: milestoneTrend(points, latest),
    finishSlip: workdaySlip(latest, firstFinish ?? null, lastFinish),
  };
}
