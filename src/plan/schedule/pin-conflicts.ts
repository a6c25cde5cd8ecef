import type { Diagnostic } from "../../diagnostics.js";
import { dayToIso } from "../day-number.js";
import { ItemState, PinKind, pinsEnd, pinsStart } from "./item-state.js";
import type { ForwardPass } from "./forward-pass.js";
import type { ScheduleInputs } from "./schedule-inputs.js";
import { quoted, scheduleDiagnostic } from "./schedule-diagnostic.js";

/**
 * `pin-conflict` errors (rules 1, 4 and 6): a pin that starts before a
 * dependency ends, a duration longer than its pin, a child (or a window item a
 * dependency pushes) outside its parent's pinned dates. Pins are kept.
 */
export function findPinConflicts(inputs: ScheduleInputs, pass: ForwardPass, diagnostics: Diagnostic[]): void {
  const { items, parent } = inputs.tree;
  const { pinKind, pinnedDay, isMilestone, hasLength, length } = inputs.pins;
  const { state } = inputs.placement;
  const iso = (ordinal: number) => dayToIso(inputs.calendar.dayOf(ordinal));
  for (let x = 0; x < inputs.tree.count; x++) {
    if (state[x] !== ItemState.Scheduled && state[x] !== ItemState.Window) continue;
    const up = parent[x];
    if (pinKind[x] === PinKind.None && (up < 0 || pinKind[up] === PinKind.None)) continue;
    const id = quoted(items[x].id);

    if (pinKind[x] !== PinKind.None && pass.dependencyStartItem[x] >= 0 && pass.start[x] < pass.dependencyStart[x]) {
      const owner = pass.dependencyStartItem[x];
      const dependency = pass.afterEndItem[owner];
      const dependencyEnd = pass.afterEnd[owner];
      const pinned = isMilestone[x] ? `is pinned to ${dayToIso(pinnedDay[x])}` : `is pinned to start on ${iso(pass.start[x])}`;
      const via = owner === x ? "its dependency" : `the dependency of its parent ${quoted(items[owner].id)},`;
      diagnostics.push(
        scheduleDiagnostic(
          "pin-conflict",
          `${id} ${pinned} (when: ${items[x].when!.text}), but ${via} ${quoted(items[dependency].id)} ends on ${iso(dependencyEnd)}: expected the pin to ${isMilestone[x] ? "be on or after" : "start after"} that day; the pin is kept`,
          [...items[x].path, "when"],
        ),
      );
    }

    if (pinKind[x] === PinKind.Both && !isMilestone[x] && hasLength[x] && length[x] > pass.end[x] - pass.start[x] + 1) {
      const workdays = pass.end[x] - pass.start[x] + 1;
      diagnostics.push(
        scheduleDiagnostic(
          "pin-conflict",
          `${id} has duration: ${items[x].duration!.text} (${length[x]} workdays), which does not fit in when: ${items[x].when!.text} (${iso(pass.start[x])} to ${iso(pass.end[x])}, ${workdays} ${workdays === 1 ? "workday" : "workdays"}): expected a duration that fits the pinned dates, or a longer "when"; the item keeps its pin`,
          [...items[x].path, "when"],
        ),
      );
    }

    if (up < 0 || pinKind[up] === PinKind.None || isMilestone[up]) continue;
    const parentId = quoted(items[up].id);
    const where = items[x].when ? [...items[x].path, "when"] : items[x].path;
    if (pinsStart(pinKind[up]) && pass.start[x] < pass.start[up]) {
      diagnostics.push(
        scheduleDiagnostic(
          "pin-conflict",
          `${id} starts on ${iso(pass.start[x])}, before its parent ${parentId} starts on ${iso(pass.start[up])} (when: ${items[up].when!.text}): expected children within the parent's pinned dates`,
          where,
        ),
      );
    }
    if (pinsEnd(pinKind[up]) && pass.end[x] > pass.end[up]) {
      diagnostics.push(
        scheduleDiagnostic(
          "pin-conflict",
          `${id} ends on ${iso(pass.end[x])}, after its parent ${parentId} ends on ${iso(pass.end[up])} (when: ${items[up].when!.text}): expected children within the parent's pinned dates; the parent keeps its pin`,
          where,
        ),
      );
    }
  }
}
