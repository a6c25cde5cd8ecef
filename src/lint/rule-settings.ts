import type { Severity } from "../diagnostics.js";
import { formatPath } from "../diagnostics.js";
import type { LintSettings, Path } from "../model.js";
import { didYouMean } from "../suggest.js";
import { configurableRuleIds, ruleCatalog } from "./rule-catalog.js";

export interface SettingsProblem {
  message: string;
  /** Path of the offending rule key. */
  path: Path;
}

/**
 * Rule ids in settings that name no configurable rule. `written` is the
 * `rules` mapping as read, before validation: validation drops a `__proto__`
 * key (it could replace the prototype of the object it writes to), which
 * must still be reported. Without it, the keys of `settings.rules` are checked.
 */
export function checkRuleSettings(settings: LintSettings | undefined, base: Path, written: unknown = settings?.rules): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const ids = written !== null && typeof written === "object" && !Array.isArray(written) ? Object.keys(written) : [];
  for (const id of ids) {
    const path = [...base, "rules", id];
    if (configurableRuleIds.has(id)) continue;
    const known = ruleCatalog.find((r) => r.id === id);
    const message = known
      ? `${formatPath(path)}: rule "${id}" reports ${known.stage === "file" ? "unreadable files" : "invalid YAML or format"} and is always an error; it cannot be configured`
      : `${formatPath(path)}: unknown rule "${id}"${didYouMean(id, configurableRuleIds)}`;
    problems.push({ message, path });
  }
  return problems;
}

/** Severity per rule from settings, later ones winning; `warn` is a warning. */
export function severitiesFrom(...layers: (LintSettings | undefined)[]): Record<string, Severity | "off"> {
  const out: Record<string, Severity | "off"> = {};
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer?.rules ?? {})) {
      if (configurableRuleIds.has(id)) out[id] = setting === "warn" ? "warning" : setting;
    }
  }
  return out;
}
