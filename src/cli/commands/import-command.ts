import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { importMarkdown } from "../../import/import-markdown.js";
import type { ImportSummary } from "../../import/summarize.js";
import { LOCALE_CODES, localeHint } from "../../schema/locale.js";
import { dateError } from "../../schema/parse-date.js";
import type { CliIo } from "../context.js";
import { parseAsOf } from "../parse-as-of.js";
import { schemaPathFor } from "../schema-path.js";
import { today } from "../today.js";
import { UsageError } from "../usage-error.js";
import { writeFileAtomic } from "../write-file-atomic.js";

/** Largest Markdown file read, as for roadmaps. */
const MAX_BYTES = 64 * 1024 * 1024;

export interface ImportCommandOptions {
  output?: string;
  start?: string;
  locale?: string;
  asOf?: string;
}

/** Reads a text file, or says in one line why not. */
/** The file's text; `replaced` counts the invalid UTF-8 sequences read as U+FFFD (never silently). */
async function readText(path: string): Promise<{ text: string; replaced: number }> {
  // The kind first: opening a FIFO or a device could block.
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === "ENOENT" || info.code === "ENOTDIR") throw new UsageError(`no such file: ${path}`);
    throw new UsageError(`cannot read ${path}: ${info.message}`);
  }
  if (info.isDirectory()) throw new UsageError(`${path} is a directory, expected a Markdown file`);
  if (!info.isFile()) throw new UsageError(`${path} is not a regular file`);
  if (info.size > MAX_BYTES) throw new UsageError(`${path} is ${(info.size / 1048576).toFixed(1)} MiB: files are limited to ${MAX_BYTES / 1048576} MiB`);
  let buffer: Buffer;
  try {
    const handle = await open(path, "r");
    try {
      buffer = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (buffer.includes(0)) throw new UsageError(`${path} is binary (it contains NUL bytes), not Markdown text`);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(buffer);
  // Replacement characters the file did not hold itself (as the bytes EF BF BD) stand for bytes that were not UTF-8.
  const decoded = text.split("\uFFFD").length - 1;
  let written = 0;
  for (let at = buffer.indexOf(REPLACEMENT); at >= 0; at = buffer.indexOf(REPLACEMENT, at + 3)) written++;
  return { text, replaced: decoded - written };
}

const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summaryLines(file: string, s: ImportSummary): string {
  const lines = [
    `Imported ${file}: ${plural(s.phases, "phase")}, ${plural(s.tasks, "task")}, ${s.done} done, ${s.dated} dated, ${plural(s.notesLines, "line")} kept as notes.`,
  ];
  if (s.start && s.start.from !== "--start")
    lines.push(`Weeks and months count from start: ${s.start.date} (${s.start.from.replace(/\s+/g, " ").slice(0, 60)}); change it with --start.`);
  if (s.undated > 0)
    lines.push(
      `${plural(s.undated, "week, month or length", "weeks, months and lengths")} kept as text: nothing says where the roadmap starts; give --start DATE.`,
    );
  if (s.dropped > 0) lines.push(`${plural(s.dropped, "value")} that would not lint (pins that conflict, marks that disagree) kept as text instead.`);
  return `${lines.join("\n")}\n`;
}

/** `roadmap import FILE.md [-o FILE.yaml] [--start DATE] [--locale CODE]`. */
export async function importCommand(file: string, options: ImportCommandOptions, io: CliIo): Promise<number> {
  if (options.start !== undefined) {
    const err = dateError(options.start);
    if (err) throw new UsageError(`--start: ${err}`);
  }
  if (options.locale !== undefined && !LOCALE_CODES.includes(options.locale)) {
    throw new UsageError(`--locale: expected a locale code such as en, ru, tr, de or pt-BR, found "${options.locale}"${localeHint(options.locale)}`);
  }
  const date = parseAsOf(options.asOf) ?? today();
  const { text: markdown, replaced } = await readText(file);
  if (replaced > 0)
    io.stderr.write(
      `${file} is not valid UTF-8: ${plural(replaced, "byte sequence")} read as \uFFFD; expected UTF-8 text (convert it, e.g. iconv -f latin1 -t utf-8), or check those places in the result\n`,
    );
  const { yaml, summary } = importMarkdown(markdown, {
    date,
    source: basename(file),
    start: options.start,
    locale: options.locale,
    schema: schemaPathFor(options.output ?? "roadmap.yaml"),
  });
  if (options.output) {
    const target = options.output;
    try {
      await writeFileAtomic(target, yaml, { exclusive: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw new UsageError(`${target} already exists; roadmap import never overwrites a file`);
      if (code === "ENOENT") throw new UsageError(`cannot write ${target}: its folder does not exist`);
      throw new UsageError(`cannot write ${target}: ${(error as Error).message}`);
    }
  } else io.stdout.write(yaml);
  io.stderr.write(summaryLines(file, summary));
  if (options.output) io.stderr.write(`Wrote ${options.output}. Next: roadmap lint ${options.output} && roadmap status ${options.output}\n`);
  return 0;
}
