import { mkdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { Chalk } from "chalk";
import type { Locale } from "date-fns";
import type { History } from "../../compare/types.js";
import type { Plan } from "../../plan/types.js";
import { planToJson } from "../../render/plan-json.js";
import { renderHtml } from "../../render/render-html.js";
import { renderMarkdown } from "../../render/render-markdown.js";
import { colorLevel } from "../color-level.js";
import type { CliIo } from "../context.js";
import { findRoadmaps } from "../find-roadmaps.js";
import { loadDateLocale } from "../load-date-locale.js";
import { parseAsOf } from "../parse-as-of.js";
import { UsageError } from "../usage-error.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { exitCodeOf, planRoadmaps, problemsText, reportUnreadable } from "./plan-roadmaps.js";
import { checkHistoryFormat, historyFor } from "./render-history.js";

import type { RenderFormat } from "./render-formats.js";

/** `lang`: the report's language, a code for labelsFor (the roadmap's `locale`, or `--lang`). */
type Renderer = (plan: Plan, options: { dateLocale: Locale; generator: string; history?: History; lang?: string }) => string;

/** Each output format: how to render one plan, and the file extension it gets in a folder. */
export const renderers: Record<RenderFormat, { render: Renderer; extension: string }> = {
  md: { render: renderMarkdown, extension: ".md" },
  html: { render: renderHtml, extension: ".html" },
  json: { render: (plan) => `${JSON.stringify(planToJson(plan), null, 2)}\n`, extension: ".json" },
};

export interface RenderCommandOptions {
  format: RenderFormat;
  output?: string;
  asOf?: string;
  /** Forecast: Monte Carlo runs and seed. */
  runs?: number;
  seed?: number;
  color?: boolean;
  version: string;
  /** HTML: add the charts of the roadmap's git history. */
  history?: boolean;
  /** The report's language (`--lang`) instead of each roadmap's `locale`. */
  lang?: string;
  /** Told each file written (`--watch` says so). */
  onWrite?: (target: string) => void;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * `roadmap render`: one roadmap to standard output or `-o FILE`; several to
 * `-o DIR`, one file each (JSON may also go to standard output as an array).
 * Writes are atomic, and an output never replaces one of the inputs.
 */
export async function renderCommand(paths: string[], options: RenderCommandOptions, io: CliIo): Promise<number> {
  checkHistoryFormat(options.history, options.format);
  const files = await findRoadmaps(paths);
  const { render, extension } = renderers[options.format];
  const toDir = options.output !== undefined && (options.output.endsWith("/") || (await isDirectory(options.output)));
  if (files.length > 1 && options.output !== undefined && !toDir) {
    throw new UsageError(`${files.length} roadmaps: -o must name a folder (one ${extension} file per roadmap), not a file`);
  }
  if (files.length > 1 && options.output === undefined && options.format !== "json") {
    throw new UsageError(`${files.length} roadmaps: pass -o DIR to write one ${extension} file per roadmap`);
  }
  const targetOf = (file: string) => (toDir ? join(options.output!, `${basename(file, extname(file))}${extension}`) : options.output);
  const inputs = new Set(files.map((f) => resolve(f)));
  for (const file of files) {
    const target = targetOf(file);
    if (target && inputs.has(resolve(target))) throw new UsageError(`refusing to write ${target}: it is one of the input roadmaps`);
  }

  const planned = await planRoadmaps(files, parseAsOf(options.asOf), { runs: options.runs, seed: options.seed });
  if (toDir) await mkdir(options.output!, { recursive: true });
  const generator = `roadmap-kit ${options.version}`;
  const outputs: string[] = [];
  for (const p of planned) {
    if (!p.plan) continue;
    const lang = options.lang ?? p.plan.roadmap.locale;
    const dateLocale = await loadDateLocale(lang);
    const history = options.history ? await historyFor(p.file) : undefined;
    const text = render(p.plan, { dateLocale, generator, history, lang });
    const target = targetOf(p.file);
    if (target) {
      await writeFileAtomic(target, text);
      options.onWrite?.(target);
    } else {
      outputs.push(text);
    }
  }
  if (outputs.length > 0) {
    io.stdout.write(options.format === "json" && files.length > 1 ? `[\n${outputs.map((o) => o.trimEnd()).join(",\n")}\n]\n` : outputs.join(""));
  }
  reportUnreadable(planned, io);
  const problems = problemsText(planned, new Chalk({ level: colorLevel(io.stderr, options.color) }));
  if (problems) io.stderr.write(problems);
  return exitCodeOf(planned);
}
