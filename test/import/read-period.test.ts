import { describe, expect, it } from "vitest";
import { readDayRange, readLength, readSpan } from "../../src/import/read-period.js";
import { parseSpanText } from "../../src/schema/parse-span.js";
import { parseLength } from "../../src/schema/parse-length.js";

/** Each date and period form, per language, and what `when` it becomes. */
const spans: [lang: string, text: string, span: string | undefined][] = [
  ["iso", "2026-03-02", "2026-03-02"],
  ["iso", "2026-03-02 – 2026-03-13", "2026-03-02..2026-03-13"],
  ["iso", "2026-03", "2026-03"],
  ["iso", "2026-Q1", "2026-Q1"],
  ["iso", "2026", "2026"],
  ["en", "Q1 2026", "2026-Q1"],
  ["en", "Q1/2026", "2026-Q1"],
  ["en", "2026 Q1", "2026-Q1"],
  ["en", "Q1-Q2 2026", "2026-Q1..2026-Q2"],
  ["en", "H2 2026", "2026-07..2026-12"],
  ["en", "January 2026", "2026-01"],
  ["en", "Jan 2026", "2026-01"],
  ["en", "Jan–Mar 2026", "2026-01..2026-03"],
  ["en", "January to March 2026", "2026-01..2026-03"],
  ["en", "Nov 2025 - Feb 2026", "2025-11..2026-02"],
  ["en", "October 25, 2025", "2025-10-25"],
  ["en", "25 October 2025", "2025-10-25"],
  ["en", "Oct 24-25, 2025", "2025-10-24..2025-10-25"],
  ["en", "Week 3", "week 3"],
  ["en", "Weeks 3-6", "weeks 3-6"],
  ["en", "Week 1-2", "week 1-2"],
  ["en", "Month 2", "month 2"],
  ["en", "Months 2-3", "months 2-3"],
  ["ru", "Неделя 3", "week 3"],
  ["ru", "НЕДЕЛЯ 1-2", "weeks 1-2"],
  ["ru", "Недели 3-6", "weeks 3-6"],
  ["ru", "3-я неделя", "week 3"],
  ["ru", "Месяц 2", "month 2"],
  ["ru", "2-й месяц", "month 2"],
  ["ru", "1 квартал 2026", "2026-Q1"],
  ["ru", "I квартал 2026", "2026-Q1"],
  ["ru", "Январь 2026", "2026-01"],
  ["ru", "Февраль 2026", "2026-02"],
  ["ru", "Январь–Март 2026", "2026-01..2026-03"],
  ["ru", "23 февраля 2026", "2026-02-23"],
  ["ru", "24-25 октября 2025", "2025-10-24..2025-10-25"],
  ["ru", "25.10.2025", "2025-10-25"],
  ["tr", "Hafta 3", "week 3"],
  ["tr", "3. Hafta", "week 3"],
  ["tr", "3-6. Hafta", "weeks 3-6"],
  ["tr", "1. Ay", "month 1"],
  ["tr", "Ay 2", "month 2"],
  ["tr", "1-3. Ay", "months 1-3"],
  ["tr", "2026 1. çeyrek", "2026-Q1"],
  ["tr", "Ocak 2026", "2026-01"],
  ["tr", "Ocak-Mart 2026", "2026-01..2026-03"],
  ["tr", "13 Ekim 2025", "2025-10-13"],
  ["tr", "1 Şubat 2026", "2026-02-01"],
  ["de", "Woche 3", "week 3"],
  ["de", "3. Woche", "week 3"],
  ["de", "Wochen 3-6", "weeks 3-6"],
  ["de", "KW 3 2026", "2026-01-12..2026-01-18"],
  ["de", "KW 3/2026", "2026-01-12..2026-01-18"],
  ["de", "KW 52-53 2026", "2026-12-21..2027-01-03"],
  ["de", "Monat 2", "month 2"],
  ["de", "2. Monat", "month 2"],
  ["de", "1. Quartal 2026", "2026-Q1"],
  ["de", "Januar 2026", "2026-01"],
  ["de", "Januar–März 2026", "2026-01..2026-03"],
  ["de", "25. Oktober 2025", "2025-10-25"],
  ["de", "24.–25. Oktober 2025", "2025-10-24..2025-10-25"],
  // Not spans: lengths, names with numbers, impossible dates, ranges backwards, a week without a year.
  ["-", "3 weeks", undefined],
  ["-", "3 недели", undefined],
  ["-", "Phase 3", undefined],
  ["-", "Sprint 3", undefined],
  ["-", "2026 goals", undefined],
  ["-", "Q5 2026", undefined],
  ["-", "2026-13", undefined],
  ["-", "February 30, 2026", undefined],
  ["-", "Weeks 6-3", undefined],
  ["-", "KW 3", undefined],
  ["-", "Mar 2026 - Jan 2026", undefined],
];

const lengths: [lang: string, text: string, length: string | undefined][] = [
  ["en", "2 weeks", "2w"],
  ["en", "(2 weeks)", "2w"],
  ["en", "~3d", "3d"],
  ["en", "about 2 months", "2mo"],
  ["en", "1.5w", "1.5w"],
  ["en", "8 hours", "8h"],
  ["en", "1 quarter", "1q"],
  ["en", "2-3 weeks", "2-3w"],
  ["ru", "2-3 недели", "2-3w"],
  ["ru", "1 месяц", "1mo"],
  ["ru", "5 дней", "5d"],
  ["ru", "около 2 недель", "2w"],
  ["tr", "3 ay", "3mo"],
  ["tr", "3-6 ay", "3-6mo"],
  ["tr", "2 hafta", "2w"],
  ["tr", "4 gün", "4d"],
  ["de", "2 Wochen", "2w"],
  ["de", "3 Tage", "3d"],
  ["de", "1,5 Monate", "1.5mo"],
  ["de", "etwa 4 Stunden", "4h"],
  ["-", "Week 3", undefined],
  ["-", "3", undefined],
  ["-", "3 apples", undefined],
  ["-", "3-2 weeks", undefined],
];

const dayRanges: [text: string, length: string | undefined][] = [
  ["Days 1-2", "2d"],
  ["Day 5", "1d"],
  ["Дни 1-3", "3d"],
  ["Gün 1-2", "2d"],
  ["1-2. Gün", "2d"],
  ["Tage 3-4", "2d"],
  ["Days 4-2", undefined],
];

describe("date and period phrases", () => {
  it.each(spans)("%s: %s → when %s", (_lang, text, span) => {
    const r = readSpan(text);
    expect(r?.span).toBe(span);
    // What the importer writes is a span the format accepts.
    if (span) expect(parseSpanText(span)).toMatchObject({ text: span });
  });

  it("KW without a year takes the document's year when there is one", () => {
    expect(readSpan("KW 3", { year: 2026 })).toEqual({ span: "2026-01-12..2026-01-18", relative: false });
    expect(readSpan("KW 3")).toBeUndefined();
  });

  it.each(lengths)("%s: %s → duration %s", (_lang, text, length) => {
    expect(readLength(text)).toBe(length);
    if (length) expect(parseLength(length)).toMatchObject({ text: length });
  });

  it.each(dayRanges)("%s → duration %s", (text, length) => {
    expect(readDayRange(text)).toBe(length);
  });
});
