import type { Rule } from "../rule.js";
import { planDiagnosticFindings } from "./plan-diagnostic-findings.js";

export const pinConflict: Rule = {
  id: "pin-conflict",
  severity: "error",
  description:
    "A pinned item (`when`) that starts before one of its dependencies ends, or work that does not fit in its pin: its own `duration`, or a child outside its parent's pinned dates.",
  check: (context) => planDiagnosticFindings(context, "pin-conflict"),
};
