import type { Rule } from "../rule.js";

export const lateItem: Rule = {
  id: "late-item",
  severity: "warning",
  description: "An item whose planned end is after its `due` date.",
  check: ({ plan }) =>
    plan.items
      .filter((p) => p.late)
      .map((p) => ({
        message: `"${p.id}" is planned to end on ${p.end}, after its due date ${p.due}: expected to end on or before ${p.due}`,
        path: [...p.item.path, "due"],
      })),
};
