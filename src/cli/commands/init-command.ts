import { readdir } from "node:fs/promises";
import { starterRoadmap } from "./starter-roadmap.js";
import type { CliIo } from "../context.js";
import { schemaPathFor } from "../schema-path.js";
import { today } from "../today.js";
import { UsageError } from "../usage-error.js";
import { writeFileAtomic } from "../write-file-atomic.js";

/**
 * `roadmap init [FILE]`: writes a starter roadmap; never overwrites. Without FILE it writes
 * ./roadmap.yaml, unless ./roadmaps/ already holds roadmaps: commands run without paths read
 * ./roadmap.yaml first, so it would hide them.
 */
export async function initCommand(file: string | undefined, io: CliIo): Promise<number> {
  if (file === undefined) {
    const existing = (await readdir("roadmaps").catch(() => [])).filter((f) => /\.ya?ml$/i.test(f));
    if (existing.length > 0)
      throw new UsageError(
        `roadmaps/ already holds ${existing.length === 1 ? "a roadmap" : `${existing.length} roadmaps`}, which commands run without paths read; a roadmap.yaml here would be read instead of them: name the new file (e.g. roadmap init roadmaps/new.yaml)`,
      );
  }
  const target = file ?? "roadmap.yaml";
  const schemaPath = schemaPathFor(target);
  try {
    await writeFileAtomic(target, starterRoadmap({ today: today(), schemaPath }), { exclusive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new UsageError(`${target} already exists; roadmap init never overwrites a file`);
    if (code === "ENOENT") throw new UsageError(`cannot write ${target}: its folder does not exist`);
    throw new UsageError(`cannot write ${target}: ${(error as Error).message}`);
  }
  io.stdout.write(`Wrote ${target}. Next: roadmap lint ${target} && roadmap status ${target}\n`);
  return 0;
}
