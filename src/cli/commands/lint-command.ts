import { resolve } from "node:path";
import { Chalk } from "chalk";
import { sortDiagnostics } from "../../diagnostics.js";
import { formatters, type Format } from "../../lint/formatters/formatters.js";
import { ruleCatalog } from "../../lint/rule-catalog.js";
import { colorLevel } from "../color-level.js";
import type { CliIo } from "../context.js";
import { findRoadmaps } from "../find-roadmaps.js";
import { parseAsOf } from "../parse-as-of.js";
import { UsageError } from "../usage-error.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { exitCodeOf, planRoadmaps } from "./plan-roadmaps.js";

export interface LintCommandOptions {
  format: Format[];
  output?: string;
  quiet?: boolean;
  maxWarnings?: number;
  asOf?: string;
  color?: boolean;
  version: string;
}

/** `roadmap lint`: 0 clean, 1 errors or too many warnings, 2 unreadable files. */
export async function lintCommand(paths: string[], options: LintCommandOptions, io: CliIo): Promise<number> {
  const files = await findRoadmaps(paths);
  if (options.output !== undefined && files.some((f) => resolve(f) === resolve(options.output!))) {
    throw new UsageError(`refusing to write ${options.output}: it is one of the roadmaps being linted`);
  }
  // One process for every file: each folder's settings are read once.
  const planned = await planRoadmaps(files, parseAsOf(options.asOf));
  const all = sortDiagnostics(planned.flatMap((p) => p.diagnostics));
  const errors = all.filter((d) => d.severity === "error");
  const warnings = all.length - errors.length;
  const shown = options.quiet ? errors : all;

  const formats = options.format.length ? options.format : ["stylish" as const];
  for (const [i, format] of formats.entries()) {
    const toFile = options.output !== undefined && i === formats.length - 1;
    const level = toFile ? 0 : colorLevel(io.stdout, options.color);
    const text = formatters[format](shown, {
      files,
      rules: ruleCatalog,
      color: new Chalk({ level }),
      cwd: process.cwd(),
      toolVersion: options.version,
    });
    if (toFile) await writeFileAtomic(options.output!, text);
    else if (text) io.stdout.write(text);
  }

  const code = exitCodeOf(planned);
  if (code !== 0) return code;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr.write(`roadmap lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** `roadmap lint --list-rules`: every rule with its default severity and description. */
export function listRules(io: CliIo): number {
  const width = Math.max(...ruleCatalog.map((r) => r.id.length));
  const lines = ruleCatalog.map(
    (r) =>
      `${r.id.padEnd(width)}  ${(r.severity === "error" ? "error" : "warn").padEnd(5)}  ${r.stage === "plan" ? "configurable" : "always     "}  ${r.description}`,
  );
  io.stdout.write(`${"rule".padEnd(width)}  level  setting       description\n${lines.join("\n")}\n`);
  return 0;
}
