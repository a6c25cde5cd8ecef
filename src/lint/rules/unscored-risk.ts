import type { Rule } from "../rule.js";

export const unscoredRisk: Rule = {
  id: "unscored-risk",
  severity: "warning",
  description: "A risk without `probability` or `impact`, so it has no score.",
  check: ({ plan }) =>
    plan.risks
      .filter((r) => r.probability === null || r.impact === null)
      .map((r) => {
        const missing = [r.probability === null ? "probability" : "", r.impact === null ? "impact" : ""].filter(Boolean).join(" or ");
        return {
          message: `risk "${r.id}" has no ${missing}: expected probability (low, medium, high or 0..1) and impact (low, medium, high, critical) to score it`,
          path: r.risk.path,
        };
      }),
};
