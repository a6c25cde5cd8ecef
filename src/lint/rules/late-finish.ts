import type { Rule } from "../rule.js";

export const lateFinish: Rule = {
  id: "late-finish",
  severity: "warning",
  description: "The roadmap's planned finish is after its top-level `due` date.",
  check: ({ plan }) =>
    plan.due !== null && plan.finish !== null && plan.finish > plan.due
      ? [
          {
            message: `the roadmap is planned to finish on ${plan.finish}, after its due date ${plan.due}: expected to finish on or before ${plan.due}`,
            path: ["due"],
          },
        ]
      : [],
};
