import type { IsoDate, Length } from "../model.js";
import { addMonths, dayToIso, isoToDay } from "./day-number.js";

/**
 * The day a review is due: one `review.every` cycle after `updated`, in
 * calendar time (a week is 7 days; whole months and quarters by the calendar,
 * fractional ones by their average length).
 */
export function reviewDue(updated: IsoDate, every: Length): IsoDate {
  const day = isoToDay(updated);
  const v = every.max;
  switch (every.unit) {
    case "h":
      return dayToIso(day + Math.ceil(v / 24));
    case "d":
      return dayToIso(day + Math.ceil(v));
    case "w":
      return dayToIso(day + Math.ceil(v * 7));
    case "mo":
      return dayToIso(Number.isInteger(v) ? addMonths(day, v) : day + Math.ceil(v * 30.4375));
    case "q":
      return dayToIso(Number.isInteger(v) ? addMonths(day, 3 * v) : day + Math.ceil(v * 91.3125));
  }
}
