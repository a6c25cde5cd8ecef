import type { Plan, PlannedItem } from "../plan/types.js";
import { attentionList } from "./attention-list.js";
import { budgetTotals } from "./budget-totals.js";
import { currentPhases, nextItems } from "./current-phases.js";
import { kpiVerdict } from "./kpi-verdict.js";
import type { OverdueEntry, Report } from "./report.js";

const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Since when an overdue item is overdue: its `due` date when that passed first, else its planned end. */
function overdueSince(item: PlannedItem, asOf: string): Pick<OverdueEntry, "since" | "reason"> {
  const dueFirst = item.due !== null && item.due < asOf && (item.end === null || item.due <= item.end);
  return dueFirst ? { since: item.due!, reason: "due" } : { since: item.end ?? item.due!, reason: "ended" };
}

/** Builds the report model of a plan: every fact the reports show, computed once. Pure. */
export function buildReport(plan: Plan): Report {
  const hasChildren = new Set(plan.items.map((p) => p.parent));
  const work = plan.items.filter((p) => !hasChildren.has(p.id) && p.status !== "cancelled");
  const current = currentPhases(plan);
  const criticalItems = plan.criticalPath.map((id) => plan.itemsById.get(id)).filter((p): p is PlannedItem => p !== undefined);
  const finished = (p: PlannedItem) => p.status === "done" || p.status === "cancelled";
  return {
    plan,
    title: plan.title,
    asOf: plan.asOf,
    work: { done: work.filter((p) => p.status === "done").length, total: work.length },
    progress: plan.progress,
    expectedProgress: plan.expectedProgress,
    progressDelta: Math.round(plan.progress * 100) - Math.round(plan.expectedProgress * 100),
    schedule: plan.schedule,
    start: plan.start,
    finish: plan.finish,
    bestCaseFinish: plan.bestCaseFinish,
    due: plan.due,
    finishesLate: plan.due !== null && plan.finish !== null && plan.finish > plan.due,
    forecast: plan.forecast,
    current,
    next: nextItems(plan, current),
    overdue: attentionList(plan, new Set(plan.overdue))
      .map((entry) => ({ ...entry, ...overdueSince(entry.item, plan.asOf) }))
      .sort((a, b) => byDate(a.since, b.since)),
    blocked: attentionList(plan, new Set(plan.blocked)),
    late: attentionList(plan, new Set(plan.late)),
    upcoming: attentionList(plan, new Set(plan.upcoming)).sort((a, b) => byDate(a.item.start!, b.item.start!)),
    unscheduled: plan.unscheduled.map((id) => plan.itemsById.get(id)).filter((p): p is PlannedItem => p !== undefined),
    criticalPath: { done: criticalItems.filter(finished), open: criticalItems.filter((p) => !finished(p)) },
    openRisks: plan.openRisks.map((id) => plan.risks.find((r) => r.id === id)).filter((r) => r !== undefined),
    kpis: plan.kpis.map((kpi) => ({ kpi, verdict: kpiVerdict(kpi) })),
    budgets: budgetTotals(plan.budgets),
    problems: plan.diagnostics,
  };
}
