import type { Diagnostic } from "../../diagnostics.js";
import { isoToDay } from "../day-number.js";
import type { DayNumbers } from "./day-numbers.js";
import { ItemState, isPlaced } from "./item-state.js";
import { EdgeKind } from "./node-graph.js";
import type { ScheduleInputs } from "./schedule-inputs.js";
import { quoted, scheduleDiagnostic } from "./schedule-diagnostic.js";

/** The first and last days a plan can hold: dates are written with four-digit years. */
export const FIRST_DAY = isoToDay("0001-01-01");
export const LAST_DAY = isoToDay("9999-12-31");

/**
 * Rule 9: dates run from 0001-01-01 to 9999-12-31. An item whose planned
 * dates fall outside (a length of centuries, a start near the year 9999, a
 * length before a pinned end near the year 1) is a `date-out-of-range` error
 * at its length or pin, and is left without dates, as is everything carried
 * out with it (its parents, its window, its dependents). Returns whether any
 * item was left out; their state becomes unscheduled.
 */
export function leaveOutOfRange(inputs: ScheduleInputs, days: DayNumbers, diagnostics: Diagnostic[]): boolean {
  const { items, count, children } = inputs.tree;
  const { state } = inputs.placement;
  const outside = (x: number) => isPlaced(state[x]) && (days.startDay[x] < FIRST_DAY || days.endDay[x] > LAST_DAY);
  const out: number[] = [];
  for (let x = 0; x < count; x++) if (outside(x)) out.push(x);
  if (out.length === 0) return false;
  // Reported: each item outside on its own account, not carried out by an item it waits for
  // (its dependencies, or the parent whose window it takes) or by a child outside.
  const { graph } = inputs;
  const carried = (x: number) => {
    if (state[x] === ItemState.Window) return true;
    for (let c = children.start[x]; c < children.start[x + 1]; c++) if (outside(children.list[c])) return true;
    // What it waits for: `after` and the phase before it in a sequential roadmap.
    const node = 2 * x;
    for (let e = graph.inStart[node]; e < graph.inStart[node + 1]; e++) {
      const edge = graph.inEdges[e];
      if (graph.kind[edge] !== EdgeKind.Structure && outside(graph.from[edge] >> 1)) return true;
    }
    return false;
  };
  for (const x of out) {
    if (carried(x)) continue;
    const late = days.endDay[x] > LAST_DAY;
    const item = items[x];
    const what = item.duration ? `duration: ${item.duration.text}` : item.when ? `when: ${item.when.text}` : "its place in the plan";
    const found = late ? "would end after 9999-12-31" : "would start before 0001-01-01";
    diagnostics.push(
      scheduleDiagnostic(
        "date-out-of-range",
        `${quoted(item.id)} ${found} (${what}): expected dates from 0001-01-01 to 9999-12-31; it is shown without dates, and so is what contains it or waits for it`,
        item.duration ? [...item.path, "duration"] : item.when ? [...item.path, "when"] : item.path,
      ),
    );
  }
  for (const x of out) state[x] = ItemState.Unscheduled;
  return true;
}
