import type { Finding, RuleContext } from "../rule.js";

/** The planner's own diagnostics with one code, as lint findings. */
export function planDiagnosticFindings(context: RuleContext, code: string): Finding[] {
  return context.plan.diagnostics.filter((d) => d.code === code).map((d) => ({ message: d.message, path: d.path, severity: d.severity }));
}
