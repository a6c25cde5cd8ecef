import { format } from "date-fns/format";
import type { Locale } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import type { IsoDate } from "../model.js";

export type { Locale };
export { enUS as defaultDateLocale };

/** A Date at local midnight of an ISO day (date-fns formats local dates); years below 100 stay as written. */
function toDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return date;
}

/**
 * Formats an ISO day in a date-fns locale. `pattern` is a date-fns pattern:
 * `PP` (Oct 6, 2025 / 6 окт. 2025 г.), `d MMM`, `MMM yyyy`, `LLL`.
 */
export function formatDay(iso: IsoDate, locale: Locale = enUS, pattern = "PP"): string {
  return format(toDate(iso), pattern, { locale });
}

/** One piece of a date-fns pattern: a field (`MMM`, `d`, `y`), a quoted literal (`'г.'`) or separators (`, `). */
interface Piece {
  text: string;
  kind: "field" | "literal" | "separator";
}

function pieces(pattern: string): Piece[] {
  return (pattern.match(/'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? []).map((text) => ({
    text,
    kind: text.startsWith("'") ? "literal" : /^[A-Za-z]/.test(text) ? "field" : "separator",
  }));
}

const isYear = (p: Piece) => p.kind === "field" && /^[yYuR]/.test(p.text);

/** The locale's medium date pattern (`MMM d, y`, `d MMM y 'г.'`, `y/MM/dd`). */
function mediumPattern(locale: Locale): string {
  return locale.formatLong?.date({ width: "medium" }) ?? "MMM d, y";
}

/**
 * From the locale's medium date pattern: the indexes of the year and of the
 * literals written with it (`'г.'` after it, `'de'` before it), as [first, last].
 */
function yearSpan(list: Piece[]): [number, number] | null {
  const year = list.findIndex(isYear);
  if (year < 0) return null;
  let first = year;
  let last = year;
  const literalAt = (i: number) => list[i]?.kind === "literal";
  const separatorAt = (i: number) => list[i]?.kind === "separator";
  while (literalAt(last + 1) || (separatorAt(last + 1) && literalAt(last + 2))) last += literalAt(last + 1) ? 1 : 2;
  while (literalAt(first - 1) || (separatorAt(first - 1) && literalAt(first - 2))) first -= literalAt(first - 1) ? 1 : 2;
  return [first, last];
}

/** The pattern with a day and a month field, or null. */
const hasDayAndMonth = (pattern: string) => /d/.test(pattern.replace(/'[^']*'/g, "")) && /[ML]/.test(pattern.replace(/'[^']*'/g, ""));

/**
 * The day and month of the locale's medium date, without the year: `MMM d`
 * (en-US), `d MMM` (en-GB, ru, tr), `do MMM` (de), `MM/dd` (ja), `d 'de' MMM`
 * (pt). The one pattern every report uses for a day without its year.
 */
export function dayMonthPattern(locale: Locale): string {
  return cachedPattern(dayMonthCache, locale, deriveDayMonth);
}

const dayMonthCache = new WeakMap<Locale, string>();
const dayMonthYearCache = new WeakMap<Locale, string>();

function cachedPattern(cache: WeakMap<Locale, string>, locale: Locale, derive: (locale: Locale) => string): string {
  const known = cache.get(locale);
  if (known !== undefined) return known;
  const pattern = derive(locale);
  cache.set(locale, pattern);
  return pattern;
}

function deriveDayMonth(locale: Locale): string {
  const list = pieces(mediumPattern(locale));
  const span = yearSpan(list);
  if (span) {
    let [first, last] = span;
    // the separators between the year and the rest go with it
    if (first > 0 && list[first - 1].kind === "separator") first--;
    else if (list[last + 1]?.kind === "separator") last++;
    const rest = [...list.slice(0, first), ...list.slice(last + 1)];
    while (rest[0]?.kind === "separator") rest.shift();
    const text = rest
      .map((p) => p.text)
      .join("")
      .replace(/[\s,/\-–]+$/, "");
    if (hasDayAndMonth(text)) return text;
  }
  return /^en(-(US|CA|PH))?$/.test(locale.code ?? "") ? "MMM d" : "d MMM";
}

/**
 * The locale's medium date without the words written after the year
 * (`d MMM y` for ru's `d MMM y 'г.'`): a compact day with its year, for
 * table cells.
 */
export function dayMonthYearPattern(locale: Locale): string {
  return cachedPattern(dayMonthYearCache, locale, deriveDayMonthYear);
}

function deriveDayMonthYear(locale: Locale): string {
  const medium = mediumPattern(locale);
  const list = pieces(medium);
  const year = list.findIndex(isYear);
  if (year < 0) return medium;
  let last = year;
  while (list[last + 1]?.kind === "literal" || (list[last + 1]?.kind === "separator" && list[last + 2]?.kind === "literal"))
    last += list[last + 1].kind === "literal" ? 1 : 2;
  return [...list.slice(0, year + 1), ...list.slice(last + 1)].map((p) => p.text).join("");
}
