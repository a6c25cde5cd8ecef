import type { Locale } from "date-fns";
import { addMonths, dayToIso, dayToYmd, weekdayOf, ymdToDay, type DayNumber } from "../../plan/day-number.js";
import { formatDay } from "../dates.js";

export type TimeUnit = "day" | "week" | "month" | "quarter";

export interface Tick {
  day: DayNumber;
  label: string;
}

export interface Band {
  from: DayNumber;
  /** Exclusive. */
  to: DayNumber;
  label: string;
  /** A shorter label for narrow bands. */
  short: string;
}

/** A linear day → x mapping over a whole number of days, with the axis that suits its span. */
export interface TimeScale {
  unit: TimeUnit;
  /** First day shown. */
  from: DayNumber;
  /** Day after the last day shown. */
  to: DayNumber;
  /** x of a day's left edge (day `to` gives the right edge of the plot). */
  x(day: DayNumber): number;
  pxPerDay: number;
  /** Lower axis row: one tick per unit. */
  ticks: Tick[];
  /** Upper axis row: months (day, week scales) or years (month, quarter scales). */
  bands: Band[];
}

/** The unit for a span: days up to a month, weeks up to half a year, months up to three years, then quarters. */
export function unitForSpan(days: number): TimeUnit {
  if (days <= 31) return "day";
  if (days <= 190) return "week";
  if (days <= 3 * 366) return "month";
  return "quarter";
}

function monthStart(day: DayNumber): DayNumber {
  const [y, m] = dayToYmd(day);
  return ymdToDay(y, m, 1);
}

function quarterStart(day: DayNumber): DayNumber {
  const [y, m] = dayToYmd(day);
  return ymdToDay(y, m - ((m - 1) % 3), 1);
}

function yearStart(day: DayNumber): DayNumber {
  return ymdToDay(dayToYmd(day)[0], 1, 1);
}

function nextYear(day: DayNumber): DayNumber {
  return ymdToDay(dayToYmd(day)[0] + 1, 1, 1);
}

/**
 * A scale for the days `first..last` (inclusive) on a plot `width` pixels
 * wide starting at `left`. The domain is widened to whole units (Monday-based
 * weeks, months, quarters) so the axis starts and ends on a tick.
 */
export function timeScale(first: DayNumber, last: DayNumber, left: number, width: number, locale: Locale): TimeScale {
  const unit = unitForSpan(last - first + 1);
  let from: DayNumber;
  let to: DayNumber;
  switch (unit) {
    case "day": {
      // At least a week, centred on the span, with a day of air on each side.
      const pad = Math.max(1, Math.ceil((7 - (last - first + 1)) / 2));
      from = first - pad;
      to = last + 1 + pad;
      break;
    }
    case "week":
      from = first - weekdayOf(first);
      to = last + 1 + ((7 - weekdayOf(last + 1)) % 7);
      break;
    case "month":
      from = monthStart(first);
      to = addMonths(monthStart(last), 1);
      break;
    case "quarter":
      from = quarterStart(first);
      to = addMonths(quarterStart(last), 3);
      break;
  }
  const pxPerDay = width / (to - from);
  const x = (day: DayNumber) => left + (day - from) * pxPerDay;
  const fmt = (day: DayNumber, pattern: string) => formatDay(dayToIso(day), locale, pattern);

  const ticks: Tick[] = [];
  const bands: Band[] = [];
  const addBands = (start: (d: DayNumber) => DayNumber, next: (d: DayNumber) => DayNumber, pattern: string, shortPattern: string) => {
    for (let d = start(from); d < to; d = next(d)) {
      const a = Math.max(d, from);
      bands.push({ from: a, to: Math.min(next(d), to), label: fmt(a, pattern), short: fmt(a, shortPattern) });
    }
  };
  switch (unit) {
    case "day":
      for (let d = from; d < to; d++) ticks.push({ day: d, label: fmt(d, "d") });
      addBands(monthStart, (d) => addMonths(monthStart(d), 1), "LLLL yyyy", "LLL");
      break;
    case "week":
      for (let d = from; d < to; d += 7) ticks.push({ day: d, label: fmt(d, "d") });
      addBands(monthStart, (d) => addMonths(monthStart(d), 1), "LLLL yyyy", "LLL");
      break;
    case "month":
      for (let d = from; d < to; d = addMonths(d, 1)) ticks.push({ day: d, label: fmt(d, "LLL") });
      addBands(yearStart, nextYear, "yyyy", "yy");
      break;
    case "quarter":
      for (let d = from; d < to; d = addMonths(d, 3)) ticks.push({ day: d, label: fmt(d, "QQQ") });
      addBands(yearStart, nextYear, "yyyy", "yy");
      break;
  }
  return { unit, from, to, x, pxPerDay, ticks, bands };
}
