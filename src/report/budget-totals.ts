import type { PlannedBudget } from "../plan/types.js";

/** Run-rate and one-off totals of all budgets in one currency. */
export interface CurrencyTotals {
  /** The currency code, or null when neither the budget nor the roadmap names one. */
  currency: string | null;
  monthly: bigint;
  yearly: bigint;
  oneOff: bigint;
  /** How many budgets are in this currency. */
  budgets: number;
  /** The budgets in this currency, in file order. */
  members: PlannedBudget[];
}

/** Totals per currency, in order of first appearance. */
export function budgetTotals(budgets: PlannedBudget[]): CurrencyTotals[] {
  const byCurrency = new Map<string | null, CurrencyTotals>();
  for (const b of budgets) {
    const totals = byCurrency.get(b.currency) ?? { currency: b.currency, monthly: 0n, yearly: 0n, oneOff: 0n, budgets: 0, members: [] };
    totals.monthly += b.monthly;
    totals.yearly += b.yearly;
    totals.oneOff += b.oneOff;
    totals.budgets++;
    totals.members.push(b);
    byCurrency.set(b.currency, totals);
  }
  return [...byCurrency.values()];
}
