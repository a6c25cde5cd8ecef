import { format } from "date-fns/format";
import type { Locale } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import type { IsoDate } from "../model.js";

export type { Locale };
export { enUS as defaultDateLocale };

/** A Date at local midnight of an ISO day (date-fns formats local dates). */
function toDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y, m - 1, d);
}

/**
 * Formats an ISO day in a date-fns locale. `pattern` is a date-fns pattern:
 * `PP` (Oct 6, 2025 / 6 окт. 2025 г.), `d MMM`, `MMM yyyy`, `LLL`.
 */
export function formatDay(iso: IsoDate, locale: Locale = enUS, pattern = "PP"): string {
  return format(toDate(iso), pattern, { locale });
}
