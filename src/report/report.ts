import type { Diagnostic } from "../diagnostics.js";
import type { IsoDate } from "../model.js";
import type { Forecast, Plan, PlannedItem, PlannedKpi, PlannedRisk, RiskLevelName, ScheduleState } from "../plan/types.js";
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
  /**
   * The forecast says more than the planned finish: its P50, P80 and P95 are
   * not all the planned finish (they are without estimate ranges). Reports
   * show the forecast only then. False without a forecast.
   */
  uncertainFinish: boolean;
  /** Top-level phases running as of the date. */
  current: PlannedItem[];
  /** The next phases to start and the next milestone. */
  next: PlannedItem[];
  /** Top-level phases (not milestones) still open, in file order. */
  openPhases: PlannedItem[];
  /** Earliest first. */
  overdue: OverdueEntry[];
  blocked: AttentionEntry[];
  late: AttentionEntry[];
  /** Earliest start first. */
  upcoming: AttentionEntry[];
  /** Items without dates, under the same nesting policy. */
  unscheduled: AttentionEntry[];
  /**
   * The critical path split into finished and open work, in schedule order,
   * and the top-level items (phases, milestones) it runs through, in order.
   */
  criticalPath: { done: PlannedItem[]; open: PlannedItem[]; phases: PlannedItem[] };
  /** Open risks by score, highest first (unscored last). */
  openRisks: PlannedRisk[];
  /** How many open risks each level has (`unscored`: no probability or impact). */
  openRiskLevels: Record<RiskLevelName | "unscored", number>;
  /** Every risk ranked: the open ones as in `openRisks`, then the rest by score, then file order. Reports number risks R1, R2 … in this order. */
  risks: PlannedRisk[];
  kpis: { kpi: PlannedKpi; verdict: KpiVerdict }[];
  /** How many KPIs have each verdict. */
  kpiVerdicts: Record<KpiVerdict, number>;
  /** Budget totals per currency. */
  budgets: CurrencyTotals[];
  /** Problems found while planning. */
  problems: Diagnostic[];
}
