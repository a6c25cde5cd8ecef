/**
 * The resolved roadmap model: what `parseRoadmap` returns after YAML parsing,
 * zod validation and id resolution. Every entity carries its data `path` so
 * later checks can point back at the source.
 */

export type Path = (string | number)[];

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type Status = "todo" | "in-progress" | "done" | "blocked" | "cancelled";
export type Priority = "critical" | "high" | "medium" | "low";
export type LengthUnit = "h" | "d" | "w" | "mo" | "q";

/** A length such as `2d`, `1.5w` or the range `2-3w`. `min === max` when it is not a range. */
export interface Length {
  text: string;
  unit: LengthUnit;
  min: number;
  max: number;
}

/**
 * A span of calendar days, inclusive of both ends. Bounds are resolved to
 * dates when they are absolute; relative bounds (`week 3`, `month 2`) need
 * the roadmap's `start` and are resolved by `resolveSpan`.
 */
export type SpanBound =
  | { kind: "date"; date: IsoDate }
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: number }
  | { kind: "year"; year: number }
  | { kind: "week"; n: number }
  | { kind: "rel-month"; n: number };

export interface Span {
  text: string;
  /** Undefined for `{ end }` spans. */
  from?: SpanBound;
  /** Undefined for `{ start }` spans. */
  to?: SpanBound;
}

export interface Check {
  title: string;
  done: boolean;
  /** A heading the entry belongs under ("Technical metrics"). */
  group?: string;
  /** `x-*` keys of a `{ title, done }` entry. */
  extensions?: Record<string, unknown>;
}

export interface Item {
  id: string;
  /** True when the id was written in the file, false when derived from the title. */
  explicitId: boolean;
  title: string;
  /** `phase` for top-level `phases`, `milestone` for top-level `milestones`, else `task`. */
  kind: "phase" | "task" | "milestone";
  parent: string | null;
  depth: number;
  children: string[];
  milestone: boolean;
  /** Status as written; `undefined` when the file says nothing. */
  status?: Status;
  progress?: number;
  priority?: Priority;
  owner?: string[];
  when?: Span;
  duration?: Length;
  due?: IsoDate;
  /** The day the work was finished. */
  completed?: IsoDate;
  after: string[];
  goal?: string;
  deliverables: Check[];
  success: Check[];
  refs: string[];
  notes?: string;
  tags: string[];
  extensions: Record<string, unknown>;
  path: Path;
}

export type RiskLevel = "low" | "medium" | "high" | "critical";
export type RiskStatus = "open" | "mitigated" | "accepted" | "closed" | "occurred";

export interface Risk {
  id: string;
  title: string;
  /** Probability as written: a level or a number 0..1. */
  probability?: "low" | "medium" | "high" | number;
  impact?: RiskLevel;
  mitigation?: string;
  status: RiskStatus;
  owner?: string[];
  affects: string[];
  /** A heading the risk belongs under ("Technical risks"). */
  group?: string;
  notes?: string;
  extensions: Record<string, unknown>;
  path: Path;
}

export interface KpiTarget {
  /** The key as written: a span text or an item id. */
  key: string;
  /** The key parsed as a span, when it is one; otherwise the key is an item id. */
  span?: Span;
  value: number;
}

export interface Kpi {
  id: string;
  title: string;
  unit?: string;
  better: "lower" | "higher";
  baseline?: number;
  current?: number;
  targets: KpiTarget[];
  target?: number;
  /** A heading the KPI belongs under ("Business metrics"). */
  group?: string;
  notes?: string;
  extensions: Record<string, unknown>;
  path: Path;
}

/** Money in integer cents, exact. */
export type Cents = number;
export type Per = "month" | "year" | "once";

export interface BudgetItem {
  title: string;
  category?: string;
  count: number;
  /** Amount per unit, in cents. */
  amount: Cents;
  per: Per;
  notes?: string;
  extensions: Record<string, unknown>;
  path: Path;
}

export interface BudgetTotal {
  per: Per;
  amount: Cents;
  path: Path;
}

export interface Budget {
  id: string;
  title: string;
  currency?: string;
  phase?: string;
  items: BudgetItem[];
  /** Declared totals (`total:` one or a list, e.g. per month and per year); lint checks each against the items. */
  totals: BudgetTotal[];
  notes?: string;
  extensions: Record<string, unknown>;
  path: Path;
}

export interface Section {
  title: string;
  body: string;
  path: Path;
}

export interface Calendar {
  workdays: Weekday[];
  holidays: IsoDate[];
}

export type RuleSetting = "off" | "warn" | "error";

/** Lint settings from a config file or a roadmap's `lint:` key. */
export interface LintSettings {
  asOf?: IsoDate;
  rules: Record<string, RuleSetting>;
}

export interface Roadmap {
  file?: string;
  title: string;
  summary?: string;
  owner?: string[];
  version?: string;
  updated?: IsoDate;
  review?: { every: Length; next?: IsoDate };
  start?: IsoDate;
  /** Deadline of the whole roadmap: not a constraint; lint flags a later planned finish. */
  due?: IsoDate;
  locale: string;
  currency?: string;
  repository?: string;
  calendar: Calendar;
  sequential: boolean;
  deliverables: Check[];
  success: Check[];
  notes?: string;
  /** Every work item (phases, tasks, milestones) in file order, parents before children. */
  items: Item[];
  /** Ids of the top-level phases, in file order. */
  phases: string[];
  /** Ids of the top-level milestones, in file order. */
  milestones: string[];
  risks: Risk[];
  kpis: Kpi[];
  budgets: Budget[];
  sections: Section[];
  /** The roadmap's own lint settings (`lint:`), over those of config files. */
  lint?: LintSettings;
  extensions: Record<string, unknown>;
}
