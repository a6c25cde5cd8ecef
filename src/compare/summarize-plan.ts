import type { Plan } from "../plan/types.js";
import type { PlanSummary } from "./types.js";

/** The headline facts of a plan: dates, progress, and how many items there are and are done. */
export function summarizePlan(plan: Plan): PlanSummary {
  let done = 0;
  for (const item of plan.items) if (item.status === "done") done++;
  return {
    title: plan.title,
    asOf: plan.asOf,
    start: plan.start,
    finish: plan.finish,
    bestCaseFinish: plan.bestCaseFinish,
    due: plan.due,
    progress: plan.progress,
    expectedProgress: plan.expectedProgress,
    schedule: plan.schedule,
    items: plan.items.length,
    done,
  };
}
