import type { Length } from "../model.js";
import type { Count, Labels } from "../report/i18n/labels.js";

const ONE = { h: "everyHour", d: "everyDay", w: "everyWeek", mo: "everyMonth", q: "everyQuarter" } as const;
const MANY = { h: "hours", d: "days", w: "weeks", mo: "months", q: "quarters" } as const;

/**
 * A review cycle in the report's language: `every week`, `every 2 weeks`,
 * `every 1–2 months`; `каждую неделю`, `каждые 2 недели`, `her 2 haftada`.
 */
export function reviewCycleWords(every: Length, t: Labels): string {
  if (every.min === every.max && every.max === 1) return t.review[ONE[every.unit]];
  const n: Count = every.min === every.max ? every.max : [every.min, every.max];
  return t.review[MANY[every.unit]](n);
}
