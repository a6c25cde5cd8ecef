import type { Locale } from "date-fns";
import type { IsoDate } from "../../model.js";
import { dayMonthPattern, formatDay } from "../dates.js";

/**
 * A day or an inclusive range of days in the roadmap's locale, as compact
 * as stays unambiguous: `Oct 6, 2025`, `Oct 6 – Oct 17, 2025` (same year),
 * `Dec 29, 2025 – Jan 9, 2026`.
 */
export function formatRange(start: IsoDate, end: IsoDate, locale: Locale): string {
  if (start === end) return formatDay(start, locale);
  if (start.slice(0, 4) === end.slice(0, 4)) {
    return `${formatDay(start, locale, dayMonthPattern(locale))} – ${formatDay(end, locale)}`;
  }
  return `${formatDay(start, locale)} – ${formatDay(end, locale)}`;
}
