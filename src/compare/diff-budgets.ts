import { formatCents } from "../plan/money.js";
import type { PlannedBudget } from "../plan/types.js";
import { diffById } from "./diff-by-id.js";
import type { BudgetChange, BudgetDiff, BudgetSnapshot } from "./types.js";

function snapshot(b: PlannedBudget): BudgetSnapshot {
  return { title: b.title, currency: b.currency, monthly: formatCents(b.monthly), yearly: formatCents(b.yearly), oneOff: formatCents(b.oneOff) };
}

/** Budgets added, removed, renamed, or whose totals (monthly, yearly, one-off, currency) changed, in the `after` order. */
export function diffBudgets(before: readonly PlannedBudget[], after: readonly PlannedBudget[]): BudgetDiff[] {
  return diffById(before, after, snapshot, (a, b): BudgetChange[] =>
    a.monthly !== b.monthly || a.yearly !== b.yearly || a.oneOff !== b.oneOff || a.currency !== b.currency ? ["totals"] : [],
  );
}
