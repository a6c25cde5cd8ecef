import type { Length } from "../../model.js";
import { addMonths, dayToIso, isoToDay } from "../../plan/day-number.js";

const UNIT: Record<Length["unit"], [string, string]> = {
  h: ["hour", "hours"],
  d: ["day", "days"],
  w: ["week", "weeks"],
  mo: ["month", "months"],
  q: ["quarter", "quarters"],
};

/** `1w` → `every week`, `2w` → `every 2 weeks`. */
export function reviewCycleText(every: Length): string {
  const [one, many] = UNIT[every.unit];
  const n = every.min === every.max ? String(every.max) : `${every.min}–${every.max}`;
  return n === "1" ? `every ${one}` : `every ${n} ${many}`;
}

/** The day the next review is due: one cycle after `updated` (as the stale-review lint rule counts it). */
export function nextReviewDay(updated: string, every: Length): string {
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
