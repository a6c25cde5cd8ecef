import type { RiskLevelName, ScheduleState } from "../../plan/types.js";
import type { KpiVerdict } from "../../report/kpi-verdict.js";

/** `1 item`, `3 items`. */
function plural(n: number, one: string, other = `${one}s`): string {
  return `${n} ${n === 1 ? one : other}`;
}

/**
 * Every word the terminal reports show, in one place (English for now; the
 * report catalogues replace these lookups). Dates and numbers come formatted
 * in the roadmap's locale.
 */
export const labels = {
  untitled: "Untitled roadmap",
  version: (v: string) => `v${v}`,
  updated: (date: string) => `updated ${date}`,
  asOf: (date: string) => `as of ${date}`,
  more: (n: number) => `… ${n} more`,
  items: (n: number) => plural(n, "item"),
  days: (n: number) => plural(n, "day"),
  roadmaps: (n: number) => plural(n, "roadmap"),

  section: {
    progress: "Progress",
    schedule: "Schedule",
    forecast: "Forecast",
    phases: "Phases",
    overdue: "Overdue",
    blocked: "Blocked",
    upcoming: "Upcoming",
    criticalPath: "Critical path",
    risks: "Risks",
    kpis: "KPIs",
    budget: "Budget",
    portfolio: "Portfolio",
  },

  schedule: { ahead: "ahead", "on-track": "on track", behind: "behind" } satisfies Record<ScheduleState, string>,
  expected: (percent: string) => `expected ${percent}`,
  complete: "complete",
  daysLeft: (n: number) => `${plural(n, "day")} left`,
  finishesToday: "finishes today",
  pastTheFinish: (n: number) => `${plural(n, "day")} past the finish`,
  due: (date: string) => `due ${date}`,
  late: "late",
  withoutDates: (n: number) => `${plural(n, "item")} without dates`,
  noDatesYet: "no dates yet",

  forecastDue: (date: string, chance: string) => `P80 finish ${date} · ${chance} by the due date`,
  forecastNoDue: (p50: string, p80: string, p95: string) => `P50 ${p50} · P80 ${p80} · P95 ${p95}`,

  phaseTag: { now: "now", next: "next", open: "open" },
  unscheduled: "unscheduled",
  blocked: "blocked",
  overdue: "overdue",
  lateForDue: (date: string) => `late for due ${date}`,
  inDays: (n: number) => `in ${plural(n, "day")}`,
  today: "today",
  critical: "critical",

  overdueSince: { due: (date: string) => `due ${date}`, ended: (date: string) => `ended ${date}` },
  daysAgo: (n: number) => `${plural(n, "day")} ago`,
  inside: (n: number) => `+${n}`,
  upcomingNote: (n: number) => `${plural(n, "item")} · next 2 weeks`,
  starts: (date: string) => `starts ${date}`,

  finish: (date: string) => `finish ${date}`,
  bestCase: (date: string) => `best case ${date}`,
  itemsDone: (n: number) => `${plural(n, "item")} done`,

  riskLevel: { critical: "critical", high: "high", medium: "medium", low: "low" } satisfies Record<RiskLevelName, string>,
  unscored: "unscored",
  levelNames: ["", "low", "medium", "high", "critical"],
  topOpenRisks: (shown: number, open: number) => `top ${shown} of ${open} open`,
  openRisks: (n: number) => `${n} open`,

  kpisNote: "current against the target due",
  verdict: { meets: "meets", misses: "misses", "no-value": "no value", "not-due": "not due" } satisfies Record<KpiVerdict, string>,
  by: (date: string) => `by ${date}`,

  budgetNote: "run-rate",
  perMonth: "per month",
  perYear: "per year",
  oneOff: "one-off",
  total: "Total",

  column: { roadmap: "Roadmap", progress: "Progress", schedule: "Schedule", finish: "Finish", risks: "Risks", errors: "Errors", asOf: "As of" },
  noPlan: "no plan",
  withErrors: (n: number) => `${n} with errors`,
  eachAsOfItsOwnDate: "each as of its own date",

  timeline: {
    nothingToDraw: "Nothing to draw: the roadmap has no phases.",
    nothingScheduled: "Nothing is scheduled yet: no phase has dates.",
    tooNarrow: "Too narrow for a chart.",
    cancelled: "cancelled",
    done: "done",
    remaining: "remaining",
    todo: "to do",
    blocked: "blocked",
    milestone: "milestone",
    critical: "critical",
    today: "today",
    todayOffChart: (date: string) => `today ${date} is off the chart`,
  },
};
