import { Chalk } from "chalk";
import { colorLevel } from "../color-level.js";
import type { CliIo } from "../context.js";
import { findRoadmaps } from "../find-roadmaps.js";
import { loadDateLocale } from "../load-date-locale.js";
import { parseAsOf } from "../parse-as-of.js";
import { exitCodeOf, planRoadmaps, problemsText, reportUnreadable } from "./plan-roadmaps.js";
import { terminalWidth } from "./terminal-width.js";

export interface TimelineCommandOptions {
  asOf?: string;
  depth?: number;
  /** The report's language (`--lang`) instead of each roadmap's `locale`. */
  lang?: string;
  /** false for --no-color. */
  color?: boolean;
}

/** `roadmap timeline`: a Gantt chart per roadmap. 0 fine, 1 errors, 2 unreadable. */
export async function timelineCommand(paths: string[], options: TimelineCommandOptions, io: CliIo): Promise<number> {
  const asOf = parseAsOf(options.asOf);
  const files = await findRoadmaps(paths);
  const planned = await planRoadmaps(files, asOf);
  reportUnreadable(planned, io);
  const { renderTimeline } = await import("../../render/render-terminal.js");
  const chalk = new Chalk({ level: colorLevel(io.stdout, options.color ?? io.color) });
  const width = terminalWidth(io.stdout);
  const chunks: string[] = [];
  for (const p of planned) {
    if (!p.plan) continue;
    // The report's language: --lang, else the roadmap's locale (labels by labelsFor, dates by date-fns).
    const lang = options.lang ?? p.roadmap?.locale;
    const chartOptions = { width, depth: options.depth ?? 1, color: chalk, dateLocale: await loadDateLocale(lang), lang };
    const chart = renderTimeline(p.plan, chartOptions);
    if (planned.length > 1) {
      const { fileRule } = await import("./file-rule.js");
      chunks.push(`${fileRule(p.file, width, chalk)}\n\n${chart}`);
    } else chunks.push(chart);
  }
  const problems = problemsText(planned, chalk, width);
  if (problems) chunks.push(problems);
  if (chunks.length > 0) io.stdout.write(chunks.join("\n"));
  return exitCodeOf(planned);
}
