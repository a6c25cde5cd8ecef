import type { Diagnostic } from "../diagnostics.js";
import type { Forecast } from "./forecast/forecast-finish.js";
import type { Budget, IsoDate, Item, Kpi, Path, Per, Risk, RiskStatus, Roadmap, Status } from "../model.js";

/** How the planned progress compares with the expected progress as of the date. */
export type ScheduleState = "ahead" | "on-track" | "behind";

/**
 * How an item got its dates: `pinned` by `when`, `asap` from its length,
 * children and dependencies, `window` of its nearest scheduled ancestor
 * (rule 4), `unscheduled` (no dates), `cancelled` (not scheduled).
 */
export type Placement = "pinned" | "asap" | "window" | "unscheduled" | "cancelled";

export interface PlannedItem {
  id: string;
  parent: string | null;
  title: string;
  kind: Item["kind"];
  depth: number;
  milestone: boolean;
  /** Status as written, else derived from the children; `cancelled` also when an ancestor is. */
  status: Status;
  placement: Placement;
  /** Planned dates, inclusive; null when unscheduled or cancelled. A milestone has start = end. */
  start: IsoDate | null;
  end: IsoDate | null;
  /** Dates with the lower bounds of ranged lengths. */
  bestStart: IsoDate | null;
  bestEnd: IsoDate | null;
  /** Planned working days from start to end (0 for a milestone, 0 when unscheduled). */
  workdays: number;
  /** Working days the end can slip without moving the finish; null when not scheduled. */
  slack: number | null;
  /** Zero slack. */
  critical: boolean;
  /** 0..1 */
  progress: number;
  /** 0..1, what the planned schedule expects as of the date. */
  expectedProgress: number;
  due: IsoDate | null;
  /** Planned end or `due` before the as-of date, and not done or cancelled. */
  overdue: boolean;
  /** Planned end after `due`. */
  late: boolean;
  /** Not started, starts within the next 14 calendar days. */
  upcoming: boolean;
  blocked: boolean;
  /** The model item. */
  item: Item;
}

export type RiskLevelName = "low" | "medium" | "high" | "critical";

export interface PlannedRisk {
  id: string;
  title: string;
  status: RiskStatus;
  /** Probability level 1-3 (low, medium, high); null when not given. */
  probability: 1 | 2 | 3 | null;
  /** Impact level 1-4 (low, medium, high, critical); null when not given. */
  impact: 1 | 2 | 3 | 4 | null;
  /** probability x impact, 1-12; null without both. */
  score: number | null;
  /** From the score: 1-2 low, 3-4 medium, 6-8 high, 9-12 critical. */
  level: RiskLevelName | null;
  risk: Risk;
}

export interface RiskMatrix {
  probability: ["low", "medium", "high"];
  impact: ["low", "medium", "high", "critical"];
  /** `cells[p - 1][i - 1]`: ids of the scored risks that are not closed, in file order. */
  cells: string[][][];
}

export interface PlannedKpiTarget {
  key: string;
  value: number;
  /** When the target is due: the end of its span, or the planned end of its item; null if unknown. */
  date: IsoDate | null;
}

export interface PlannedKpi {
  id: string;
  title: string;
  unit?: string;
  better: "lower" | "higher";
  baseline: number | null;
  current: number | null;
  /** Keyed targets, ordered by due date (undated last, in file order). */
  targets: PlannedKpiTarget[];
  /** `target`, else the last dated keyed target, else null. */
  final: number | null;
  /** The latest target due on or before the as-of date. */
  due: number | null;
  dueKey: string | null;
  dueDate: IsoDate | null;
  /** The first target due after the as-of date. */
  next: PlannedKpiTarget | null;
  /** Whether `current` meets the due target given `better`; null without either. */
  meets: boolean | null;
  /** Whether `current` meets the final target; null without either. */
  meetsFinal: boolean | null;
  /** 0..1 from baseline to the final target; null without baseline, current and final. */
  progress: number | null;
  kpi: Kpi;
}

/** Money in exact integer cents (bigint); format with `formatCents`. */
export interface MoneyTotals {
  /** Run-rate per month: (monthly items + yearly items / 12), rounded half up to the cent. */
  monthly: bigint;
  /** Run-rate per year: monthly items x 12 + yearly items, exact. */
  yearly: bigint;
  /** Sum of the `once` items. */
  oneOff: bigint;
}

export interface PlannedBudgetCategory extends MoneyTotals {
  /** null for items without a category. */
  category: string | null;
}

/**
 * A declared total; `computed`, the sum of the items with the same `per`;
 * `runRate`, the run-rate for that period (monthly/yearly totals, or the
 * one-off total); it matches when equal to either.
 */
export interface DeclaredTotal {
  per: Per;
  amount: bigint;
  computed: bigint;
  runRate: bigint;
  matches: boolean;
  /** Data path of the `total` entry, for diagnostics. */
  path: Path;
}

export interface PlannedBudget extends MoneyTotals {
  id: string;
  title: string;
  currency: string | null;
  phase: string | null;
  /** Per category, in order of first appearance. */
  categories: PlannedBudgetCategory[];
  /**
   * The declared total; `computed`, the sum of the items with the same `per`;
   * `runRate`, the run-rate for that period (monthly/yearly totals above, or
   * the one-off total); it matches when equal to either.
   */
  declared: DeclaredTotal[];
  /** The phase's scheduled span, when the budget has a scheduled phase. */
  span: { start: IsoDate; end: IsoDate; days: number } | null;
  /** Yearly run-rate x days / 365 (= monthly x days x 12 / 365), rounded half up, plus one-offs. */
  phaseCost: bigint | null;
  budget: Budget;
}

export interface Plan {
  title: string;
  asOf: IsoDate;
  /** The roadmap's `start`, else the earliest planned start. */
  start: IsoDate | null;
  /** Latest planned end. */
  finish: IsoDate | null;
  /** Latest end with the lower bounds of ranged lengths. */
  bestCaseFinish: IsoDate | null;
  /** The roadmap's deadline (`due`), when it has one. */
  due: IsoDate | null;
  progress: number;
  expectedProgress: number;
  schedule: ScheduleState;
  /** Every item in file order. */
  items: PlannedItem[];
  /** First item with each id (ids are unique in a valid roadmap). */
  itemsById: ReadonlyMap<string, PlannedItem>;
  /** Zero-slack items without children, in schedule order, ending on the finish. */
  criticalPath: string[];
  overdue: string[];
  late: string[];
  upcoming: string[];
  blocked: string[];
  unscheduled: string[];
  /** Every risk in file order. */
  risks: PlannedRisk[];
  /** Ids of the open risks by score, highest first (unscored last), then file order. */
  openRisks: string[];
  riskMatrix: RiskMatrix;
  kpis: PlannedKpi[];
  budgets: PlannedBudget[];
  /** The finish forecast, when asked for (`planRoadmap(r, { forecast: {} })`) and anything is scheduled. */
  forecast: Forecast | null;
  /**
   * Problems found while planning: codes `dependency-cycle`, `pin-conflict`,
   * `empty-span`, `cancelled-dependency`, `unscheduled-item`. No file/range:
   * the linter adds them from `path`.
   */
  diagnostics: Diagnostic[];
  roadmap: Roadmap;
}

export type { Forecast, ForecastOptions } from "./forecast/forecast-finish.js";
