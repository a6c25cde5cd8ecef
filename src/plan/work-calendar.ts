import type { Calendar, Weekday } from "../model.js";
import { isoToDay, weekdayOf, type DayNumber } from "./day-number.js";

const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** Sorted-array count of values `< x`. */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A working-day calendar with O(log holidays) arithmetic and no tables.
 *
 * Working days are numbered by *ordinals*: consecutive integers, one per
 * working day, in date order. The schedule is computed on ordinals (a task of
 * n days that starts on ordinal s ends on s + n - 1); dates are only made at
 * the edges.
 *
 * `ordinalOnOrAfter(d)` is W(d): the number of working days before day d
 * (counted from an arbitrary origin), which is also the ordinal of the first
 * working day on or after d. W(d) = P(d) - H(d), where P counts the weekly
 * pattern and H the holidays that fall on pattern workdays.
 */
export class WorkCalendar {
  /** Working days in a calendar week. */
  readonly perWeek: number;
  /** The workdays, Monday first, as written in the calendar (after defaults). */
  readonly workdays: Weekday[];
  /** Holidays on working days, sorted, unique. */
  private readonly holidays: Float64Array;
  /** Indexed by `day mod 7`: true when a workday. */
  private readonly isWork: boolean[];
  /** `pre[r]`: pattern workdays among week offsets 0..r-1 (offset = day mod 7). */
  private readonly pre: number[];
  /** `pos[j]`: week offset of the j-th pattern workday. */
  private readonly pos: number[];

  constructor(calendar: Calendar) {
    const names = new Set(calendar.workdays);
    // A calendar without workdays cannot schedule anything; the format requires
    // at least one, so treat an empty list as every day rather than loop forever.
    if (names.size === 0) for (const w of WEEKDAYS) names.add(w);
    this.workdays = WEEKDAYS.filter((w) => names.has(w));
    this.isWork = [];
    this.pre = [0];
    this.pos = [];
    for (let r = 0; r < 7; r++) {
      const work = names.has(WEEKDAYS[weekdayOf(r)]);
      this.isWork.push(work);
      if (work) this.pos.push(r);
      this.pre.push(this.pre[r] + (work ? 1 : 0));
    }
    this.perWeek = this.pos.length;
    const hs = new Set<number>();
    for (const h of calendar.holidays) {
      const d = isoToDay(h);
      if (this.isPatternWorkday(d)) hs.add(d);
    }
    this.holidays = Float64Array.from([...hs].sort((a, b) => a - b));
  }

  private isPatternWorkday(day: DayNumber): boolean {
    return this.isWork[((day % 7) + 7) % 7];
  }

  private isHoliday(day: DayNumber): boolean {
    const i = countBelow(this.holidays, day);
    return i < this.holidays.length && this.holidays[i] === day;
  }

  isWorkday(day: DayNumber): boolean {
    return this.isPatternWorkday(day) && !this.isHoliday(day);
  }

  /** Pattern workdays before `day`. */
  private patternBefore(day: DayNumber): number {
    const q = Math.floor(day / 7);
    return q * this.perWeek + this.pre[day - q * 7];
  }

  /** The day of pattern-workday number m (inverse of patternBefore on workdays). */
  private patternDay(m: number): DayNumber {
    const q = Math.floor(m / this.perWeek);
    return q * 7 + this.pos[m - q * this.perWeek];
  }

  /** Ordinal of the first working day on or after `day`. */
  ordinalOnOrAfter(day: DayNumber): number {
    return this.patternBefore(day) - countBelow(this.holidays, day);
  }

  /** Ordinal of the last working day on or before `day`. */
  ordinalOnOrBefore(day: DayNumber): number {
    return this.ordinalOnOrAfter(day + 1) - 1;
  }

  /** The date of a working-day ordinal. */
  dayOf(ordinal: number): DayNumber {
    // Least fixpoint of m = n + #holidays <= patternDay(m); converges upwards.
    let m = ordinal;
    for (;;) {
      const d = this.patternDay(m);
      const next = ordinal + countBelow(this.holidays, d + 1);
      if (next === m) return d;
      m = next;
    }
  }

  /** Working days in `from..to`, both inclusive (0 when `to < from`). */
  countWorkdays(from: DayNumber, to: DayNumber): number {
    return Math.max(0, this.ordinalOnOrAfter(to + 1) - this.ordinalOnOrAfter(from));
  }
}
