import type { PlannedItem } from "../../plan/types.js";
import type { Rule } from "../rule.js";

/**
 * Overdue items, summarised: a parent whose open tasks are all overdue is
 * reported once for all of them; otherwise each overdue task is reported.
 */
export const overdueItem: Rule = {
  id: "overdue-item",
  severity: "warning",
  description: "An item not done whose planned end or `due` date is before the as-of date.",
  check: ({ plan }) => {
    const children = new Map<string, PlannedItem[]>();
    for (const p of plan.items) if (p.parent !== null) (children.get(p.parent) ?? children.set(p.parent, []).get(p.parent)!).push(p);
    const open = (p: PlannedItem) => p.status !== "done" && p.status !== "cancelled";
    // Wholly overdue: overdue, and so is every open task under it. Children come after parents: go backwards.
    const whole = new Set<string>();
    const anyBelow = new Set<string>();
    for (let i = plan.items.length - 1; i >= 0; i--) {
      const p = plan.items[i];
      const kids = (children.get(p.id) ?? []).filter(open);
      if (p.overdue && kids.every((k) => whole.has(k.id))) whole.add(p.id);
      if (p.parent !== null && (p.overdue || anyBelow.has(p.id))) anyBelow.add(p.parent);
    }
    return plan.items
      .filter((p) => p.overdue && (whole.has(p.id) ? p.parent === null || !whole.has(p.parent) : !anyBelow.has(p.id)))
      .map((p) => {
        const when: string[] = [];
        if (p.end !== null && p.end < plan.asOf) when.push(`planned to end on ${p.end}`);
        if (p.due !== null && p.due < plan.asOf) when.push(`due on ${p.due}`);
        const kids = (children.get(p.id) ?? []).filter(open).length;
        const tasks = kids > 0 ? ` with ${kids} open task${kids === 1 ? "" : "s"}` : "";
        return {
          message: `"${p.id}" is overdue as of ${plan.asOf}: ${when.join(" and ")}, but its status is ${p.status}${tasks}; expected it done, or a new plan`,
          path: p.item.path,
        };
      });
  },
};
