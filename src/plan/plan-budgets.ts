import type { Budget } from "../model.js";
import { dayToIso, type DayNumber } from "./day-number.js";
import { divRoundHalfUp, lineCents, toCents } from "./money.js";
import type { MoneyTotals, PlannedBudget, PlannedBudgetCategory } from "./types.js";

interface Sums {
  month: bigint;
  year: bigint;
  once: bigint;
}

function totals(s: Sums): MoneyTotals {
  const yearly = s.month * 12n + s.year;
  return { monthly: divRoundHalfUp(yearly, 12n), yearly, oneOff: s.once };
}

/**
 * Run-rate totals of a budget (1 year = 12 months, `once` items apart), per
 * category, the declared-total check and the cost over the phase's span.
 * Exact: integer cents as bigint, rounded half up only where divided.
 */
export function planBudget(
  budget: Budget,
  currency: string | undefined,
  phaseSpan: (id: string) => { start: DayNumber; end: DayNumber } | undefined,
): PlannedBudget {
  const all: Sums = { month: 0n, year: 0n, once: 0n };
  const byCategory = new Map<string | null, Sums>();
  for (const item of budget.items) {
    const line = lineCents(item.count, item.amount);
    const key = item.category ?? null;
    let cat = byCategory.get(key);
    if (!cat) byCategory.set(key, (cat = { month: 0n, year: 0n, once: 0n }));
    all[item.per] += line;
    cat[item.per] += line;
  }
  const sum = totals(all);
  const categories: PlannedBudgetCategory[] = [...byCategory].map(([category, s]) => ({ category, ...totals(s) }));

  const declared = budget.totals.map(({ per, amount: cents, path }) => {
    const amount = toCents(cents);
    // The run-rate total for the period, and the plain sum of the items with that `per`.
    const runRate = per === "month" ? sum.monthly : per === "year" ? sum.yearly : sum.oneOff;
    const samePer = all[per];
    return { per, amount, computed: samePer, runRate, matches: amount === runRate || amount === samePer, path };
  });

  let span: PlannedBudget["span"] = null;
  let phaseCost: bigint | null = null;
  const s = budget.phase !== undefined ? phaseSpan(budget.phase) : undefined;
  if (s) {
    const days = s.end - s.start + 1;
    span = { start: dayToIso(s.start), end: dayToIso(s.end), days };
    phaseCost = divRoundHalfUp(sum.yearly * BigInt(days), 365n) + sum.oneOff;
  }
  return {
    id: budget.id,
    title: budget.title,
    currency: budget.currency ?? currency ?? null,
    phase: budget.phase ?? null,
    ...sum,
    categories,
    declared,
    span,
    phaseCost,
    budget,
  };
}
