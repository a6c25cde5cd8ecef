import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { enUS } from "date-fns/locale/en-US";
import { hu } from "date-fns/locale/hu";
import { ja } from "date-fns/locale/ja";
import { pt } from "date-fns/locale/pt";
import { ru } from "date-fns/locale/ru";
import { tr } from "date-fns/locale/tr";
import { vi } from "date-fns/locale/vi";
import { describe, expect, it } from "vitest";
import { dayMonthPattern, dayMonthYearPattern, formatDay, type Locale } from "../../src/render/dates.js";
import { daysBetween } from "../../src/render/terminal/short-date.js";

describe("one day-and-month pattern for every report, from the locale's medium date", () => {
  const cases: [string, Locale, string, string][] = [
    ["month first (en-US)", enUS, "Oct 6", "Oct 6, 2025"],
    ["day first (en-GB)", enGB, "6 Oct", "6 Oct 2025"],
    ["the words after the year go with it (ru `г.`)", ru, "6 окт.", "6 окт. 2025"],
    ["Turkish", tr, "6 Eki", "6 Eki 2025"],
    ["an ordinal day (de)", de, "6. Okt.", "6. Okt. 2025"],
    ["year first, numeric (ja)", ja, "10/06", "2025/10/06"],
    ["year first, a dot after the day kept (hu)", hu, "okt. 6.", "2025. okt. 6."],
    ["a word before the year goes with it (pt `de`)", pt, "6 de out", "6 de out de 2025"],
    ["a word before the year (vi `năm`)", vi, "6 thg 10", "6 thg 10 năm 2025"],
  ];
  it.each(cases)("%s", (_, locale, dayMonth, withYear) => {
    expect(formatDay("2025-10-06", locale, dayMonthPattern(locale))).toBe(dayMonth);
    expect(formatDay("2025-10-06", locale, dayMonthYearPattern(locale))).toBe(withYear);
  });

  it("falls back to the month-first rule when the locale has no medium pattern", () => {
    const bare = (code: string) => ({ code }) as Locale;
    expect(dayMonthPattern(bare("en-US"))).toBe("MMM d");
    expect(dayMonthPattern({ code: "xx", formatLong: { date: () => "y" } } as unknown as Locale)).toBe("d MMM");
  });
});

describe("formatDay across the whole range of four-digit years", () => {
  it.each([
    ["0001-01-03", "Jan 3, 1"],
    ["0050-02-28", "Feb 28, 50"],
    ["0099-12-31", "Dec 31, 99"],
    ["0100-03-01", "Mar 1, 100"],
    ["9999-12-31", "Dec 31, 9999"],
  ])("%s is %s, never a year of the 1900s", (iso, text) => {
    expect(formatDay(iso, enUS)).toBe(text);
    expect(formatDay(iso, enUS, "yyyy-MM-dd")).toBe(iso);
  });
});

describe("daysBetween counts calendar days in any four-digit year", () => {
  it.each([
    ["2026-01-05", "2026-01-12", 7],
    ["0050-01-05", "0100-01-01", 18_258],
    ["0001-01-01", "2026-01-01", 739_616],
    ["0099-03-01", "2026-01-01", 703_763],
    ["2026-01-12", "2026-01-05", -7],
  ])("%s to %s: %i", (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
  });
});
