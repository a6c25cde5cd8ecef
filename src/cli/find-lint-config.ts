import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { CONFIG_FILE_NAMES, parseLintConfig } from "../lint/parse-lint-config.js";
import type { LintSettings } from "../model.js";

export interface FoundConfig {
  file?: string;
  settings?: LintSettings;
  diagnostics: Diagnostic[];
}

/**
 * Finds the lint configuration of a roadmap: the first `.roadmaprc.yaml`
 * (or `.roadmaprc.yml`, `roadmap.config.yaml`) in its folder or a parent.
 * Results are cached per folder, so a thousand roadmaps read it once.
 */
export function createConfigFinder(displayPath: (abs: string) => string = (p) => p) {
  const byDir = new Map<string, Promise<FoundConfig>>();
  const find = (dir: string): Promise<FoundConfig> => {
    let found = byDir.get(dir);
    if (!found) {
      found = (async () => {
        for (const name of CONFIG_FILE_NAMES) {
          const file = join(dir, name);
          const text = await readFile(file, "utf8").catch(() => undefined);
          if (text !== undefined) {
            const shown = displayPath(file);
            return { file: shown, ...parseLintConfig(text, shown) };
          }
        }
        const parent = dirname(dir);
        return parent === dir ? { diagnostics: [] } : find(parent);
      })();
      byDir.set(dir, found);
    }
    return found;
  };
  return (roadmapFile: string) => find(dirname(resolve(roadmapFile)));
}
