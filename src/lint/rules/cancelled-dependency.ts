import type { Rule } from "../rule.js";
import { planDiagnosticFindings } from "./plan-diagnostic-findings.js";

export const cancelledDependency: Rule = {
  id: "cancelled-dependency",
  severity: "warning",
  description: "An `after` on a cancelled item; the dependency is ignored.",
  check: (context) => planDiagnosticFindings(context, "cancelled-dependency"),
};
