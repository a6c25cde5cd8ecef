import type { Diagnostic } from "../diagnostics.js";
import type { IsoDate, RiskStatus, Roadmap, Status } from "../model.js";
import type { Plan, RiskLevelName } from "../plan/types.js";

/** The headline facts of one version of a plan: the plan's own, and its item counts. */
export interface PlanSummary
  extends Pick<Plan, "title" | "asOf" | "start" | "finish" | "bestCaseFinish" | "due" | "progress" | "expectedProgress" | "schedule"> {
  /** Work items, cancelled ones included. */
  items: number;
  /** Items whose status is done. */
  done: number;
}

/**
 * What changed about one item (matched by id): `added` or `removed`;
 * `cancelled` (it was not before); `renamed` (same id, another title);
 * `moved` (planned start or end); `status`; `progress` (by a whole
 * percentage point or more); `critical` (entered or left the critical path).
 */
export type ItemChange = "added" | "removed" | "cancelled" | "renamed" | "moved" | "status" | "progress" | "critical";

/** An item as one version plans it. */
export interface ItemSnapshot {
  title: string;
  parent: string | null;
  milestone: boolean;
  start: IsoDate | null;
  end: IsoDate | null;
  status: Status;
  /** 0..1 */
  progress: number;
  critical: boolean;
}

export interface ItemDiff {
  id: string;
  changes: ItemChange[];
  /** Workdays the planned start moved (positive = later); null unless both versions schedule the item. */
  startSlip: number | null;
  /** Workdays the planned end moved (positive = later); null unless both versions schedule the item. */
  endSlip: number | null;
  /** Absent for an added item. */
  before?: ItemSnapshot;
  /** Absent for a removed item. */
  after?: ItemSnapshot;
}

export type RiskChange = "added" | "removed" | "renamed" | "rescored" | "status";

export interface RiskSnapshot {
  title: string;
  status: RiskStatus;
  probability: 1 | 2 | 3 | null;
  impact: 1 | 2 | 3 | 4 | null;
  score: number | null;
  level: RiskLevelName | null;
}

export interface RiskDiff {
  id: string;
  changes: RiskChange[];
  before?: RiskSnapshot;
  after?: RiskSnapshot;
}

export type KpiChange = "added" | "removed" | "renamed" | "current" | "baseline" | "targets";

export interface KpiSnapshot {
  title: string;
  unit: string | null;
  baseline: number | null;
  current: number | null;
  /** The target due as of the date. */
  due: number | null;
  /** The final target. */
  final: number | null;
  /** Keyed targets as `key: value`, in the plan's order. */
  targets: { key: string; value: number }[];
  meets: boolean | null;
}

export interface KpiDiff {
  id: string;
  changes: KpiChange[];
  before?: KpiSnapshot;
  after?: KpiSnapshot;
}

export type BudgetChange = "added" | "removed" | "renamed" | "totals";

/** Budget totals as decimal strings (`"12000.00"`), exact. */
export interface BudgetSnapshot {
  title: string;
  currency: string | null;
  monthly: string;
  yearly: string;
  oneOff: string;
}

export interface BudgetDiff {
  id: string;
  changes: BudgetChange[];
  before?: BudgetSnapshot;
  after?: BudgetSnapshot;
}

/**
 * How a plan changed from `before` to `after`, both planned as of the same
 * date. Slips count workdays of the `after` version's calendar; positive
 * is later.
 */
export interface PlanDiff {
  before: PlanSummary;
  after: PlanSummary;
  /** Workdays the planned finish moved; null when either version has no finish. */
  finishSlip: number | null;
  /** Workdays the best-case finish moved; null when either version has none. */
  bestCaseSlip: number | null;
  /**
   * Items with a change: the moved ones by slip, latest first (end slip,
   * then start slip), then the others in the `after` file order, then the
   * removed ones in the `before` file order.
   */
  items: ItemDiff[];
  /** Ids that entered or left the critical path, in schedule order. */
  criticalPath: { entered: string[]; left: string[] };
  risks: RiskDiff[];
  kpis: KpiDiff[];
  budgets: BudgetDiff[];
  /** Errors of `after` that `before` did not have (by rule and message, item positions aside). */
  problems: Diagnostic[];
}

/** Diagnostics to compare instead of the plans' own (e.g. the full lint of each version). */
export interface DiffOptions {
  diagnostics?: { before: Diagnostic[]; after: Diagnostic[] };
}

/** One committed version of a roadmap, as `planHistory` takes it. */
export interface HistoryInput {
  /** Commit id. */
  commit: string;
  /** The commit date: the version is planned as of this day. */
  date: IsoDate;
  /** The commit's subject line. */
  subject?: string;
  /** The parsed roadmap; absent when the version does not parse. */
  roadmap?: Roadmap;
  /** Why the version has no roadmap (its first error). */
  error?: string;
}

/** One version in a history, with the headline facts of its plan (null fields when it does not parse). */
export interface HistoryVersion {
  commit: string;
  date: IsoDate;
  subject: string | null;
  finish: IsoDate | null;
  bestCaseFinish: IsoDate | null;
  due: IsoDate | null;
  progress: number | null;
  expectedProgress: number | null;
  items: number | null;
  done: number | null;
  /** Set when the version does not parse. */
  error?: string;
}

/** The planned date of a milestone or top-level phase in one version (null when absent or unscheduled). */
export interface MilestonePoint {
  commit: string;
  date: IsoDate;
  planned: IsoDate | null;
}

export interface MilestoneTrend {
  id: string;
  /** The title in the latest version that has the item. */
  title: string;
  kind: "milestone" | "phase";
  /** One point per parsed version, oldest first. */
  dates: MilestonePoint[];
  /** Workdays from its first planned date to its last (latest calendar); null without two dates. */
  slip: number | null;
}

/** How a roadmap's plan moved over its committed versions, oldest first. */
export interface History {
  title: string | null;
  versions: HistoryVersion[];
  milestones: MilestoneTrend[];
  /** Workdays the finish moved from the first parsed version to the last (latest calendar). */
  finishSlip: number | null;
}
