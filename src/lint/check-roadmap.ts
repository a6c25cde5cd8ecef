import type { Diagnostic } from "../diagnostics.js";
import { sortDiagnostics } from "../diagnostics.js";
import type { ParseResult } from "../load/parse-roadmap.js";
import type { IsoDate, Roadmap } from "../model.js";
import { planRoadmap } from "../plan/plan-roadmap.js";
import type { Plan } from "../plan/types.js";
import { lintRoadmap, type LintOptions } from "./lint-roadmap.js";

export interface CheckResult {
  roadmap?: Roadmap;
  plan?: Plan;
  /** Parse, validation and lint diagnostics, sorted. */
  diagnostics: Diagnostic[];
}

/** Plans and lints a parsed roadmap, keeping the parse diagnostics. */
export function checkRoadmap(parsed: ParseResult, options: { asOf: IsoDate } & Omit<LintOptions, "asOf" | "locator">): CheckResult {
  if (!parsed.roadmap) return { diagnostics: parsed.diagnostics };
  const plan = planRoadmap(parsed.roadmap, { asOf: options.asOf });
  const lint = lintRoadmap(parsed.roadmap, plan, { ...options, locator: parsed.locator });
  return { roadmap: parsed.roadmap, plan, diagnostics: sortDiagnostics([...parsed.diagnostics, ...lint]) };
}
