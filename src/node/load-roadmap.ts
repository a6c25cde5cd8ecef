import { type FileHandle, open, stat } from "node:fs/promises";
import type { Diagnostic } from "../diagnostics.js";
import { parseRoadmap, type ParseResult } from "../load/parse-roadmap.js";

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
 * system, so it lives in the `roadmap-kit/node` entry, out of the browser-safe
 * main entry.
 */
export async function loadRoadmap(path: string): Promise<ParseResult> {
  // Check the kind first: opening a FIFO or a device could block forever.
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === "ENOENT" || info.code === "ENOTDIR") return fileProblem(path, "file-not-found", `no such file: ${path}`);
    return fileProblem(path, "unreadable-file", `cannot read ${path}: ${info.message}`);
  }
  if (info.isDirectory()) return fileProblem(path, "not-a-file", `${path} is a directory, not a roadmap file`);
  if (!info.isFile()) return fileProblem(path, "not-a-file", `${path} is not a regular file`);
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fileProblem(path, "file-not-found", `no such file: ${path}`);
    if (code === "EISDIR") return fileProblem(path, "not-a-file", `${path} is a directory, not a roadmap file`);
    return fileProblem(path, "unreadable-file", `cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    const opened = await handle.stat();
    if (opened.isDirectory()) return fileProblem(path, "not-a-file", `${path} is a directory, not a roadmap file`);
    if (!opened.isFile()) return fileProblem(path, "not-a-file", `${path} is not a regular file`);
    if (opened.size > MAX_FILE_BYTES) {
      return fileProblem(
        path,
        "file-too-large",
        `${path} is ${(opened.size / 1048576).toFixed(1)} MiB: roadmap files are limited to ${MAX_FILE_BYTES / 1048576} MiB`,
      );
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
