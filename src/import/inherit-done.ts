import type { DraftItem } from "./draft.js";

/**
 * A done item's tasks that say nothing about their own status are done too
 * ("PHASE 1 ✅" over its lines). The status is marked as inherited, so it goes
 * away with the parent's if that one is dropped.
 */
export function inheritDone(items: DraftItem[], from?: DraftItem): void {
  for (const item of items) {
    if (from && !item.status) item.status = { value: "done", origin: "inherited", source: "", from };
    const done = item.status?.value === "done" && !item.status.implicit ? (item.status.origin === "inherited" ? item.status.from : item) : undefined;
    inheritDone(item.tasks, done);
  }
}
