import { formatCents } from "../../plan/money.js";
import type { Rule } from "../rule.js";

const PERIOD = { month: "per month", year: "per year", once: "one-off" } as const;

export const budgetTotalMismatch: Rule = {
  id: "budget-total-mismatch",
  severity: "error",
  description: "A budget whose declared `total` differs from the sum of its items.",
  check: ({ plan }) =>
    plan.budgets.flatMap((b) =>
      b.declared
        .filter((d) => !d.matches)
        .map((d) => {
          const cur = b.currency ? ` ${b.currency}` : "";
          const runRate =
            d.runRate !== d.computed ? ` (or ${formatCents(d.runRate)}${cur} counting ${d.per === "month" ? "yearly items / 12" : "monthly items x 12"})` : "";
          return {
            message: `budget "${b.id}": declared total ${formatCents(d.amount)}${cur} ${PERIOD[d.per]}, but the ${d.per === "once" ? "one-off" : `per-${d.per}`} items sum to ${formatCents(d.computed)}${cur}${runRate}: expected the total to equal the sum`,
            path: d.path,
          };
        }),
    ),
};
