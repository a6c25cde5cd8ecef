import type { Diagnostic } from "../diagnostics.js";
import { sortDiagnostics } from "../diagnostics.js";
import type { ParseResult } from "../load/parse-roadmap.js";
import type { IsoDate, LintSettings, Roadmap } from "../model.js";
import { planRoadmap } from "../plan/plan-roadmap.js";
import type { ForecastOptions, Plan } from "../plan/types.js";
import { lintRoadmap, type LintOptions } from "./lint-roadmap.js";
import { checkRuleSettings, severitiesFrom } from "./rule-settings.js";

export interface CheckResult {
  roadmap?: Roadmap;
  plan?: Plan;
  /** Parse, validation and lint diagnostics, sorted. */
  diagnostics: Diagnostic[];
}

export interface CheckOptions extends Omit<LintOptions, "asOf" | "locator" | "severities"> {
  /** The as-of date given explicitly (`--as-of`); wins over every setting. */
  asOf?: IsoDate;
  /** The date used when neither `asOf` nor a setting gives one (the CLI passes today). */
  defaultAsOf: IsoDate;
  /** Compute the finish forecast into the plan (reports ask for it; lint does not). */
  forecast?: ForecastOptions;
  /** Settings from a configuration file; the roadmap's own `lint:` key wins over them. */
  config?: LintSettings;
}

/** The as-of date: explicit, else the roadmap's `lint.as-of`, else the config's, else the default. */
export function effectiveAsOf(roadmap: Roadmap | undefined, options: Pick<CheckOptions, "asOf" | "defaultAsOf" | "config">): IsoDate {
  return options.asOf ?? roadmap?.lint?.asOf ?? options.config?.asOf ?? options.defaultAsOf;
}

/** Plans and lints a parsed roadmap with its settings, keeping the parse diagnostics. */
export function checkRoadmap(parsed: ParseResult, options: CheckOptions): CheckResult {
  const { roadmap, locator } = parsed;
  if (!roadmap) return { diagnostics: parsed.diagnostics };
  const asOf = effectiveAsOf(roadmap, options);
  const plan = planRoadmap(roadmap, { asOf, forecast: options.forecast });
  const severities = severitiesFrom(options.config, roadmap.lint);
  const lint = lintRoadmap(roadmap, plan, { rules: options.rules, asOf, locator, severities });
  const settings = checkRuleSettings(roadmap.lint, ["lint"]).map(
    (p): Diagnostic => ({ code: "unknown-rule", severity: "error", message: p.message, file: roadmap.file, path: p.path, range: locator?.key(p.path) }),
  );
  return { roadmap, plan, diagnostics: sortDiagnostics([...parsed.diagnostics, ...settings, ...lint]) };
}
