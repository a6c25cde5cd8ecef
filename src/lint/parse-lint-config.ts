import { LineCounter, parseDocument } from "yaml";
import * as z from "zod";
import type { Diagnostic } from "../diagnostics.js";
import { sortDiagnostics } from "../diagnostics.js";
import { createLocator } from "../load/locator.js";
import { yamlErrorsToDiagnostics } from "../load/yaml-errors.js";
import { zodIssuesToDiagnostics } from "../load/zod-issue-to-diagnostics.js";
import type { LintSettings } from "../model.js";
import { lintSettingsFields } from "../schema/lint-settings.js";
import { checkRuleSettings } from "./rule-settings.js";

export const CONFIG_FILE_NAMES = [".roadmaprc.yaml", ".roadmaprc.yml", "roadmap.config.yaml", "roadmap.config.yml"];

const configSchema = z.strictObject({ $schema: z.string().optional(), ...lintSettingsFields });

/** Parses a `.roadmaprc.yaml`: `{ as-of?, rules? }`. Pure; unknown rule ids are errors. */
export function parseLintConfig(text: string, file?: string): { settings?: LintSettings; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter, uniqueKeys: true, prettyErrors: false });
  const locator = createLocator(doc, lineCounter);
  const yamlProblems = yamlErrorsToDiagnostics(doc, text, lineCounter, file).filter((d) => d.severity === "error");
  if (yamlProblems.length) return { diagnostics: yamlProblems };
  const data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const parsed = configSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const keysAt = (path: unknown[]) => (path.length === 0 ? Object.keys(configSchema.shape) : []);
    return { diagnostics: sortDiagnostics(zodIssuesToDiagnostics(parsed.error.issues, locator, file, data, keysAt)) };
  }
  const settings: LintSettings = { asOf: parsed.data["as-of"], rules: parsed.data.rules ?? {} };
  // The rules as written: validation drops a `__proto__` key, which is an unknown rule all the same.
  const written = (data as { rules?: unknown }).rules;
  const diagnostics = checkRuleSettings(settings, [], written).map(
    (p): Diagnostic => ({ code: "unknown-rule", severity: "error", message: p.message, file, path: p.path, range: locator.key(p.path) }),
  );
  return { settings, diagnostics };
}
