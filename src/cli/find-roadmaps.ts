import { stat } from "node:fs/promises";
import { UsageError } from "./usage-error.js";

const YAML_GLOB = "**/*.{yaml,yml}";
const IGNORE = ["**/node_modules/**", "**/.git/**"];

/**
 * Resolves command arguments to roadmap files: files as given, folders to
 * every YAML file under them, globs expanded. With none: `./roadmap.yaml`,
 * else every YAML file under `./roadmaps/`. Missing paths are kept so the
 * loader reports them.
 */
export async function findRoadmaps(args: string[], cwd = process.cwd()): Promise<string[]> {
  // The glob library loads only when a folder or a pattern needs it: a plain file path starts faster.
  const glob = async (pattern: string, options: { cwd: string; ignore: string[] }) => (await import("tinyglobby")).glob(pattern, options);
  const isDynamicPattern = async (arg: string) => /[*?[\]{}()!]/.test(arg) && (await import("tinyglobby")).isDynamicPattern(arg);
  if (args.length === 0) {
    if ((await stat("roadmap.yaml").catch(() => undefined))?.isFile()) return ["roadmap.yaml"];
    const found = (await stat("roadmaps").catch(() => undefined))?.isDirectory() ? await glob(YAML_GLOB, { cwd: "roadmaps", ignore: IGNORE }) : [];
    if (found.length === 0) {
      throw new UsageError("no roadmaps found: pass a file or folder, or create one with `roadmap init` (looked for ./roadmap.yaml and ./roadmaps/*.yaml)");
    }
    return found.map((f) => `roadmaps/${f}`).sort();
  }
  const out: string[] = [];
  for (const arg of args) {
    if (await isDynamicPattern(arg)) {
      const matched = await glob(arg, { cwd, ignore: IGNORE });
      if (matched.length === 0) throw new UsageError(`no files match ${arg}`);
      out.push(...matched.sort());
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      const base = arg.replace(/\/+$/, "");
      const matched = await glob(YAML_GLOB, { cwd: base, ignore: IGNORE });
      if (matched.length === 0) throw new UsageError(`no .yaml or .yml files in ${arg}`);
      out.push(...matched.sort().map((f) => `${base}/${f}`));
    } else {
      out.push(arg);
    }
  }
  return [...new Set(out)];
}
