import { stat } from "node:fs/promises";
import { relative } from "node:path";
import { Chalk } from "chalk";
import { diffPlans } from "../../compare/diff-plans.js";
import { isUnchanged, type DiffStatus, type RoadmapDiff } from "../../compare/roadmap-diff.js";
import { summarizePlan } from "../../compare/summarize-plan.js";
import { checkRoadmap, effectiveAsOf, type CheckResult } from "../../lint/check-roadmap.js";
import { checkRef } from "../../node/git/check-ref.js";
import { readRoadmapAt } from "../../node/git/read-roadmap-at.js";
import { FILE_ERROR_CODES, loadRoadmap } from "../../node/load-roadmap.js";
import { sanitizeLine } from "../../render/terminal/sanitize-terminal.js";
import { colorLevel } from "../color-level.js";
import type { CliIo } from "../context.js";
import { createConfigFinder } from "../find-lint-config.js";
import { findRoadmaps } from "../find-roadmaps.js";
import { gitOrUsage } from "../git-or-usage.js";
import { parseAsOf } from "../parse-as-of.js";
import { today } from "../today.js";
import { UsageError } from "../usage-error.js";
import { terminalWidth } from "./terminal-width.js";

export interface DiffCommandOptions {
  base?: string;
  format?: "text" | "md" | "json";
  failOnSlip?: string;
  asOf?: string;
  color?: boolean;
  version: string;
}

/** The working tree's side of a comparison. */
const WORKING_TREE = "working tree";

function parseSlip(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--fail-on-slip takes a whole number of workdays (0 or more), not "${sanitizeLine(value)}"`);
  return Number(value);
}

/** The first error of a version that did not plan, as one line. */
function firstError(result: CheckResult): string | null {
  if (result.plan) return null;
  const d = result.diagnostics.find((x) => x.severity === "error");
  return d ? sanitizeLine(d.message) : "the roadmap does not parse";
}

/**
 * `roadmap diff`: each roadmap against its version at `--base` (default
 * HEAD), both planned as of the same date, printed as text, Markdown or
 * JSON. Git problems (a bad or unknown ref, no repository) are exit 2 with
 * one line; exit 1 when a finish slips more than `--fail-on-slip` or a head
 * version does not parse; otherwise 0.
 */
export async function diffCommand(paths: string[], options: DiffCommandOptions, io: CliIo): Promise<number> {
  const ref = options.base ?? "HEAD";
  const failOnSlip = parseSlip(options.failOnSlip);
  const asOfGiven = parseAsOf(options.asOf);
  try {
    checkRef(ref);
  } catch (error) {
    throw new UsageError(`--base: ${(error as Error).message}`);
  }
  const files = await findRoadmaps(paths);
  const findConfig = createConfigFinder((abs) => relative(process.cwd(), abs) || abs);
  const defaultAsOf = today();
  const entries: RoadmapDiff[] = [];
  let headBroken = false;
  for (const file of files) {
    const inTree = (await stat(file).catch(() => undefined)) !== undefined;
    const headRead = await loadRoadmap(file);
    const baseRead = await gitOrUsage(readRoadmapAt(ref, file));
    const headUnreadable = headRead.diagnostics.find((d) => FILE_ERROR_CODES.has(d.code));
    if (headUnreadable && (inTree || baseRead.missing)) {
      // A directory, a file too large, or missing in both places: the CLI's one line.
      throw new UsageError(baseRead.missing && !inTree ? `no such file: ${file} (not in the working tree, nor at ${ref})` : headUnreadable.message);
    }
    const config = await findConfig(file);
    const asOf = effectiveAsOf(headRead.roadmap ?? baseRead.roadmap, { asOf: asOfGiven, defaultAsOf, config: config.settings });
    const check = (parsed: typeof headRead) => checkRoadmap(parsed, { asOf, defaultAsOf, config: config.settings });
    const head = inTree ? check(headRead) : undefined;
    const base = baseRead.missing ? undefined : check(baseRead);
    const status: DiffStatus = !base ? "new" : !head ? "deleted" : "changed";
    const diff = head?.plan && base?.plan ? diffPlans(base.plan, head.plan, { diagnostics: { before: base.diagnostics, after: head.diagnostics } }) : null;
    if (head && !head.plan) headBroken = true;
    entries.push({
      file,
      status: status === "changed" && diff && isUnchanged(diff) ? "unchanged" : status,
      asOf,
      base: { ref, commit: baseRead.commit, summary: base?.plan ? summarizePlan(base.plan) : null, error: base ? firstError(base) : null },
      head: { ref: WORKING_TREE, commit: null, summary: head?.plan ? summarizePlan(head.plan) : null, error: head ? firstError(head) : null },
      diff,
    });
  }

  if (options.format === "json") {
    const { diffToJson } = await import("../../render/diff/diff-json.js");
    io.stdout.write(`${JSON.stringify(entries.map(diffToJson), null, 2)}\n`);
  } else if (options.format === "md") {
    const { renderDiffMarkdown } = await import("../../render/diff/diff-markdown.js");
    io.stdout.write(renderDiffMarkdown(entries, { generator: `roadmap-kit ${options.version}` }));
  } else {
    const { renderDiffText } = await import("../../render/diff/diff-text.js");
    const chalk = new Chalk({ level: colorLevel(io.stdout, options.color ?? io.color) });
    io.stdout.write(renderDiffText(entries, { width: terminalWidth(io.stdout), color: chalk }));
  }

  for (const e of entries) {
    if (e.head.error !== null) io.stderr.write(`roadmap: ${sanitizeLine(e.file)} does not parse: ${e.head.error}\n`);
  }
  const slipped = failOnSlip !== undefined && entries.some((e) => (e.diff?.finishSlip ?? 0) > failOnSlip);
  if (slipped) io.stderr.write(`roadmap: the finish slips by more than ${failOnSlip} ${failOnSlip === 1 ? "workday" : "workdays"}\n`);
  return slipped || headBroken ? 1 : 0;
}
