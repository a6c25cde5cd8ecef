import { watch, type FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { CONFIG_FILE_NAMES } from "../lint/parse-lint-config.js";
import type { CliIo } from "./context.js";
import { findRoadmaps } from "./find-roadmaps.js";
import { UsageError } from "./usage-error.js";

export interface WatchOptions {
  /** The command's paths, found again after each change (a new file in a folder joins in). */
  paths: string[];
  io: CliIo;
  /** Draws the report or writes the files once; its exit code does not end the watch. */
  run: () => Promise<unknown>;
  /** Clear the terminal before each redraw (reports on a terminal). */
  clear: boolean;
  /** Quiet time after the last change before running again, in milliseconds. */
  debounceMs?: number;
}

const CLEAR_SCREEN = "\u001b[2J\u001b[3J\u001b[H";
const YAML_FILE = /\.ya?ml$/i;

/** Folders whose every YAML file is a roadmap: folder arguments, or ./roadmaps/ by default. */
async function roadmapFolders(paths: string[]): Promise<Set<string>> {
  const candidates = paths.length === 0 ? ["roadmaps"] : paths;
  const out = new Set<string>();
  for (const p of candidates) if ((await stat(p).catch(() => undefined))?.isDirectory()) out.add(resolve(p));
  return out;
}

/**
 * Runs a report, then again whenever a roadmap file (or a lint configuration
 * beside it) changes, until Ctrl-C, which returns 0. Each file and its folder
 * are watched: editors that save by writing a new file and renaming it over
 * the old one replace the file's inode, which the folder still sees. Changes
 * are debounced, a run never overlaps another, and a failed run (a file
 * half-saved, deleted, unreadable) is reported and the watch goes on.
 */
export function watchRoadmaps(options: WatchOptions): Promise<number> {
  const { io, paths } = options;
  const debounceMs = options.debounceMs ?? 100;
  const tty = io.stdout.isTTY === true;
  let files: string[] = [];
  let folders = new Set<string>();
  const folderWatchers = new Map<string, FSWatcher>();
  let fileWatchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;

  const find = async () => {
    files = (await findRoadmaps(paths)).map((f) => resolve(f));
    folders = await roadmapFolders(paths);
  };
  const draw = async () => {
    if (options.clear && tty) io.stdout.write(CLEAR_SCREEN);
    try {
      await options.run();
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`roadmap: ${error.message}\n`);
    }
  };
  const hint = () => io.stderr.write(`roadmap: watching ${files.length} roadmap${files.length === 1 ? "" : "s"} for changes (Ctrl-C to stop)\n`);
  const relevant = (folder: string, name: string | null) => {
    if (name === null) return true;
    const file = resolve(folder, name.toString());
    return files.includes(file) || CONFIG_FILE_NAMES.includes(basename(file)) || (folders.has(folder) && YAML_FILE.test(file));
  };
  const open = (path: string, listener: (event: string, name: string | null) => void): FSWatcher | undefined => {
    try {
      const w = watch(path, { persistent: true }, listener);
      // A watched file that is deleted or replaced can report an error: the folder watcher carries on.
      w.on("error", () => w.close());
      return w;
    } catch {
      return undefined;
    }
  };
  const rewatch = () => {
    // File watchers are made anew each time: a save by rename leaves the old one on a deleted file.
    for (const w of fileWatchers) w.close();
    fileWatchers = files.flatMap((f) => open(f, () => schedule()) ?? []);
    const wanted = new Set([...files.map((f) => dirname(f)), ...folders]);
    for (const [folder, w] of folderWatchers) {
      if (wanted.has(folder)) continue;
      w.close();
      folderWatchers.delete(folder);
    }
    for (const folder of wanted) {
      if (folderWatchers.has(folder)) continue;
      const w = open(folder, (_event, name) => {
        if (relevant(folder, name)) schedule();
      });
      if (w) folderWatchers.set(folder, w);
    }
  };
  function schedule() {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rerun(), debounceMs);
  }
  function stop() {
    stopped = true;
    clearTimeout(timer);
    for (const w of fileWatchers) w.close();
    for (const w of folderWatchers.values()) w.close();
    process.off("SIGINT", interrupt);
    process.off("SIGTERM", interrupt);
  }

  let done: (code: number) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  function interrupt() {
    stop();
    done(0);
  }
  async function rerun() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await draw();
      // A folder emptied for a moment mid-save: keep watching the files known.
      await find().catch((error: unknown) => {
        if (!(error instanceof UsageError)) throw error;
      });
      if (stopped) return;
      rewatch();
      if (options.clear && tty) hint();
    } catch (error) {
      stop();
      fail(error);
      return;
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      schedule();
    }
  }

  return new Promise<number>((resolveCode, reject) => {
    done = resolveCode;
    fail = reject;
    // Ctrl-C is heard from the start, the first run included.
    process.on("SIGINT", interrupt);
    process.on("SIGTERM", interrupt);
    (async () => {
      await find();
      await draw();
      if (stopped) return;
      rewatch();
      hint();
    })().catch((error: unknown) => {
      stop();
      reject(error);
    });
  });
}
