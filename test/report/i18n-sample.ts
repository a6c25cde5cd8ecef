import type { Labels } from "../../src/report/i18n/index.js";

/** A bit of every kind of output of a language's labels: what the determinism check compares. */
export function i18nSample(t: Labels): string[] {
  return [
    t.section.overdue,
    t.percent(0.425),
    t.number(1234567.891),
    t.relativeDays(9),
    t.relativeDays(-3),
    t.time.daysLeft(21),
    t.count.days(1.5),
    t.review.months([1, 2]),
    t.capitalize("istanbul"),
    t.list.more({ count: 12345 }),
  ];
}
