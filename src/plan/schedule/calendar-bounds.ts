import type { Diagnostic } from "../../diagnostics.js";
import { isoToDay } from "../day-number.js";
import type { DayNumbers } from "./day-numbers.js";
import { ItemState, isPlaced } from "./item-state.js";
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
  // Reported: the items whose own dates cross a bound (no child outside, begun inside), else the first carried out.
  const leaves = out.filter((x) => {
    for (let c = children.start[x]; c < children.start[x + 1]; c++) if (outside(children.list[c])) return false;
    return true;
  });
  const crossing = leaves.filter((x) => days.startDay[x] <= LAST_DAY && days.endDay[x] >= FIRST_DAY);
  const causes = crossing.length > 0 ? crossing : [leaves.reduce((a, b) => (days.startDay[b] < days.startDay[a] ? b : a))];
  for (const x of causes) {
    const late = days.endDay[x] > LAST_DAY;
    const item = items[x];
    const what = item.duration ? `duration: ${item.duration.text}` : item.when ? `when: ${item.when.text}` : "its dependencies";
    const found = late ? "would end after 9999-12-31" : `would start before 0001-01-01`;
    const others = out.length - 1;
    diagnostics.push(
      scheduleDiagnostic(
        "date-out-of-range",
        `${quoted(item.id)} ${found} (${what}): expected dates from 0001-01-01 to 9999-12-31; ${others > 0 ? `it and ${others} other ${others === 1 ? "item" : "items"} (the parents and dependents it carries out) are` : "it is"} shown without dates`,
        item.duration ? [...item.path, "duration"] : item.when ? [...item.path, "when"] : item.path,
      ),
    );
  }
  for (const x of out) state[x] = ItemState.Unscheduled;
  return true;
}
