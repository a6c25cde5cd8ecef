import type { IsoDate } from "../model.js";
import { isoToDay } from "../plan/day-number.js";
import type { WorkCalendar } from "../plan/work-calendar.js";

/**
 * Workdays of `calendar` from one date to another: the workdays after the
 * earlier date up to and including the later one, positive when `to` is
 * later. A move from Friday to the next Monday is 1 on a Monday-to-Friday
 * calendar; a move onto a day off counts the workdays passed on the way.
 * Null when either date is missing.
 */
export function workdaySlip(calendar: WorkCalendar, from: IsoDate | null, to: IsoDate | null): number | null {
  if (from === null || to === null) return null;
  return calendar.ordinalOnOrBefore(isoToDay(to)) - calendar.ordinalOnOrBefore(isoToDay(from));
}
