import { formatCents } from "../plan/money.js";
import type { PlannedBudget } from "../plan/types.js";
import { matchById } from "./match-by-id.js";
import type { BudgetChange, BudgetDiff, BudgetSnapshot } from "./types.js";

function snapshot(b: PlannedBudget): BudgetSnapshot {
  return { title: b.title, currency: b.currency, monthly: formatCents(b.monthly), yearly: formatCents(b.yearly), oneOff: formatCents(b.oneOff) };
}

/** Budgets added, removed, renamed, or whose totals (monthly, yearly, one-off, currency) changed, in the `after` order. */
export function diffBudgets(before: readonly PlannedBudget[], after: readonly PlannedBudget[]): BudgetDiff[] {
  const out: BudgetDiff[] = [];
  for (const pair of matchById(before, after)) {
    const a = pair.before && snapshot(pair.before);
    const b = pair.after && snapshot(pair.after);
    const changes: BudgetChange[] = [];
    if (!a) changes.push("added");
    else if (!b) changes.push("removed");
    else {
      if (a.title !== b.title) changes.push("renamed");
      if (a.monthly !== b.monthly || a.yearly !== b.yearly || a.oneOff !== b.oneOff || a.currency !== b.currency) changes.push("totals");
    }
    if (changes.length > 0) out.push({ id: pair.id, changes, before: a, after: b });
  }
  return out;
}
