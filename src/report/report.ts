import type { Diagnostic } from "../diagnostics.js";
import type { IsoDate } from "../model.js";
import type { Forecast, Plan, PlannedItem, PlannedKpi, PlannedRisk, ScheduleState } from "../plan/types.js";
import type { AttentionEntry } from "./attention-list.js";
import type { CurrencyTotals } from "./budget-totals.js";
import type { KpiVerdict } from "./kpi-verdict.js";

/** An overdue entry: since when, and whether its `due` date or its planned end passed first. */
export interface OverdueEntry extends AttentionEntry {
  since: IsoDate;
  reason: "due" | "ended";
}

/**
 * Every fact a report shows, computed once from a plan: Markdown, HTML and
 * the terminal only format it, so they never disagree.
 */
export interface Report {
  plan: Plan;
  title: string;
  asOf: IsoDate;
  /** Work items: items without children that are not cancelled. */
  work: { done: number; total: number };
  progress: number;
  expectedProgress: number;
  /** Progress minus expected, in whole percentage points (as shown). */
  progressDelta: number;
  schedule: ScheduleState;
  start: IsoDate | null;
  finish: IsoDate | null;
  bestCaseFinish: IsoDate | null;
  due: IsoDate | null;
  /** The planned finish is after the roadmap's `due`. */
  finishesLate: boolean;
  forecast: Forecast | null;
  /** Top-level phases running as of the date. */
  current: PlannedItem[];
  /** The next phases to start and the next milestone. */
  next: PlannedItem[];
  /** Earliest first. */
  overdue: OverdueEntry[];
  blocked: AttentionEntry[];
  late: AttentionEntry[];
  /** Earliest start first. */
  upcoming: AttentionEntry[];
  unscheduled: PlannedItem[];
  /** The critical path split into finished and open work, in schedule order. */
  criticalPath: { done: PlannedItem[]; open: PlannedItem[] };
  /** Open risks by score, highest first (unscored last). */
  openRisks: PlannedRisk[];
  kpis: { kpi: PlannedKpi; verdict: KpiVerdict }[];
  /** Budget totals per currency. */
  budgets: CurrencyTotals[];
  /** Problems found while planning. */
  problems: Diagnostic[];
}
