import type { ForecastOptions } from "../../plan/types.js";
import { relative } from "node:path";
import type { ChalkInstance } from "chalk";
import type { Diagnostic } from "../../diagnostics.js";
import { checkRoadmap } from "../../lint/check-roadmap.js";
import { stylish } from "../../lint/formatters/stylish.js";
import { FILE_ERROR_CODES, loadRoadmap } from "../../node/load-roadmap.js";
import type { Roadmap } from "../../model.js";
import type { Plan } from "../../plan/types.js";
import { displayWidth } from "../../render/terminal/display-width.js";
import { MIN_TERMINAL_WIDTH } from "../../render/terminal/min-terminal-width.js";
import { sanitizeLine, sanitizeTerminal } from "../../render/terminal/sanitize-terminal.js";
import type { CliIo } from "../context.js";
import { createConfigFinder } from "../find-lint-config.js";
import { today } from "../today.js";

/** A roadmap file as the report commands see it: its plan whenever it parsed, and every diagnostic. */
export interface PlannedFile {
  file: string;
  roadmap?: Roadmap;
  plan?: Plan;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** The file could not be read (missing, a directory, too large): exit 2. */
  unreadable: boolean;
}

/**
 * Loads, plans and lints each file as `roadmap lint` does (same settings,
 * same as-of date: `--as-of`, else the roadmap's or the configuration's
 * `as-of`, else today), so the report and lint agree. A roadmap with errors
 * keeps its plan whenever it parsed.
 */
export async function planRoadmaps(files: string[], asOf: string | undefined, forecast?: ForecastOptions): Promise<PlannedFile[]> {
  const defaultAsOf = today();
  const findConfig = createConfigFinder((abs) => relative(process.cwd(), abs) || abs);
  const reportedConfigs = new Set<string>();
  const out: PlannedFile[] = [];
  for (const file of files) {
    const config = await findConfig(file);
    const configProblems: Diagnostic[] = [];
    if (config.file && !reportedConfigs.has(config.file)) {
      reportedConfigs.add(config.file);
      configProblems.push(...config.diagnostics);
    }
    const checked = checkRoadmap(await loadRoadmap(file), { asOf, defaultAsOf, config: config.settings, forecast });
    const diagnostics = [...configProblems, ...checked.diagnostics];
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    out.push({
      file,
      roadmap: checked.roadmap,
      plan: checked.plan,
      diagnostics,
      errors,
      warnings: diagnostics.length - errors,
      unreadable: checked.diagnostics.some((d) => FILE_ERROR_CODES.has(d.code)),
    });
  }
  return out;
}

/** Diagnostics are printed too: their messages quote the roadmap, so they are sanitised like it. */
function sanitizeDiagnostic(d: Diagnostic): Diagnostic {
  return { ...d, message: sanitizeTerminal(d.message), file: d.file === undefined ? undefined : sanitizeLine(d.file) };
}

/** Words on lines of at most `width` columns (a word longer than that keeps a line of its own). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && displayWidth(lines[last]) + 1 + displayWidth(word) <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The problems after a report: errors in full (stylish), warnings as a count
 * pointing to `roadmap lint`, wrapped to `width` columns when given (the
 * terminal's, as the report above it). Returns the text, empty when there is nothing.
 */
export function problemsText(planned: PlannedFile[], chalk: ChalkInstance, width = Infinity): string {
  // Unreadable files get their one line on stderr instead (reportUnreadable).
  const errors = planned.flatMap((p) => p.diagnostics.filter((d) => d.severity === "error" && !FILE_ERROR_CODES.has(d.code))).map(sanitizeDiagnostic);
  const warnings = planned.reduce((n, p) => n + p.warnings, 0);
  let text = errors.length > 0 ? stylish(errors, { files: planned.map((p) => p.file), rules: [], color: chalk }) : "";
  if (warnings > 0) {
    const line = `⚠ ${warnings} warning${warnings === 1 ? "" : "s"}: run roadmap lint to see ${warnings === 1 ? "it" : "them"}`;
    for (const part of wrapWords(line, Math.max(width, MIN_TERMINAL_WIDTH))) text += `${chalk.yellow(part)}\n`;
  }
  return text;
}

/** The exit code: 2 when a file could not be read, 1 when a roadmap has errors, else 0. */
export function exitCodeOf(planned: PlannedFile[]): number {
  if (planned.some((p) => p.unreadable)) return 2;
  return planned.some((p) => p.errors > 0) ? 1 : 0;
}

/** One line on stderr for each unreadable file (the CLI contract for exit 2). */
export function reportUnreadable(planned: PlannedFile[], io: CliIo): void {
  for (const p of planned) {
    if (!p.unreadable) continue;
    const d = p.diagnostics.find((x) => FILE_ERROR_CODES.has(x.code));
    if (d) io.stderr.write(`roadmap: ${sanitizeLine(d.message)}\n`);
  }
}
