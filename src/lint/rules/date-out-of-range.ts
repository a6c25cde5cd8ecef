import type { Rule } from "../rule.js";
import { planDiagnosticFindings } from "./plan-diagnostic-findings.js";

export const dateOutOfRange: Rule = {
  id: "date-out-of-range",
  severity: "error",
  description: "Work planned to end after 9999-12-31 or to start before 0001-01-01; it is shown without dates.",
  check: (context) => planDiagnosticFindings(context, "date-out-of-range"),
};
