import type { Diagnostic } from "../diagnostics.js";
import { parseRoadmap, type ParseResult } from "./parse-roadmap.js";

/** Largest roadmap file read, in bytes; larger files get a diagnostic instead of a long parse. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Codes of problems with reading the file itself (the CLI exits 2 on them). */
export const FILE_ERROR_CODES = new Set(["file-not-found", "not-a-file", "file-too-large", "unreadable-file"]);

function fileProblem(file: string, code: string, message: string): ParseResult {
  const d: Diagnostic = { code, severity: "error", message, file, path: [] };
  return { diagnostics: [d] };
}

/**
 * Reads a roadmap file and parses it. The only loader that touches the file
 * system; `node:fs` is imported on first use so the library stays
 * importable in a browser.
 */
export async function loadRoadmap(path: string): Promise<ParseResult> {
  const { open, stat } = await import("node:fs/promises");
  // Check the kind first: opening a FIFO or a device could block forever.
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === "ENOENT" || info.code === "ENOTDIR") return fileProblem(path, "file-not-found", `no such file: ${path}`);
    return fileProblem(path, "unreadable-file", `cannot read ${path}: ${info.message}`);
  }
  if (info.isDirectory()) return fileProblem(path, "not-a-file", `${path} is a directory, not a roadmap file`);
  if (!info.isFile()) return fileProblem(path, "not-a-file", `${path} is not a regular file`);
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fileProblem(path, "file-not-found", `no such file: ${path}`);
    if (code === "EISDIR") return fileProblem(path, "not-a-file", `${path} is a directory, not a roadmap file`);
    return fileProblem(path, "unreadable-file", `cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return fileProblem(path, "not-a-file", `${path} is a directory, not a roadmap file`);
    if (!stat.isFile()) return fileProblem(path, "not-a-file", `${path} is not a regular file`);
    if (stat.size > MAX_FILE_BYTES) {
      return fileProblem(path, "file-too-large", `${path} is ${(stat.size / 1048576).toFixed(1)} MiB: roadmap files are limited to ${MAX_FILE_BYTES / 1048576} MiB`);
    }
    const buffer = await handle.readFile();
    const text = new TextDecoder("utf-8", { fatal: false }).decode(buffer);
    return parseRoadmap(text, { file: path });
  } catch (error) {
    return fileProblem(path, "unreadable-file", `cannot read ${path}: ${(error as Error).message}`);
  } finally {
    await handle.close();
  }
}
