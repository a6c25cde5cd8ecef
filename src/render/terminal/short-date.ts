import type { IsoDate } from "../../model.js";
import { isoToDay } from "../../plan/day-number.js";
import { dayMonthPattern, dayMonthYearPattern, formatDay, type Locale } from "../dates.js";

/** Dates closer to the as-of date than this leave out the year. */
const NEAR_DAYS = 183;

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToDay(b) - isoToDay(a);
}

function format(iso: IsoDate, locale: Locale, withYear: boolean): string {
  return formatDay(iso, locale, withYear ? dayMonthYearPattern(locale) : dayMonthPattern(locale));
}

const near = (iso: IsoDate, asOf: IsoDate | undefined) => asOf !== undefined && Math.abs(daysBetween(asOf, iso)) < NEAR_DAYS;

/**
 * A compact date in the roadmap's locale for table cells: `Oct 6` / `6 окт.`
 * within half a year of the as-of date, with the year otherwise
 * (`Oct 6, 2026`, `6 окт. 2026`).
 */
export function shortDate(iso: IsoDate, locale: Locale, asOf?: IsoDate): string {
  return format(iso, locale, !near(iso, asOf));
}

/** A date range `Oct 20 – Nov 14`; the year once when both ends need it in the same year (`Nov 23 – Nov 30, 2026`). */
export function shortRange(start: IsoDate, end: IsoDate, locale: Locale, asOf?: IsoDate): string {
  if (start === end) return shortDate(start, locale, asOf);
  const endYear = !near(end, asOf);
  const startYear = !near(start, asOf) && !(endYear && start.slice(0, 4) === end.slice(0, 4));
  return `${format(start, locale, startYear)} – ${format(end, locale, endYear)}`;
}
