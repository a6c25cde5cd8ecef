import type { Rule } from "../rule.js";
import { budgetTotalMismatch } from "./budget-total-mismatch.js";
import { cancelledDependency } from "./cancelled-dependency.js";
import { dateOutOfRange } from "./date-out-of-range.js";
import { dependencyCycle } from "./dependency-cycle.js";
import { doneBeforeDependency } from "./done-before-dependency.js";
import { doneParentOpenChildren } from "./done-parent-open-children.js";
import { emptySpan } from "./empty-span.js";
import { kpiTargetDirection } from "./kpi-target-direction.js";
import { lateFinish } from "./late-finish.js";
import { lateItem } from "./late-item.js";
import { missingStart } from "./missing-start.js";
import { overdueItem } from "./overdue-item.js";
import { pinConflict } from "./pin-conflict.js";
import { staleReview } from "./stale-review.js";
import { unscheduledItem } from "./unscheduled-item.js";
import { unscoredRisk } from "./unscored-risk.js";

/** The lint rules that need the plan. */
export const planRules: Rule[] = [
  dependencyCycle,
  pinConflict,
  emptySpan,
  dateOutOfRange,
  missingStart,
  cancelledDependency,
  unscheduledItem,
  overdueItem,
  lateItem,
  lateFinish,
  doneParentOpenChildren,
  doneBeforeDependency,
  budgetTotalMismatch,
  kpiTargetDirection,
  staleReview,
  unscoredRisk,
];
