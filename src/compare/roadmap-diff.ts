import type { IsoDate } from "../model.js";
import type { PlanDiff, PlanSummary } from "./types.js";

/** `changed`, `unchanged`, `new` (missing at the base) or `deleted` (missing at the head). */
export type DiffStatus = "changed" | "unchanged" | "new" | "deleted";

/** One side of a comparison: where it comes from and its plan's headline facts (null when missing or unparsed). */
export interface DiffSide {
  /** The git ref as given (`origin/main`), or `working tree`. */
  ref: string;
  /** The commit the ref names; null for the working tree. */
  commit: string | null;
  summary: PlanSummary | null;
  /** Why there is no summary although the file exists: its first error. */
  error: string | null;
}

/** A roadmap file compared with its version at a git ref, both planned as of `asOf`. */
export interface RoadmapDiff {
  file: string;
  status: DiffStatus;
  asOf: IsoDate;
  base: DiffSide;
  head: DiffSide;
  /** The comparison, when both versions planned. */
  diff: PlanDiff | null;
}

/** Whether a comparison found nothing: the same finish and best case, and no item, risk, KPI, budget or error change. */
export function isUnchanged(diff: PlanDiff): boolean {
  return (
    diff.before.finish === diff.after.finish &&
    diff.before.bestCaseFinish === diff.after.bestCaseFinish &&
    diff.before.due === diff.after.due &&
    diff.before.title === diff.after.title &&
    Math.round(diff.before.progress * 100) === Math.round(diff.after.progress * 100) &&
    diff.items.length === 0 &&
    diff.risks.length === 0 &&
    diff.kpis.length === 0 &&
    diff.budgets.length === 0 &&
    diff.problems.length === 0
  );
}
