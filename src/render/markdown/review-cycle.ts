import type { IsoDate, Length } from "../../model.js";
import { addMonths, dayToIso, isoToDay } from "../../plan/day-number.js";

const unitNames: Record<Length["unit"], [string, string]> = {
  h: ["hour", "hours"],
  d: ["day", "days"],
  w: ["week", "weeks"],
  mo: ["month", "months"],
  q: ["quarter", "quarters"],
};

/** A review cycle in words: `every week`, `every 2 weeks`, `every 1-2 months`. */
export function describeCycle(every: Length): string {
  const [one, many] = unitNames[every.unit];
  if (every.min === every.max && every.max === 1) return `every ${one}`;
  const count = every.min === every.max ? String(every.max) : `${every.min}-${every.max}`;
  return `every ${count} ${many}`;
}

/**
 * The calendar day one review cycle after `updated`, as the `stale-review`
 * lint rule counts it (weeks of 7 days, whole months by the calendar).
 */
export function nextReview(updated: IsoDate, every: Length): IsoDate {
  const day = isoToDay(updated);
  const v = every.max;
  switch (every.unit) {
    case "h": return dayToIso(day + Math.ceil(v / 24));
    case "d": return dayToIso(day + Math.ceil(v));
    case "w": return dayToIso(day + Math.ceil(v * 7));
    case "mo": return dayToIso(Number.isInteger(v) ? addMonths(day, v) : day + Math.ceil(v * 30.4375));
    case "q": return dayToIso(Number.isInteger(v) ? addMonths(day, 3 * v) : day + Math.ceil(v * 91.3125));
  }
}
