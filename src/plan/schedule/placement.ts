import type { Diagnostic } from "../../diagnostics.js";
import { groupIndexes, type IndexLists } from "../index-lists.js";
import { ItemState, PinKind } from "./item-state.js";
import type { ItemTree } from "./item-tree.js";
import type { PinsAndLengths } from "./pins-and-lengths.js";
import { quoted, scheduleDiagnostic } from "./schedule-diagnostic.js";

/** Which items are scheduled, which take a window (rule 4), which are unscheduled or cancelled. */
export interface Placement {
  state: Uint8Array;
  /** For a window item, the scheduled ancestor whose window it takes; else -1. */
  windowOf: Int32Array;
  /** Children in the Scheduled state (not window, unscheduled or cancelled). */
  scheduledChildren: IndexLists;
}

export function placeItems(tree: ItemTree, pins: PinsAndLengths, diagnostics: Diagnostic[]): Placement {
  const { count, items, parent, status } = tree;
  const noAnchor = !Number.isFinite(pins.anchor);

  // Own time (pin, length, milestone), or a child with time: bottom-up.
  const timed = new Uint8Array(count);
  for (let i = count - 1; i >= 0; i--) {
    if (status[i] === "cancelled" || noAnchor) continue;
    if (pins.pinKind[i] !== PinKind.None || pins.hasLength[i] || pins.isMilestone[i]) timed[i] = 1;
    if (timed[i] && parent[i] >= 0) timed[parent[i]] = 1;
  }

  const state = new Uint8Array(count);
  const windowOf = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const p = parent[i];
    if (status[i] === "cancelled") state[i] = ItemState.Cancelled;
    else if (timed[i]) state[i] = ItemState.Scheduled;
    else if (p >= 0 && state[p] === ItemState.Scheduled) {
      state[i] = ItemState.Window;
      windowOf[i] = p;
    } else if (p >= 0 && state[p] === ItemState.Window) {
      state[i] = ItemState.Window;
      windowOf[i] = windowOf[p];
    } else state[i] = ItemState.Unscheduled;
  }

  if (noAnchor) {
    const needsStart = items.findIndex((item, i) => status[i] !== "cancelled" && (item.duration !== undefined || item.milestone));
    if (needsStart >= 0) {
      diagnostics.push(
        scheduleDiagnostic(
          "missing-start",
          `the roadmap has no "start" and no dated item, so "${items[needsStart].id}" and the rest cannot be scheduled: expected "start: YYYY-MM-DD" at the top level`,
          [],
        ),
      );
    }
  } else {
    for (let i = 0; i < count; i++) {
      if (state[i] !== ItemState.Unscheduled || (parent[i] >= 0 && state[parent[i]] === ItemState.Unscheduled)) continue;
      // Finished work needs no dates: only open work left without a plan is worth a warning.
      if (status[i] === "done") continue;
      // A `when` without a working day is already an empty-span error.
      if (items[i].when !== undefined) continue;
      diagnostics.push(
        scheduleDiagnostic(
          "unscheduled-item",
          `${quoted(items[i].id)} has no dates: expected a "when", a "duration", a task with one, or a scheduled parent; found none, so reports list it without dates`,
          items[i].path,
          "warning",
        ),
      );
    }
  }

  const scheduledChildren = groupIndexes(count, parent, (i) => state[i] === ItemState.Scheduled);
  return { state, windowOf, scheduledChildren };
}
