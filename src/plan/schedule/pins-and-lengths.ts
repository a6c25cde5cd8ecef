import type { Diagnostic } from "../../diagnostics.js";
import type { Roadmap } from "../../model.js";
import { dayToIso, isoToDay } from "../day-number.js";
import { lengthToDays } from "../length-to-days.js";
import { resolveSpanDays } from "../resolve-span.js";
import type { WorkCalendar } from "../work-calendar.js";
import { PinKind } from "./item-state.js";
import type { ItemTree } from "./item-tree.js";
import { quoted, scheduleDiagnostic } from "./schedule-diagnostic.js";

/** What each item says about its own time: pins (rule 1), lengths (rule 3), milestones (rule 5). Ordinals are working-day numbers. */
export interface PinsAndLengths {
  isMilestone: Uint8Array;
  pinKind: Uint8Array;
  /** First workday on or after the span's start (NaN without). */
  pinStart: Float64Array;
  /** Last workday on or before the span's end (NaN without). */
  pinEnd: Float64Array;
  /** The day a milestone is pinned to, kept whatever the day (NaN without). */
  pinnedDay: Float64Array;
  hasLength: Uint8Array;
  /** Working days with the upper bound of a range, and with the lower one. */
  length: Int32Array;
  lengthMin: Int32Array;
  /** The first workday of the plan: the roadmap's start, else the earliest pin; Infinity with neither. */
  anchor: number;
}

export function readPinsAndLengths(roadmap: Roadmap, tree: ItemTree, calendar: WorkCalendar, diagnostics: Diagnostic[]): PinsAndLengths {
  const { count, items, status } = tree;
  const startDay = roadmap.start !== undefined ? isoToDay(roadmap.start) : undefined;
  const isMilestone = new Uint8Array(count);
  const pinKind = new Uint8Array(count);
  const pinStart = new Float64Array(count).fill(NaN);
  const pinEnd = new Float64Array(count).fill(NaN);
  const pinnedDay = new Float64Array(count).fill(NaN);
  const hasLength = new Uint8Array(count);
  const length = new Int32Array(count);
  const lengthMin = new Int32Array(count);
  let earliestPin = Infinity;

  for (let i = 0; i < count; i++) {
    const item = items[i];
    if (status[i] === "cancelled") continue;
    isMilestone[i] = item.milestone ? 1 : 0;
    if (item.duration && !item.milestone) {
      hasLength[i] = 1;
      length[i] = Math.max(1, lengthToDays(item.duration, calendar.perWeek, "max"));
      lengthMin[i] = Math.max(1, lengthToDays(item.duration, calendar.perWeek, "min"));
    }
    if (!item.when) continue;
    const span = resolveSpanDays(item.when, startDay);
    const whenPath = [...item.path, "when"];
    if ("error" in span) {
      diagnostics.push(
        scheduleDiagnostic(
          "missing-start",
          `${quoted(item.id)}: when: ${item.when.text} counts from the roadmap's start, which is not set: expected "start: YYYY-MM-DD" at the top level`,
          whenPath,
        ),
      );
      continue;
    }
    if (item.milestone) {
      const day = span.to ?? span.from!;
      pinnedDay[i] = day;
      pinKind[i] = PinKind.Both;
      pinStart[i] = pinEnd[i] = calendar.ordinalOnOrBefore(day);
      earliestPin = Math.min(earliestPin, calendar.ordinalOnOrAfter(day));
      continue;
    }
    const first = span.from !== undefined ? calendar.ordinalOnOrAfter(span.from) : NaN;
    const last = span.to !== undefined ? calendar.ordinalOnOrBefore(span.to) : NaN;
    if (span.from !== undefined && span.to !== undefined && first > last) {
      const range = span.from === span.to ? dayToIso(span.from) : `${dayToIso(span.from)} to ${dayToIso(span.to)}`;
      diagnostics.push(
        scheduleDiagnostic(
          "empty-span",
          `${quoted(item.id)}: when: ${item.when.text} (${range}) has no working day: expected at least one day that is a workday (${calendar.workdays.join(", ")}) and not a holiday; the item is planned as if it had no "when"`,
          whenPath,
        ),
      );
      continue;
    }
    pinKind[i] = span.from !== undefined && span.to !== undefined ? PinKind.Both : span.from !== undefined ? PinKind.Start : PinKind.End;
    pinStart[i] = first;
    pinEnd[i] = last;
    earliestPin = Math.min(earliestPin, Number.isNaN(first) ? (hasLength[i] ? last - length[i] + 1 : last) : first);
  }

  const anchor = startDay !== undefined ? calendar.ordinalOnOrAfter(startDay) : earliestPin;
  return { isMilestone, pinKind, pinStart, pinEnd, pinnedDay, hasLength, length, lengthMin, anchor };
}
