import type { Length } from "../model.js";

const UNIT: Record<Length["unit"], [string, string]> = {
  h: ["hour", "hours"],
  d: ["day", "days"],
  w: ["week", "weeks"],
  mo: ["month", "months"],
  q: ["quarter", "quarters"],
};

/** A review cycle in words: `every week`, `every 2 weeks`, `every 1-2 months` (`dash` joins a range). */
export function describeReviewCycle(every: Length, dash = "-"): string {
  const [one, many] = UNIT[every.unit];
  if (every.min === every.max && every.max === 1) return `every ${one}`;
  const count = every.min === every.max ? String(every.max) : `${every.min}${dash}${every.max}`;
  return `every ${count} ${many}`;
}
