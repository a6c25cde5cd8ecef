import type { Rule } from "../rule.js";
import { planDiagnosticFindings } from "./plan-diagnostic-findings.js";

export const unscheduledItem: Rule = {
  id: "unscheduled-item",
  severity: "warning",
  description: "An item with no dates: no `when`, no `duration`, no scheduled task and no scheduled parent.",
  check: (context) => planDiagnosticFindings(context, "unscheduled-item"),
};
