import { readFile, stat } from "node:fs/promises";
import { entitiesOf } from "../../edit/find-entity.js";
import { parseRoadmap } from "../../load/parse-roadmap.js";
import { didYouMean } from "../../suggest.js";
import { findRoadmaps } from "../find-roadmaps.js";
import { UsageError } from "../usage-error.js";

/** Which roadmap file each id is edited in; or why an id is in none. */
export interface IdFiles {
  byFile: Map<string, string[]>;
  /** Ids no roadmap has, each with its message (exit 1). */
  missing: string[];
}

const bareId = (ref: string) => ref.replace(/^(item|risk|kpi):/, "");

/**
 * The roadmap to edit for each id: `--file`, else `./roadmap.yaml`, else the
 * one roadmap under `./roadmaps/` that has the id. An id in several of them
 * is a usage error naming them.
 */
export async function roadmapsForIds(ids: string[], file: string | undefined): Promise<IdFiles> {
  const single = (f: string): IdFiles => ({ byFile: new Map([[f, ids]]), missing: [] });
  if (file !== undefined) return single(file);
  if ((await stat("roadmap.yaml").catch(() => undefined))?.isFile()) return single("roadmap.yaml");
  const files = await findRoadmaps([]);
  if (files.length === 1) return single(files[0]);

  const idsOf = new Map<string, Set<string>>();
  const broken: string[] = [];
  for (const f of files) {
    const roadmap = parseRoadmap(await readFile(f, "utf8").catch(() => ""), { file: f }).roadmap;
    if (!roadmap) broken.push(f);
    idsOf.set(f, new Set(roadmap ? entitiesOf(roadmap).map((e) => e.id) : []));
  }
  const unread = broken.length === 0 ? "" : `; ${broken.join(", ")} ${broken.length === 1 ? "does" : "do"} not load (see roadmap lint)`;
  const byFile = new Map<string, string[]>();
  const missing: string[] = [];
  for (const ref of ids) {
    const id = bareId(ref);
    const holders = files.filter((f) => idsOf.get(f)?.has(id));
    if (holders.length > 1) throw new UsageError(`"${id}" is an id in ${holders.length} roadmaps (${holders.join(", ")}): pass --file to say which`);
    if (holders.length === 0) {
      const all = new Set([...idsOf.values()].flatMap((s) => [...s]));
      missing.push(`no roadmap under roadmaps/ has the id "${id}"${didYouMean(id, all)}${unread}`);
      continue;
    }
    byFile.set(holders[0], [...(byFile.get(holders[0]) ?? []), ref]);
  }
  return { byFile, missing };
}
