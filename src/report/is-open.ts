import type { PlannedItem } from "../plan/types.js";

/** Work still to do: not done and not cancelled. */
export function isOpen(item: PlannedItem): boolean {
  return item.status !== "done" && item.status !== "cancelled";
}
