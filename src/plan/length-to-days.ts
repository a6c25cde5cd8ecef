import type { Length } from "../model.js";

/** Working days per unit; `w` is the calendar's workdays per week. */
function unitDays(unit: Length["unit"], perWeek: number): number {
  switch (unit) {
    case "h":
      return 1 / 8;
    case "d":
      return 1;
    case "w":
      return perWeek;
    case "mo":
      return 4 * perWeek;
    case "q":
      return 13 * perWeek;
  }
}

/**
 * A length in whole working days, rounded up (`4h` is 1 day, `1.5w` is 8
 * days in a Mon-Fri calendar). `bound` picks the end of a range: the planned
 * timeline uses `max`, the best case `min`.
 */
export function lengthToDays(length: Length, perWeek: number, bound: "min" | "max" = "max"): number {
  const value = bound === "min" ? length.min : length.max;
  if (length.unit === "h") return Math.ceil(value / 8 - 1e-9);
  // The epsilon keeps 0.6w = 3.0000000000000004 days at 3.
  return Math.max(0, Math.ceil(value * unitDays(length.unit, perWeek) - 1e-9));
}
