import type { Length } from "../../model.js";
import { addMonths, dayToIso, isoToDay } from "../../plan/day-number.js";
import type { Rule } from "../rule.js";

/** The calendar day one review cycle after `day` (h and d count calendar time here). */
function addCycle(day: number, every: Length): number {
  const v = every.max;
  switch (every.unit) {
    case "h": return day + Math.ceil(v / 24);
    case "d": return day + Math.ceil(v);
    case "w": return day + Math.ceil(v * 7);
    case "mo": return Number.isInteger(v) ? addMonths(day, v) : day + Math.ceil(v * 30.4375);
    case "q": return Number.isInteger(v) ? addMonths(day, 3 * v) : day + Math.ceil(v * 91.3125);
  }
}

export const staleReview: Rule = {
  id: "stale-review",
  severity: "warning",
  description: "The roadmap's `updated` date is older than its `review.every` cycle as of the date.",
  check: ({ roadmap, asOf }) => {
    if (!roadmap.review) return [];
    const every = roadmap.review.every.text;
    if (roadmap.updated === undefined) {
      return [{ message: `the roadmap has a review cycle (every ${every}) but no "updated" date: expected "updated: YYYY-MM-DD" with the last review`, path: ["review"] }];
    }
    const due = addCycle(isoToDay(roadmap.updated), roadmap.review.every);
    if (due >= isoToDay(asOf)) return [];
    return [{
      message: `updated: ${roadmap.updated} is older than the review cycle (every ${every}): the next review was due on ${dayToIso(due)}, before ${asOf}; expected a review and a newer "updated"`,
      path: ["updated"],
    }];
  },
};
