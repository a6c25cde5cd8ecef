import type { Plan, PlannedItem } from "../plan/types.js";

/** The top-level item (phase or milestone) an item sits in; itself when it is one. */
export function topLevelOf(plan: Plan, item: PlannedItem): PlannedItem {
  let current = item;
  for (let guard = 0; current.parent !== null && guard < 10_000; guard++) {
    const parent = plan.itemsById.get(current.parent);
    if (!parent) break;
    current = parent;
  }
  return current;
}

/** The top-level items a path of items runs through, in order (a phase it leaves and comes back to counts again). */
export function criticalPhases(plan: Plan, path: PlannedItem[]): PlannedItem[] {
  const through: PlannedItem[] = [];
  for (const item of path) {
    const top = topLevelOf(plan, item);
    if (through[through.length - 1] !== top) through.push(top);
  }
  return through;
}
