import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Weekday } from "../../src/model.js";
import { addMonths, dayToIso, isoToDay, weekdayOf } from "../../src/plan/day-number.js";
import { lengthToDays } from "../../src/plan/length-to-days.js";
import { WorkCalendar } from "../../src/plan/work-calendar.js";
import { length } from "./make-roadmap.js";

const MON_FRI: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
const ALL: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

describe("day numbers", () => {
  it.each([
    ["1970-01-01", 0],
    ["1969-12-31", -1],
    ["2000-02-29", 11016],
    ["2025-10-06", 20367],
    ["1600-03-01", -135080],
  ])("%s is day %i", (iso, n) => {
    expect(isoToDay(iso)).toBe(n);
    expect(dayToIso(n)).toBe(iso);
  });

  it("round-trips every day of 1899-2101", () => {
    const bad: number[] = [];
    for (let d = isoToDay("1899-01-01"); d <= isoToDay("2101-12-31"); d++) if (isoToDay(dayToIso(d)) !== d) bad.push(d);
    expect(bad).toEqual([]);
  });

  it.each([
    ["2025-10-06", 0],
    ["2025-10-11", 5],
    ["2025-10-12", 6],
    ["1970-01-01", 3],
  ])("weekday of %s is %i (0 = Monday)", (iso, w) => expect(weekdayOf(isoToDay(iso))).toBe(w));

  it.each([
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-10-06", 3, "2026-01-06"],
    ["2025-10-06", -10, "2024-12-06"],
    ["2025-03-31", -1, "2025-02-28"],
  ])("%s + %i months = %s", (iso, n, out) => expect(dayToIso(addMonths(isoToDay(iso), n))).toBe(out));
});

describe("WorkCalendar", () => {
  const cal = new WorkCalendar({ workdays: MON_FRI, holidays: ["2025-12-25", "2025-12-27", "2026-01-01"] });
  const d = isoToDay;

  it("knows workdays, weekends and holidays", () => {
    expect(cal.isWorkday(d("2025-12-24"))).toBe(true);
    expect(cal.isWorkday(d("2025-12-25"))).toBe(false);
    expect(cal.isWorkday(d("2025-12-27"))).toBe(false); // Saturday and a holiday
    expect(cal.isWorkday(d("2025-12-28"))).toBe(false);
    expect(cal.perWeek).toBe(5);
  });

  it.each([
    ["2025-12-24", "2025-12-24", "2025-12-24"],
    ["2025-12-25", "2025-12-26", "2025-12-24"],
    ["2025-12-27", "2025-12-29", "2025-12-26"],
    ["2026-01-01", "2026-01-02", "2025-12-31"],
  ])("around %s: next workday %s, previous %s", (day, next, prev) => {
    expect(dayToIso(cal.dayOf(cal.ordinalOnOrAfter(d(day))))).toBe(next);
    expect(dayToIso(cal.dayOf(cal.ordinalOnOrBefore(d(day))))).toBe(prev);
  });

  it("counts workdays inclusively", () => {
    expect(cal.countWorkdays(d("2025-12-22"), d("2026-01-02"))).toBe(8);
    expect(cal.countWorkdays(d("2025-12-27"), d("2025-12-28"))).toBe(0);
    expect(cal.countWorkdays(d("2025-12-28"), d("2025-12-27"))).toBe(0);
  });

  it("treats an empty workday list as every day", () => {
    expect(new WorkCalendar({ workdays: [], holidays: [] }).perWeek).toBe(7);
  });

  it("agrees with a day-by-day count on random calendars (property)", () => {
    fc.assert(
      fc.property(
        fc.subarray(ALL, { minLength: 1 }),
        fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 15 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 120 }),
        (workdays, holidayOffsets, base, span) => {
          const origin = d("2025-01-01") + base;
          const holidays = holidayOffsets.map((o) => dayToIso(origin + o));
          const c = new WorkCalendar({ workdays, holidays });
          const hs = new Set(holidays.map(d));
          const isWork = (x: number) => workdays.includes(ALL[weekdayOf(x)]) && !hs.has(x);
          let count = 0;
          for (let x = origin; x <= origin + span; x++) {
            expect(c.isWorkday(x)).toBe(isWork(x));
            if (isWork(x)) {
              // Consecutive ordinals, and dayOf inverts them.
              const o = c.ordinalOnOrAfter(x);
              expect(o).toBe(c.ordinalOnOrAfter(origin) + count);
              expect(c.dayOf(o)).toBe(x);
              count++;
            }
          }
          expect(c.countWorkdays(origin, origin + span)).toBe(count);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("lengthToDays", () => {
  it.each([
    ["4h", 5, 1, 1],
    ["9h", 5, 2, 2],
    ["2d", 5, 2, 2],
    ["1.5d", 5, 2, 2],
    ["1w", 5, 5, 5],
    ["1w", 4, 4, 4],
    ["1.5w", 5, 8, 8],
    ["0.6w", 5, 3, 3],
    ["1mo", 5, 20, 20],
    ["1q", 5, 65, 65],
    ["2-3w", 5, 15, 10],
    ["1-2mo", 6, 48, 24],
  ])("%s with %i workdays a week: planned %i, best case %i", (text, perWeek, max, min) => {
    expect(lengthToDays(length(text), perWeek, "max")).toBe(max);
    expect(lengthToDays(length(text), perWeek, "min")).toBe(min);
  });
});
