import { dayToIso, isoToDay } from "../../plan/day-number.js";
import { reviewDue } from "../../plan/review-due.js";
import type { Rule } from "../rule.js";

export const staleReview: Rule = {
  id: "stale-review",
  severity: "warning",
  description: "The roadmap's `updated` date is older than its `review.every` cycle as of the date.",
  check: ({ roadmap, asOf }) => {
    if (!roadmap.review) return [];
    const every = roadmap.review.every.text;
    if (roadmap.updated === undefined) {
      return [
        {
          message: `the roadmap has a review cycle (every ${every}) but no "updated" date: expected "updated: YYYY-MM-DD" with the last review`,
          path: ["review"],
        },
      ];
    }
    const due = isoToDay(reviewDue(roadmap.updated, roadmap.review.every));
    if (due >= isoToDay(asOf)) return [];
    return [
      {
        message: `updated: ${roadmap.updated} is older than the review cycle (every ${every}): the next review was due on ${dayToIso(due)}, before ${asOf}; expected a review and a newer "updated"`,
        path: ["updated"],
      },
    ];
  },
};
