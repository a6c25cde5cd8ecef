import { formatCents } from "../plan/money.js";
import type { MoneyTotals, Plan } from "../plan/types.js";

function money(t: MoneyTotals) {
  return { monthly: formatCents(t.monthly), yearly: formatCents(t.yearly), oneOff: formatCents(t.oneOff) };
}

/** Rounds a 0..1 fraction to 4 decimals so the JSON stays readable and stable. */
function fraction(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * The plan as plain JSON data (`roadmap render --format json`, `roadmap
 * status --json`): the stable fields of the CLI spec first, then extras.
 * Dates are ISO, slack is in working days, money is a decimal string.
 * Strings are the roadmap's as written, not cleaned like the text reports
 * (JSON escapes control characters itself): this is data, and whoever shows
 * it cleans it for its output (`sanitizeText`).
 */
export function planToJson(plan: Plan) {
  return {
    title: plan.title,
    asOf: plan.asOf,
    start: plan.start,
    finish: plan.finish,
    bestCaseFinish: plan.bestCaseFinish,
    due: plan.due,
    progress: fraction(plan.progress),
    expectedProgress: fraction(plan.expectedProgress),
    schedule: plan.schedule,
    items: plan.items.map((p) => ({
      id: p.id,
      parent: p.parent,
      title: p.title,
      status: p.status,
      start: p.start,
      end: p.end,
      slack: p.slack,
      critical: p.critical,
      progress: fraction(p.progress),
      overdue: p.overdue,
      kind: p.kind,
      milestone: p.milestone,
      placement: p.placement,
      bestStart: p.bestStart,
      bestEnd: p.bestEnd,
      workdays: p.workdays,
      expectedProgress: fraction(p.expectedProgress),
      due: p.due,
      late: p.late,
      upcoming: p.upcoming,
      blocked: p.blocked,
      owner: p.item.owner ?? null,
      priority: p.item.priority ?? null,
    })),
    criticalPath: plan.criticalPath,
    forecast: plan.forecast && {
      runs: plan.forecast.runs,
      seed: plan.forecast.seed,
      p50: plan.forecast.p50,
      p80: plan.forecast.p80,
      p95: plan.forecast.p95,
      dueProbability: plan.forecast.dueProbability === null ? null : fraction(plan.forecast.dueProbability),
      exact: plan.forecast.exact,
    },
    risks: plan.risks.map((r) => ({
      id: r.id,
      score: r.score,
      title: r.title,
      status: r.status,
      probability: r.probability,
      impact: r.impact,
      level: r.level,
    })),
    kpis: plan.kpis.map((k) => ({
      id: k.id,
      due: k.due,
      meets: k.meets,
      title: k.title,
      unit: k.unit ?? null,
      better: k.better,
      baseline: k.baseline,
      current: k.current,
      dueKey: k.dueKey,
      dueDate: k.dueDate,
      next: k.next,
      final: k.final,
      meetsFinal: k.meetsFinal,
      progress: k.progress === null ? null : fraction(k.progress),
      targets: k.targets,
    })),
    budgets: plan.budgets.map((b) => ({
      id: b.id,
      ...money(b),
      title: b.title,
      currency: b.currency,
      phase: b.phase,
      categories: b.categories.map((c) => ({ category: c.category, ...money(c) })),
      declared: b.declared.map((d) => ({
        per: d.per,
        amount: formatCents(d.amount),
        computed: formatCents(d.computed),
        runRate: formatCents(d.runRate),
        matches: d.matches,
      })),
      span: b.span,
      phaseCost: b.phaseCost === null ? null : formatCents(b.phaseCost),
    })),
    overdue: plan.overdue,
    late: plan.late,
    upcoming: plan.upcoming,
    blocked: plan.blocked,
    unscheduled: plan.unscheduled,
    openRisks: plan.openRisks,
    riskMatrix: plan.riskMatrix,
    diagnostics: plan.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, path: d.path })),
  };
}
