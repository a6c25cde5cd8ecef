import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { starterRoadmap } from "./starter-roadmap.js";
import type { CliIo } from "../context.js";
import { packageRoot } from "../package-root.js";
import { today } from "../today.js";
import { UsageError } from "../usage-error.js";
import { writeFileAtomic } from "../write-file-atomic.js";

const SCHEMA_FILE = fileURLToPath(new URL("schemas/roadmap.schema.json", packageRoot));

/** `roadmap init [FILE]`: writes a starter roadmap; never overwrites. */
export async function initCommand(file: string | undefined, io: CliIo): Promise<number> {
  const target = file ?? "roadmap.yaml";
  let schemaPath = relative(dirname(resolve(target)), SCHEMA_FILE);
  if (!schemaPath.startsWith(".")) schemaPath = `./${schemaPath}`;
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
