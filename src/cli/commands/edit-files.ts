import { readFile, realpath, stat } from "node:fs/promises";
import { relative } from "node:path";
import { Chalk, type ChalkInstance } from "chalk";
import type { Diagnostic } from "../../diagnostics.js";
import type { AppliedChange, EditOptions, EditResult } from "../../edit/edit-roadmap.js";
import { stylish } from "../../lint/formatters/stylish.js";
import { MAX_FILE_BYTES } from "../../node/load-roadmap.js";
import { sanitizeLine, sanitizeTerminal } from "../../render/terminal/sanitize-terminal.js";
import { colorLevel } from "../color-level.js";
import type { CliIo } from "../context.js";
import { createConfigFinder } from "../find-lint-config.js";
import { parseAsOf } from "../parse-as-of.js";
import { today } from "../today.js";
import { UsageError } from "../usage-error.js";
import { assertWritable, writeFileAtomic } from "../write-file-atomic.js";
import { roadmapsForIds } from "./roadmaps-for-ids.js";

export interface EditFilesOptions {
  file?: string;
  asOf?: string;
  color?: boolean;
}

/** One file's edit: which ids go to it, and the edit to make. */
type Edit = (text: string, ids: string[], options: EditOptions) => EditResult;

/** Reads a roadmap as text, refusing what could not be written back byte for byte. */
async function readRoadmapText(file: string): Promise<{ bytes: Buffer; text: string }> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) throw new UsageError(info.code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file}: ${info.message}`);
  if (!info.isFile()) throw new UsageError(`${file} is not a roadmap file`);
  if (info.size > MAX_FILE_BYTES) throw new UsageError(`${file} is over ${MAX_FILE_BYTES / 1048576} MiB: roadmap files are limited to that`);
  const bytes = await readFile(file);
  try {
    return { bytes, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    throw new UsageError(`${file} is not UTF-8 text: it cannot be edited without changing bytes it does not mean to`);
  }
}

const shown = (v: unknown) => (v === undefined ? "(none)" : sanitizeLine(typeof v === "string" ? v : JSON.stringify(v)));

function describe(file: string, c: AppliedChange): string {
  const id = sanitizeLine(c.id);
  if (c.key === "id") return `${file}: ${id}: id written, so the new title keeps it`;
  if (!c.changed) return `${file}: ${id}: ${c.key} is already ${shown(c.after)}`;
  return `${file}: ${id}: ${c.key} ${shown(c.before)} → ${shown(c.after)}`;
}

function problems(diagnostics: Diagnostic[], files: string[], chalk: ChalkInstance): string {
  const clean = diagnostics.map((d) => ({ ...d, message: sanitizeTerminal(d.message), file: d.file === undefined ? undefined : sanitizeLine(d.file) }));
  return stylish(clean, { files, rules: [], color: chalk });
}

/**
 * Edits the roadmaps that hold `ids`, all or nothing: every file's result is
 * checked first, and only when none is refused are they written (atomically,
 * keeping the file's mode, through a symbolic link to its target). A file
 * that changed since it was read is not written over.
 * 0 written (or nothing to change), 1 refused, 2 usage error or unreadable file.
 */
export async function editFiles(ids: string[], options: EditFilesOptions, edit: Edit, io: CliIo): Promise<number> {
  const asOf = parseAsOf(options.asOf) ?? today();
  const chalk = new Chalk({ level: colorLevel(io.stderr, options.color ?? io.color) });
  const { byFile, missing } = await roadmapsForIds(ids, options.file);
  if (missing.length > 0) {
    for (const m of missing) io.stderr.write(`roadmap: ${sanitizeLine(m)}\n`);
    io.stderr.write("roadmap: nothing written\n");
    return 1;
  }

  const findConfig = createConfigFinder((abs) => relative(process.cwd(), abs) || abs);
  const results: { file: string; bytes: Buffer; result: EditResult }[] = [];
  for (const [file, fileIds] of byFile) {
    const { bytes, text } = await readRoadmapText(file);
    const config = await findConfig(file);
    results.push({ file, bytes, result: edit(text, fileIds, { asOf, file, config: config.settings }) });
  }
  const refused = results.filter((r) => r.result.text === undefined);
  if (refused.length > 0) {
    io.stderr.write(
      problems(
        refused.flatMap((r) => r.result.diagnostics),
        refused.map((r) => r.file),
        chalk,
      ),
    );
    io.stderr.write(`roadmap: refused: nothing written to ${results.map((r) => sanitizeLine(r.file)).join(", ")}\n`);
    return 1;
  }

  const writes = results.filter((r) => r.result.changes.some((c) => c.changed));
  const targets = new Map<string, string>();
  for (const { file, bytes } of writes) {
    // Through a symbolic link to the file it points at; and never over a change made since it was read.
    const target = await realpath(file);
    if (!(await readFile(target)).equals(bytes)) throw new UsageError(`${file} changed while it was being edited: nothing written, run the command again`);
    targets.set(file, target);
  }
  // Every file writable before any is written.
  for (const [file, target] of targets) await assertWritable(target, file);
  for (const { file, result } of writes) {
    const target = targets.get(file) ?? file;
    if (result.text !== undefined) await writeFileAtomic(target, result.text, { mode: (await stat(target)).mode & 0o7777 });
  }
  for (const { file, result } of results) {
    for (const c of result.changes) io.stdout.write(`${describe(sanitizeLine(file), c)}\n`);
    const warnings = result.diagnostics.filter((d) => d.severity === "warning");
    if (warnings.length > 0) io.stderr.write(problems(warnings, [file], chalk));
  }
  return 0;
}
