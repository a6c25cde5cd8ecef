import { describe, expect, it } from "vitest";
import { enUS } from "date-fns/locale/en-US";
import { dayToIso, isoToDay, weekdayOf } from "../../src/plan/day-number.js";
import { timeScale, unitForSpan } from "../../src/render/html/time-scale.js";

describe("timeScale", () => {
  it("picks days, weeks, months or quarters by span", () => {
    expect([1, 31, 32, 190, 191, 1098, 1099].map(unitForSpan)).toEqual(["day", "day", "week", "week", "month", "month", "quarter"]);
  });

  it("day scale: at least a week, every day ticked, months as bands", () => {
    const s = timeScale(isoToDay("2025-10-06"), isoToDay("2025-10-07"), 100, 700, enUS);
    expect(s.unit).toBe("day");
    expect(s.to - s.from).toBeGreaterThanOrEqual(7);
    expect(s.ticks.length).toBe(s.to - s.from);
    expect(s.x(s.from)).toBe(100);
    expect(s.x(s.to)).toBeCloseTo(800);
    expect(s.bands.map((b) => b.label)).toEqual(["October 2025"]);
  });

  it("week scale: starts on a Monday and ends before one", () => {
    const s = timeScale(isoToDay("2025-10-08"), isoToDay("2025-12-10"), 0, 600, enUS);
    expect(s.unit).toBe("week");
    expect(weekdayOf(s.from)).toBe(0);
    expect(weekdayOf(s.to)).toBe(0);
    expect(s.ticks.every((t) => weekdayOf(t.day) === 0)).toBe(true);
    expect(s.bands.map((b) => b.label)).toEqual(["October 2025", "November 2025", "December 2025"]);
  });

  it("month and quarter scales align to month and quarter starts", () => {
    const m = timeScale(isoToDay("2025-01-15"), isoToDay("2025-12-02"), 0, 600, enUS);
    expect(m.unit).toBe("month");
    expect(dayToIso(m.from)).toBe("2025-01-01");
    expect(dayToIso(m.to)).toBe("2026-01-01");
    expect(m.ticks.map((t) => t.label).join(" ")).toBe("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec");
    const q = timeScale(isoToDay("2025-02-15"), isoToDay("2028-05-02"), 0, 600, enUS);
    expect(q.unit).toBe("quarter");
    expect(dayToIso(q.from)).toBe("2025-01-01");
    expect(dayToIso(q.to)).toBe("2028-07-01");
    expect(q.ticks[0].label).toBe("Q1");
    expect(q.bands.map((b) => b.label)).toEqual(["2025", "2026", "2027", "2028"]);
  });
});
