import type { Severity } from "../diagnostics.js";
import type { IsoDate, Path, Roadmap } from "../model.js";
import type { Plan } from "../plan/types.js";

export interface RuleContext {
  roadmap: Roadmap;
  /** The plan of the roadmap as of `asOf`. */
  plan: Plan;
  asOf: IsoDate;
}

/** One problem a rule found; the linter adds code, severity, file and range. */
export interface Finding {
  message: string;
  path: Path;
  /** Overrides the rule's severity for this finding. */
  severity?: Severity;
}

export interface Rule {
  /** Rule id; also the file name under src/lint/rules/. */
  id: string;
  severity: Severity;
  /** One line: what the rule reports. */
  description: string;
  check(context: RuleContext): Finding[];
}
