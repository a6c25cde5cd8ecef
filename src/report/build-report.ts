import type { Plan, PlannedItem } from "../plan/types.js";
import { attentionList } from "./attention-list.js";
import { budgetTotals } from "./budget-totals.js";
import { criticalPhases } from "./critical-phases.js";
import { currentPhases, nextItems, openPhases } from "./current-phases.js";
import { isOpen } from "./is-open.js";
import { KpiVerdict, kpiVerdict } from "./kpi-verdict.js";
import { countLevels, rankRisks } from "./rank-risks.js";
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
  const kpis = plan.kpis.map((kpi) => ({ kpi, verdict: kpiVerdict(kpi) }));
  const kpiVerdicts = { [KpiVerdict.Meets]: 0, [KpiVerdict.Misses]: 0, [KpiVerdict.NoValue]: 0, [KpiVerdict.NotDue]: 0 };
  for (const k of kpis) kpiVerdicts[k.verdict]++;
  const openRisks = plan.openRisks.map((id) => plan.risks.find((r) => r.id === id)).filter((r) => r !== undefined);
  const { forecast } = plan;
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
    forecast,
    uncertainFinish: forecast !== null && [forecast.p50, forecast.p80, forecast.p95].some((d) => d !== plan.finish),
    current,
    next: nextItems(plan, current),
    openPhases: openPhases(plan),
    overdue: attentionList(plan, new Set(plan.overdue))
      .map((entry) => ({ ...entry, ...overdueSince(entry.item, plan.asOf) }))
      .sort((a, b) => byDate(a.since, b.since)),
    blocked: attentionList(plan, new Set(plan.blocked)),
    late: attentionList(plan, new Set(plan.late)),
    upcoming: attentionList(plan, new Set(plan.upcoming)).sort((a, b) => byDate(a.item.start!, b.item.start!)),
    unscheduled: attentionList(plan, new Set(plan.unscheduled)),
    criticalPath: {
      done: criticalItems.filter((p) => !isOpen(p)),
      open: criticalItems.filter(isOpen),
      phases: criticalPhases(plan, criticalItems),
    },
    openRisks,
    openRiskLevels: countLevels(openRisks),
    risks: rankRisks(plan.risks, plan.openRisks),
    kpis,
    kpiVerdicts,
    budgets: budgetTotals(plan.budgets),
    problems: plan.diagnostics,
  };
}
