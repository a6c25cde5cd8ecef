import type { Rule } from "../rule.js";
import { planDiagnosticFindings } from "./plan-diagnostic-findings.js";

export const emptySpan: Rule = {
  id: "empty-span",
  severity: "error",
  description: "A `when` span with no working day in it (milestones excepted).",
  check: (context) => planDiagnosticFindings(context, "empty-span"),
};
