import { Chalk } from "chalk";
import { planHistory } from "../../compare/plan-history.js";
import { readRoadmapHistory } from "../../node/git/read-roadmap-history.js";
import { sanitizeLine } from "../../render/terminal/sanitize-terminal.js";
import { dateError } from "../../schema/parse-date.js";
import { colorLevel } from "../color-level.js";
import type { CliIo } from "../context.js";
import { findRoadmaps } from "../find-roadmaps.js";
import { gitOrUsage } from "../git-or-usage.js";
import { UsageError } from "../usage-error.js";
import { terminalWidth } from "./terminal-width.js";

export interface HistoryCommandOptions {
  maxCount?: string;
  since?: string;
  format?: "text" | "md" | "json";
  color?: boolean;
  version: string;
}

/** The one roadmap `history` reads: the path given, else the default roadmap when there is exactly one. */
async function oneRoadmap(path: string | undefined): Promise<string> {
  const files = await findRoadmaps(path === undefined ? [] : [path]);
  if (files.length !== 1) {
    throw new UsageError(`history reads one roadmap; ${files.length} found: pass one of them (e.g. roadmap history ${sanitizeLine(files[0])})`);
  }
  return files[0];
}

/**
 * `roadmap history`: every committed version of one roadmap, following
 * renames, each planned as of its commit date, as text, Markdown or JSON.
 * A version that does not parse is listed with its error. Git problems are
 * exit 2 with one line; a shallow clone gets a note on standard error.
 */
export async function historyCommand(path: string | undefined, options: HistoryCommandOptions, io: CliIo): Promise<number> {
  let maxCount: number | undefined;
  if (options.maxCount !== undefined) {
    if (!/^[1-9]\d*$/.test(options.maxCount))
      throw new UsageError(`--max-count takes a whole number of versions (1 or more), not "${sanitizeLine(options.maxCount)}"`);
    maxCount = Number(options.maxCount);
  }
  if (options.since !== undefined) {
    const err = dateError(options.since);
    if (err) throw new UsageError(`--since: ${err}`);
  }
  const file = await oneRoadmap(path);
  const read = await gitOrUsage(readRoadmapHistory(file, { maxCount, since: options.since }));
  if (read.shallow)
    io.stderr.write(
      "roadmap: note: this is a shallow clone, so the history may start later than the roadmap (fetch all of it: git fetch --unshallow, or fetch-depth: 0 in actions/checkout)\n",
    );
  const history = planHistory(read.versions);
  if (options.format === "json") {
    const { historyToJson } = await import("../../render/history/history-json.js");
    io.stdout.write(`${JSON.stringify(historyToJson(file, history), null, 2)}\n`);
  } else if (options.format === "md") {
    const { renderHistoryMarkdown } = await import("../../render/history/history-markdown.js");
    io.stdout.write(renderHistoryMarkdown(file, history, { generator: `roadmap-kit ${options.version}` }));
  } else {
    const { renderHistoryText } = await import("../../render/history/history-text.js");
    const chalk = new Chalk({ level: colorLevel(io.stdout, options.color ?? io.color) });
    io.stdout.write(renderHistoryText(file, history, { width: terminalWidth(io.stdout), color: chalk }));
  }
  return 0;
}
