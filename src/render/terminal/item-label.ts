import type { Plan, PlannedItem } from "../../plan/types.js";
import { topLevelOf } from "../../report/critical-phases.js";
import { sanitizeLine } from "./sanitize-terminal.js";
import type { Part } from "./table.js";
import type { Theme } from "./theme.js";

/** An item's title, sanitised, followed for a task by its phase in muted text: `Unit tests · Core Services`. */
export function itemLabel(plan: Plan, item: PlannedItem, theme: Theme): Part[] {
  const parts: Part[] = [{ text: sanitizeLine(item.title) || item.id }];
  if (item.depth > 0) {
    const top = topLevelOf(plan, item);
    if (top !== item) parts.push({ text: ` · ${sanitizeLine(top.title)}`, paint: theme.muted });
  }
  return parts;
}
