import type { Plan } from "../plan/types.js";
import { WorkCalendar } from "../plan/work-calendar.js";
import { criticalPathChange } from "./critical-path-change.js";
import { diffBudgets } from "./diff-budgets.js";
import { diffItems } from "./diff-items.js";
import { diffKpis } from "./diff-kpis.js";
import { diffRisks } from "./diff-risks.js";
import { newProblems } from "./new-problems.js";
import { summarizePlan } from "./summarize-plan.js";
import type { DiffOptions, PlanDiff } from "./types.js";
import { workdaySlip } from "./workday-slip.js";

/**
 * How the plan moved from `before` to `after` (plan both as of the same
 * date, so only changes of the plan show): the finish and best case, items
 * added, removed, cancelled, renamed, moved, with another status or
 * progress, the critical path, risks, KPIs, budgets, and the errors `after`
 * brings. Slips count workdays of the `after` calendar, positive = later.
 * Pure; the errors compared are the plans' own diagnostics unless
 * `options.diagnostics` gives others (e.g. each version's full lint).
 */
export function diffPlans(before: Plan, after: Plan, options: DiffOptions = {}): PlanDiff {
  const calendar = new WorkCalendar(after.roadmap.calendar);
  const criticalPath = criticalPathChange(before, after);
  const criticalChanged = new Set([...criticalPath.entered, ...criticalPath.left]);
  const diagnostics = options.diagnostics ?? { before: before.diagnostics, after: after.diagnostics };
  return {
    before: summarizePlan(before),
    after: summarizePlan(after),
    finishSlip: workdaySlip(calendar, before.finish, after.finish),
    bestCaseSlip: workdaySlip(calendar, before.bestCaseFinish, after.bestCaseFinish),
    items: diffItems(before.items, after.items, calendar, criticalChanged),
    criticalPath,
    risks: diffRisks(before.risks, after.risks),
    kpis: diffKpis(before.kpis, after.kpis),
    budgets: diffBudgets(before.budgets, after.budgets),
    problems: newProblems(diagnostics.before, diagnostics.after),
  };
}
