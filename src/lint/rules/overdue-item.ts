import type { Rule } from "../rule.js";

/** Overdue items, reported at the most specific level: an item with an overdue child is left to the child. */
export const overdueItem: Rule = {
  id: "overdue-item",
  severity: "warning",
  description: "An item not done whose planned end or `due` date is before the as-of date.",
  check: ({ plan }) => {
    const hasOverdueChild = new Set<string>();
    for (const p of plan.items) if (p.overdue && p.parent !== null) hasOverdueChild.add(p.parent);
    return plan.items
      .filter((p) => p.overdue && !hasOverdueChild.has(p.id))
      .map((p) => {
        const when: string[] = [];
        if (p.end !== null && p.end < plan.asOf) when.push(`planned to end on ${p.end}`);
        if (p.due !== null && p.due < plan.asOf) when.push(`due on ${p.due}`);
        return {
          message: `"${p.id}" is overdue as of ${plan.asOf}: ${when.join(" and ")}, but its status is ${p.status}; expected it done, or a new plan`,
          path: p.item.path,
        };
      });
  },
};
