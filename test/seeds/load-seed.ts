import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseRoadmap } from "../../src/index.js";
import type { Budget, Item, Roadmap } from "../../src/model.js";

/** Parses roadmaps/<name>.yaml and gives the lookups the seed count tests share. */
export function loadSeed(name: string) {
  const url = new URL(`../../roadmaps/${name}.yaml`, import.meta.url);
  const { roadmap, diagnostics } = parseRoadmap(readFileSync(url, "utf8"), { file: fileURLToPath(url) });
  const rm = (): Roadmap => {
    if (!roadmap) throw new Error(`no roadmap: ${JSON.stringify(diagnostics, null, 2)}`);
    return roadmap;
  };
  const item = (id: string): Item => {
    const found = rm().items.find((i) => i.id === id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
  /** The top-level phase an item belongs to. */
  const phaseOf = (it: Item): string => {
    let cur = it;
    while (cur.parent !== null) cur = item(cur.parent);
    return cur.id;
  };
  const tasksIn = (phase: string) => rm().items.filter((i) => i.kind === "task" && phaseOf(i) === phase);
  const budget = (id: string): Budget => {
    const found = rm().budgets.find((b) => b.id === id);
    if (!found) throw new Error(`no budget ${id}`);
    return found;
  };
  return { roadmap, diagnostics, rm, item, phaseOf, tasksIn, budget };
}
