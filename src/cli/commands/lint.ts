import { Chalk } from "chalk";
import type { Diagnostic } from "../../diagnostics.js";
import { sortDiagnostics } from "../../diagnostics.js";
import { checkRoadmap } from "../../lint/check-roadmap.js";
import { formatters, type Format } from "../../lint/formatters/formatters.js";
import { rules } from "../../lint/rules.js";
import { FILE_ERROR_CODES, loadRoadmap } from "../../load/load-roadmap.js";
import { colorLevel } from "../color-level.js";
import type { CliIo } from "../context.js";
import { findRoadmaps } from "../find-roadmaps.js";
import { parseAsOf } from "../parse-as-of.js";

export interface LintCommandOptions {
  format: Format;
  quiet?: boolean;
  maxWarnings?: number;
  asOf?: string;
  color?: boolean;
}

/** `roadmap lint`: 0 clean, 1 errors or too many warnings, 2 unreadable files. */
export async function lintCommand(paths: string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  const asOf = parseAsOf(options.asOf);
  const files = await findRoadmaps(paths);
  let all: Diagnostic[] = [];
  for (const file of files) {
    const parsed = await loadRoadmap(file);
    all.push(...checkRoadmap(parsed, { asOf }).diagnostics);
  }
  all = sortDiagnostics(all);
  const errors = all.filter((d) => d.severity === "error");
  const warnings = all.length - errors.length;
  const shown = options.quiet ? errors : all;
  const chalk = new Chalk({ level: colorLevel(io.stdout, options.color ?? io.color) });
  const out = formatters[options.format](shown, { files, rules, color: chalk });
  if (out) io.stdout.write(out);
  if (all.some((d) => FILE_ERROR_CODES.has(d.code))) return 2;
  if (errors.length > 0) return 1;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(`roadmap lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}
