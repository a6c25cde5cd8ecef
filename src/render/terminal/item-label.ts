import type { Plan, PlannedItem } from "../../plan/types.js";
import { sanitizeLine } from "./sanitize-terminal.js";
import type { Part } from "./table.js";
import type { Theme } from "./theme.js";

/** The top-level item (phase or milestone) an item belongs to; itself when it is one. */
export function topLevelOf(plan: Plan, item: PlannedItem): PlannedItem {
  let current = item;
  for (let guard = 0; current.parent !== null && guard < 1000; guard++) {
    const parent = plan.itemsById.get(current.parent);
    if (!parent) break;
    current = parent;
  }
  return current;
}

/** An item's title, sanitised, followed for a task by its phase in muted text: `Unit tests · Core Services`. */
export function itemLabel(plan: Plan, item: PlannedItem, theme: Theme): Part[] {
  const parts: Part[] = [{ text: sanitizeLine(item.title) || item.id }];
  if (item.depth > 0) {
    const top = topLevelOf(plan, item);
    if (top !== item) parts.push({ text: ` · ${sanitizeLine(top.title)}`, paint: theme.muted });
  }
  return parts;
}

/** Whether an ancestor of the item is in `ids`. */
export function hasAncestorIn(plan: Plan, item: PlannedItem, ids: Set<string>): boolean {
  let parent = item.parent;
  for (let guard = 0; parent !== null && guard < 1000; guard++) {
    if (ids.has(parent)) return true;
    parent = plan.itemsById.get(parent)?.parent ?? null;
  }
  return false;
}
