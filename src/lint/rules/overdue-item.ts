import { attentionList } from "../../report/attention-list.js";
import { isOpen } from "../../report/is-open.js";
import type { Rule } from "../rule.js";

/**
 * Overdue items, summarised as every report lists them: a parent whose open
 * tasks are all overdue is reported once for all of them; otherwise each
 * overdue task is reported.
 */
export const overdueItem: Rule = {
  id: "overdue-item",
  severity: "warning",
  description: "An item not done whose planned end or `due` date is before the as-of date.",
  check: ({ plan }) => {
    const openChildren = new Map<string, number>();
    for (const p of plan.items) if (p.parent !== null && isOpen(p)) openChildren.set(p.parent, (openChildren.get(p.parent) ?? 0) + 1);
    return attentionList(plan, new Set(plan.overdue)).map(({ item: p }) => {
      const when: string[] = [];
      if (p.end !== null && p.end < plan.asOf) when.push(`planned to end on ${p.end}`);
      if (p.due !== null && p.due < plan.asOf) when.push(`due on ${p.due}`);
      const kids = openChildren.get(p.id) ?? 0;
      const tasks = kids > 0 ? ` with ${kids} open task${kids === 1 ? "" : "s"}` : "";
      return {
        message: `"${p.id}" is overdue as of ${plan.asOf}: ${when.join(" and ")}, but its status is ${p.status}${tasks}; expected it done, or a new plan`,
        path: p.item.path,
      };
    });
  },
};
