import { mkdir, readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { roadmapJsonSchema } from "../../schema/json-schema.js";
import type { CliIo } from "../context.js";
import { findRoadmaps } from "../find-roadmaps.js";
import { isUrl, modelineTarget } from "../modeline-target.js";
import { UsageError } from "../usage-error.js";
import { writeFileAtomic } from "../write-file-atomic.js";

export function schemaText(): string {
  return `${JSON.stringify(roadmapJsonSchema(), null, 2)}\n`;
}

/** `roadmap schema [-o FILE]`, or `roadmap schema --write [paths..]`. */
export async function schemaCommand(paths: string[], options: { output?: string; write?: boolean }, io: CliIo): Promise<number> {
  const text = schemaText();
  if (options.write) {
    if (options.output !== undefined) throw new UsageError("--write puts the schema where the roadmaps' modelines point; -o names one file: give one of them");
    return writeWhereModelinesPoint(paths, text, io);
  }
  if (paths.length > 0) throw new UsageError("roadmap schema takes roadmaps only with --write (to write the schema where their modelines point)");
  if (options.output) await writeFileAtomic(options.output, text);
  else io.stdout.write(text);
  return 0;
}

/** An existing file is replaced only when it is a JSON Schema of roadmaps (an older version, say), never anything else. */
function isRoadmapSchema(text: string): boolean {
  try {
    const data = JSON.parse(text) as { $schema?: unknown; $id?: unknown };
    return typeof data.$schema === "string" && typeof data.$id === "string" && /roadmap/.test(data.$id);
  } catch {
    return false;
  }
}

/**
 * Why a modeline's path is not a place to write, if it is not: a roadmap
 * (perhaps from an untrusted pull request) must not choose where the schema
 * lands. The target is a relative `.json` path inside the folder the command
 * runs in (its folders are created there), and not a folder itself.
 */
async function refusedTarget(target: string, path: string, shown: string): Promise<string | undefined> {
  const inside = relative(process.cwd(), path);
  if (isAbsolute(target) || inside === "" || inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside))
    return `the modeline points at ${shown}, outside the folder the command runs in: expected a relative path inside it`;
  if (!target.toLowerCase().endsWith(".json")) return `the modeline points at ${shown}: expected a .json file`;
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile()) return `the modeline points at ${shown}, which is not a file`;
  return undefined;
}

/**
 * `roadmap schema --write`: for each roadmap, the schema goes where its
 * modeline points when that is a path (relative to the roadmap). A URL
 * needs nothing; a path inside `node_modules` is the installed package's
 * copy and is not written. Exit 2 when a target cannot be written.
 */
async function writeWhereModelinesPoint(paths: string[], schema: string, io: CliIo): Promise<number> {
  const files = await findRoadmaps(paths);
  const roadmaps = new Set(files.map((f) => resolve(f)));
  const done = new Set<string>();
  let code = 0;
  const fail = (message: string) => {
    io.stderr.write(`roadmap: ${message}\n`);
    code = 2;
  };
  for (const file of files) {
    const text = await readFile(file, "utf8").catch((error: Error) => error);
    if (text instanceof Error) {
      fail(`cannot read ${file}: ${text.message}`);
      continue;
    }
    const target = modelineTarget(text);
    if (target === undefined) {
      io.stdout.write(`${file}: no schema modeline (roadmap init writes one)\n`);
      continue;
    }
    if (isUrl(target)) {
      io.stdout.write(`${file}: the schema is at ${target}: nothing to write\n`);
      continue;
    }
    const path = resolve(dirname(file), target);
    const shown = relative(process.cwd(), path) || path;
    if (done.has(path)) continue;
    done.add(path);
    if (roadmaps.has(path)) {
      fail(`${file}: the modeline points at ${shown}, one of the roadmaps: not written`);
      continue;
    }
    const refused = await refusedTarget(target, path, shown);
    if (refused) {
      fail(`${file}: ${refused}: not written`);
      continue;
    }
    const current = await readFile(path, "utf8").catch(() => undefined);
    if (current === schema) {
      io.stdout.write(`${shown} is up to date (${file})\n`);
    } else if (path.split(sep).includes("node_modules")) {
      fail(
        `${file}: the modeline points into node_modules (${shown}), the installed package's copy: install roadmap-kit there (npm install -D roadmap-kit) instead`,
      );
    } else if (current !== undefined && !isRoadmapSchema(current)) {
      fail(`${file}: the modeline points at ${shown}, which is not a roadmap JSON Schema: not overwritten`);
    } else {
      try {
        await mkdir(dirname(path), { recursive: true });
        await writeFileAtomic(path, schema);
        io.stdout.write(`Wrote ${shown} (for ${file})\n`);
      } catch (error) {
        fail(`cannot write ${shown}: ${(error as Error).message}`);
      }
    }
  }
  return code;
}
