import type { Diagnostic, Severity } from "../diagnostics.js";
import { sortDiagnostics } from "../diagnostics.js";
import type { Locator } from "../load/locator-type.js";
import type { IsoDate, Roadmap } from "../model.js";
import { planRoadmap } from "../plan/plan-roadmap.js";
import type { Plan } from "../plan/types.js";
import type { Rule } from "./rule.js";
import { rules as allRules } from "./rules.js";

export interface LintOptions {
  /** As-of date for date-dependent rules; defaults to the plan's (see `planRoadmap` for its default). */
  asOf?: IsoDate;
  /** Maps data paths to source ranges (from `parseRoadmap`). */
  locator?: Locator;
  /** Severity per rule id; `off` disables a rule. */
  severities?: Record<string, Severity | "off">;
  /** The rules to run; default: all. */
  rules?: Rule[];
}

/** Runs the lint rules over a roadmap and its plan. Pure: no I/O. */
export function lintRoadmap(roadmap: Roadmap, plan?: Plan, options: LintOptions = {}): Diagnostic[] {
  // Without a plan, plan as of `asOf` (planRoadmap's own default without one).
  const thePlan = plan ?? planRoadmap(roadmap, { asOf: options.asOf });
  const asOf = options.asOf ?? thePlan.asOf;
  const out: Diagnostic[] = [];
  for (const rule of options.rules ?? allRules) {
    const configured = options.severities?.[rule.id];
    if (configured === "off") continue;
    for (const finding of rule.check({ roadmap, plan: thePlan, asOf })) {
      out.push({
        code: rule.id,
        severity: configured ?? finding.severity ?? rule.severity,
        message: finding.message,
        file: roadmap.file,
        path: finding.path,
        range: options.locator?.value(finding.path),
      });
    }
  }
  return sortDiagnostics(out);
}
