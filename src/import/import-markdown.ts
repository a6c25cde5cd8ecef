import { schemaModeline } from "../schema/schema-modeline.js";
import { buildOutline } from "./build-outline.js";
import { chooseStart } from "./choose-start.js";
import { detectLocale } from "./detect-locale.js";
import type { DraftRoadmap } from "./draft.js";
import { emitYaml } from "./emit-yaml.js";
import { splitFrontMatter } from "./front-matter.js";
import { inheritDone } from "./inherit-done.js";
import { markdownLine } from "./inline-line.js";
import { lexBlocks } from "./lex-blocks.js";
import { OutlineMapper } from "./map-outline.js";
import { resolveDependencies } from "./resolve-dependencies.js";
import { selfCheck } from "./self-check.js";
import { summarize, type ImportSummary } from "./summarize.js";

export type { ImportSummary } from "./summarize.js";

export interface ImportOptions {
  /** The import date, YYYY-MM-DD: named in the header comment and the as-of date of the self-check (the core has no clock). */
  date: string;
  /** The source's name for the header comment (a file name). */
  source?: string;
  /** Where relative spans ("Week 3") count from; default: a start date the document gives, else a date it is dated by. */
  start?: string;
  /** The roadmap's `locale`; default: guessed from the text. */
  locale?: string;
  /** The JSON Schema path or URL for the `yaml-language-server` modeline; none when left out. */
  schema?: string;
}

export interface ImportResult {
  yaml: string;
  summary: ImportSummary;
}

/** A name safe to put in a one-line YAML comment. */
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();

/**
 * Imports a Markdown roadmap: headings become phases and tasks, checklists
 * and status marks become statuses, dates and periods become spans and
 * lengths; everything else is kept as Markdown in notes, goals, the summary
 * and sections. The result lints without errors: a value that would not is
 * dropped back to text. Pure: no I/O, no clock.
 *
 * Steps (docs/import.md): lex (marked; boxes and bullets in plain text) →
 * outline (headings and bold lead lines) → map (sections to items or text;
 * lines, tables, checks and the header to values) → inherit done → resolve
 * "Depends on" → choose start → emit YAML and self-check (parse, plan, lint).
 */
export function importMarkdown(markdown: string, options: ImportOptions): ImportResult {
  const text = markdown.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  const front = splitFrontMatter(text);
  const outline = buildOutline(lexBlocks(front.body), { titled: front.title !== undefined });
  // A front matter title that a level-1 heading overrides stays as text, with the other lines.
  const kept = outline.title?.text && front.titleLine && front.title !== outline.title.text ? [front.titleLine, ...front.lines] : front.lines;
  if (kept.length > 0) outline.intro.unshift({ kind: "paragraph", lines: kept.map(markdownLine), markdown: kept.join("\n") });
  const source = options.source === undefined ? undefined : oneLine(options.source);
  const draft: DraftRoadmap = {
    title: outline.title?.text || front.title || source?.replace(/\.[^.]*$/, "") || "Roadmap",
    summary: [],
    notes: [],
    locale: options.locale ?? detectLocale(text),
    success: [],
    deliverables: [],
    phases: [],
    sections: [],
    labels: [],
  };
  const mapper = new OutlineMapper(options.start ? { year: Number(options.start.slice(0, 4)) } : {});
  mapper.mapOutline(outline, draft);
  inheritDone(draft.phases);
  resolveDependencies(draft.phases);
  const { start, undated } = chooseStart(draft, options.start);
  // The format has no creation date: it is the last update when no other is given, else it stays text.
  if (draft.created) {
    if (!draft.updated) draft.updated = draft.created;
    else draft.summary.push(draft.created.source);
    delete draft.created;
  }

  const header = [
    ...(options.schema ? [schemaModeline(options.schema).replace(/^# /, "")] : []),
    `Imported${source ? ` from ${source}` : ""} on ${options.date} by \`roadmap import\`. What it did not map is kept as Markdown`,
    "in notes, goal, summary and sections; check it with `roadmap lint`.",
    ...(start && start.from !== "--start" ? [`start: ${start.date}, from ${oneLine(start.from).slice(0, 80)}; weeks and months count from it.`] : []),
  ];
  const { emitted, dropped } = selfCheck(draft, () => emitYaml(draft, header), options.date);
  return { yaml: emitted.yaml, summary: summarize(draft, dropped, undated, start) };
}
