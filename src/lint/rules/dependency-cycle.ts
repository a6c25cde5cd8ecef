import type { Rule } from "../rule.js";
import { planDiagnosticFindings } from "./plan-diagnostic-findings.js";

export const dependencyCycle: Rule = {
  id: "dependency-cycle",
  severity: "error",
  description: "Items that wait for themselves through `after`, sequential phases or a parent waiting for its own child; names the full cycle.",
  check: (context) => planDiagnosticFindings(context, "dependency-cycle"),
};
