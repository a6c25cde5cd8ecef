import type { Rule } from "../rule.js";
import { planDiagnosticFindings } from "./plan-diagnostic-findings.js";

export const missingStart: Rule = {
  id: "missing-start",
  severity: "error",
  description: "Relative spans (`week 3`, `month 2`) or lengths with no roadmap `start` to count from.",
  check: (context) => planDiagnosticFindings(context, "missing-start"),
};
