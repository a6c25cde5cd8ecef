import { Chalk } from "chalk";
import { colorLevel } from "../color-level.js";
import type { CliIo } from "../context.js";
import { findRoadmaps } from "../find-roadmaps.js";
import { loadDateLocale } from "../load-date-locale.js";
import { parseAsOf } from "../parse-as-of.js";
import { exitCodeOf, planRoadmaps, problemsText, reportUnreadable } from "./plan-roadmaps.js";
import { terminalWidth } from "./terminal-width.js";

export interface StatusCommandOptions {
  asOf?: string;
  json?: boolean;
  summary?: boolean;
  /** Forecast: Monte Carlo runs and seed. */
  runs?: number;
  seed?: number;
  /** The report's language (`--lang`) instead of each roadmap's `locale`. */
  lang?: string;
  /** false for --no-color. */
  color?: boolean;
}

/**
 * `roadmap status`: the terminal report of one roadmap, or the portfolio
 * table of several followed by their reports (only the table with
 * `--summary`); `--json` prints the plans. 0 fine, 1 errors, 2 unreadable.
 */
export async function statusCommand(paths: string[], options: StatusCommandOptions, io: CliIo): Promise<number> {
  const asOf = parseAsOf(options.asOf);
  const files = await findRoadmaps(paths);
  const planned = await planRoadmaps(files, asOf, { runs: options.runs, seed: options.seed });
  reportUnreadable(planned, io);

  if (options.json) {
    // Renderers load on demand so each command pays only for what it prints.
    const { planToJson } = await import("../../render/plan-json.js");
    const data =
      planned.length === 1
        ? planned[0].plan
          ? planToJson(planned[0].plan)
          : null
        : planned.map((p) => (p.plan ? { file: p.file, ...planToJson(p.plan) } : { file: p.file, title: null, errors: p.errors }));
    io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    const problems = problemsText(planned, new Chalk({ level: 0 }));
    if (problems) io.stderr.write(problems);
    return exitCodeOf(planned);
  }

  const { renderPortfolio, renderTerminal } = await import("../../render/render-terminal.js");
  const chalk = new Chalk({ level: colorLevel(io.stdout, options.color ?? io.color) });
  const width = terminalWidth(io.stdout);
  // The report's language: --lang, else the roadmap's locale (labels by labelsFor, dates by date-fns).
  const langs = planned.map((p) => options.lang ?? p.roadmap?.locale);
  const locales = await Promise.all(langs.map((lang) => loadDateLocale(lang)));
  const report = (i: number) => ({ width, color: chalk, dateLocale: locales[i], lang: langs[i] });
  const chunks: string[] = [];
  if (planned.length === 1) {
    const plan = planned[0].plan;
    if (plan) chunks.push(renderTerminal(plan, report(0)));
  } else {
    const portfolio = { width, color: chalk, lang: options.lang };
    chunks.push(
      renderPortfolio(
        planned.map((p, i) => ({ file: p.file, plan: p.plan, errors: p.errors, warnings: p.warnings, dateLocale: locales[i], lang: langs[i] })),
        portfolio,
      ),
    );
    if (!options.summary) {
      const { fileRule } = await import("./file-rule.js");
      planned.forEach((p, i) => {
        if (p.plan) chunks.push(`${fileRule(p.file, width, chalk)}\n\n${renderTerminal(p.plan, report(i))}`);
      });
    }
  }
  const problems = options.summary && planned.length > 1 ? "" : problemsText(planned, chalk, width);
  if (problems) chunks.push(problems);
  if (chunks.length > 0) io.stdout.write(chunks.join("\n"));
  return exitCodeOf(planned);
}
