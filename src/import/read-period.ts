import { alternation, fold } from "./fold.js";
import { approxWords, calendarWeekWords, dayWords, lengthUnits, monthNames, monthWords, quarterWords, rangeWords, weekWords } from "./words/periods.js";

/** A `when` span in the format's own syntax; `relative` when it counts from the roadmap's `start`. */
export interface SpanReading {
  span: string;
  relative: boolean;
}

export interface PeriodContext {
  /** The year a calendar week without one ("KW 3") falls in. */
  year?: number;
}

const MONTH_INDEX = new Map<string, number>();
for (const names of Object.values(monthNames)) names.forEach((forms, i) => forms.forEach((f) => MONTH_INDEX.set(fold(f), i + 1)));
const MONTH = `(${alternation(MONTH_INDEX.keys())})\\.?`;
const WEEK = `(?:${alternation(weekWords.map(fold))})`;
const REL_MONTH = `(?:${alternation(monthWords.map(fold))})`;
const DAY = `(?:${alternation(dayWords.map(fold))})`;
const CW = `(?:${alternation(calendarWeekWords.map(fold))})`;
const QUARTER = `(?:${alternation(quarterWords.map(fold))})\\.?`;
/** Russian ordinal endings after folding ("3-я неделя", "2-й месяц" → "2-и"). */
const RU_ORDINAL = "-?(?:я|и|ая|ыи|ои)";
const UNIT_OF = new Map<string, string>();
for (const [unit, words] of Object.entries(lengthUnits)) for (const w of words) UNIT_OF.set(fold(w), unit);
const UNIT = `(${alternation(UNIT_OF.keys())})\\.?`;
const APPROX = `(?:(?:${alternation(approxWords.map(fold))})\\s*)?`;
const NUM = "(\\d+(?:[.,]\\d+)?)";
const RANGE_SEP = new RegExp(`\\s*(?:\\.\\.|-|\\s(?:${alternation(rangeWords.map(fold))})\\s)\\s*`, "g");

/** The patterns, compiled once. */
const RE = {
  quarterWordYear: new RegExp(`^([1-4])\\.?\\s*(?:${RU_ORDINAL})?\\s*${QUARTER}\\s+(\\d{4})$`),
  yearQuarterWord: new RegExp(`^(\\d{4})\\s+([1-4])\\.\\s*${QUARTER}$`),
  romanQuarter: new RegExp(`^(i{1,3}|iv)\\s+${QUARTER}\\s+(\\d{4})$`),
  monthYear: new RegExp(`^${MONTH}\\s*,?\\s*(\\d{4})$`),
  dayMonthYear: new RegExp(`^(\\d{1,2})\\.?\\s*${MONTH}\\s*,?\\s*(\\d{4})$`),
  monthDayYear: new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s*,?\\s*(\\d{4})$`),
  daysMonthYear: new RegExp(`^(\\d{1,2})\\.?\\s*-\\s*(\\d{1,2})\\.?\\s*${MONTH}\\s*,?\\s*(\\d{4})$`),
  monthDaysYear: new RegExp(`^${MONTH}\\s+(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*,?\\s*(\\d{4})$`),
  calendarWeek: new RegExp(`^${CW}\\s*(\\d{1,2})(?:\\s*-\\s*(\\d{1,2}))?(?:\\s*[/,' ]\\s*(\\d{4}))?$`),
  length: new RegExp(`^${APPROX}${NUM}(?:\\s*-\\s*${NUM})?\\s*${UNIT}$`),
  days: new RegExp(`^${DAY}\\s*(\\d{1,3})(?:\\s*-\\s*(\\d{1,3}))?$`),
  ordinalDays: new RegExp(`^(\\d{1,3})(?:\\s*-\\s*(\\d{1,3}))?\\s*\\.\\s*${DAY}$`),
};
/** "Week 3", "Weeks 3-6" and the ordinal "3. Hafta", "3-я неделя", per kind. */
const RELATIVE = (["week", "month"] as const).map((kind) => {
  const words = kind === "week" ? WEEK : REL_MONTH;
  return [
    kind,
    new RegExp(`^${words}\\s*(\\d{1,3})(?:\\s*-\\s*(\\d{1,3}))?$`),
    new RegExp(`^(\\d{1,3})(?:\\s*-\\s*(\\d{1,3}))?\\s*(?:\\.|${RU_ORDINAL}\\s)\\s*${words}$`),
  ] as const;
});

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > last ? undefined : `${y}-${pad(m)}-${pad(d)}`;
}

const plausibleYear = (y: number) => y >= 1900 && y <= 2199;

/** Trims what surrounds a phrase: spaces, emoji, brackets, trailing punctuation. */
function core(text: string): string {
  return fold(text)
    .replace(/^[^\p{L}\p{N}~≈]+/u, "")
    .replace(/[^\p{L}\p{N}]+$/u, "");
}

/** One absolute span ("2026-01-05", "Jan 2026", "Q1 2026", "23 февраля 2026"), as the format writes it. */
function readAbsolute(s: string): { first: string; last: string } | undefined {
  let m: RegExpExecArray | null;
  const one = (t: string | undefined) => (t === undefined ? undefined : { first: t, last: t });
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s))) return one(isoDate(+m[1], +m[2], +m[3]));
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) return one(isoDate(+m[3], +m[2], +m[1]));
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(s))) return +m[2] >= 1 && +m[2] <= 12 ? one(`${m[1]}-${pad(+m[2])}`) : undefined;
  if ((m = /^q([1-4])\s*[-/' ]?\s*(\d{4})$/.exec(s)) || (m = RE.quarterWordYear.exec(s))) {
    return plausibleYear(+m[2]) ? one(`${m[2]}-Q${m[1]}`) : undefined;
  }
  if ((m = /^(\d{4})\s*-?\s*q([1-4])$/.exec(s)) || (m = RE.yearQuarterWord.exec(s))) {
    return plausibleYear(+m[1]) ? one(`${m[1]}-Q${m[2]}`) : undefined;
  }
  if ((m = RE.romanQuarter.exec(s))) {
    return one(`${m[2]}-Q${["i", "ii", "iii", "iv"].indexOf(m[1]) + 1}`);
  }
  if ((m = /^h([12])\s*[-/ ]?\s*(\d{4})$/.exec(s)) || (m = /^([12])h\s*(\d{4})$/.exec(s))) {
    const h = +m[1];
    return plausibleYear(+m[2]) ? { first: `${m[2]}-${pad(h * 6 - 5)}`, last: `${m[2]}-${pad(h * 6)}` } : undefined;
  }
  if ((m = /^(\d{4})\s*-?\s*h([12])$/.exec(s))) {
    const h = +m[2];
    return plausibleYear(+m[1]) ? { first: `${m[1]}-${pad(h * 6 - 5)}`, last: `${m[1]}-${pad(h * 6)}` } : undefined;
  }
  if ((m = RE.monthYear.exec(s))) {
    return plausibleYear(+m[2]) ? one(`${m[2]}-${pad(MONTH_INDEX.get(m[1])!)}`) : undefined;
  }
  if ((m = RE.dayMonthYear.exec(s))) {
    return plausibleYear(+m[3]) ? one(isoDate(+m[3], MONTH_INDEX.get(m[2])!, +m[1])) : undefined;
  }
  if ((m = RE.monthDayYear.exec(s))) {
    return plausibleYear(+m[3]) ? one(isoDate(+m[3], MONTH_INDEX.get(m[1])!, +m[2])) : undefined;
  }
  if ((m = RE.daysMonthYear.exec(s))) {
    const month = MONTH_INDEX.get(m[3])!;
    const a = isoDate(+m[4], month, +m[1]);
    const b = isoDate(+m[4], month, +m[2]);
    return a && b && a <= b ? { first: a, last: b } : undefined;
  }
  if ((m = RE.monthDaysYear.exec(s))) {
    const month = MONTH_INDEX.get(m[1])!;
    const a = isoDate(+m[4], month, +m[2]);
    const b = isoDate(+m[4], month, +m[3]);
    return a && b && a <= b ? { first: a, last: b } : undefined;
  }
  if ((m = /^(\d{4})$/.exec(s))) return plausibleYear(+m[1]) ? one(m[1]) : undefined;
  return undefined;
}

/** The year an absolute part names, to lend to a part without one ("Jan–Mar 2026"). */
function yearOf(s: string): string | undefined {
  return /(\d{4})$/.exec(s)?.[1] ?? /^(\d{4})/.exec(s)?.[1];
}

/** Monday..Sunday of ISO week `week` of `year`. */
function isoWeek(year: number, week: number): { first: string; last: string } | undefined {
  if (week < 1 || week > 53) return undefined;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (week - 1) * 7 * 86400000);
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  if (week === 53 && new Date(Date.UTC(year, 11, 28)).getUTCDay() !== 4 && isoWeekCount(year) < 53) return undefined;
  return { first: iso(monday), last: iso(sunday) };
}

function isoWeekCount(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28));
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000;
  return Math.floor((dec28.getTime() - mondayOfWeek1) / (7 * 86400000)) + 1;
}

/** A relative span; English words stay as written ("Week 5-6" → "week 5-6"), others become the format's. */
function relative(kind: "week" | "month", a: number, b: number | undefined, written: string): SpanReading | undefined {
  const to = b ?? a;
  if (to < a || to > (kind === "week" ? 520 : 120)) return undefined;
  const word = /^(weeks?|months?)\b/.exec(written)?.[1] ?? (to === a ? kind : `${kind}s`);
  return { span: to === a ? `${word} ${a}` : `${word} ${a}-${to}`, relative: true };
}

/** A whole phrase read as a span, or undefined: "Week 3", "Weeks 3-6", "Q1 2026", "Jan–Mar 2026", "KW 3 2026", "1. Ay". */
export function readSpan(text: string, context: PeriodContext = {}): SpanReading | undefined {
  const s = core(text);
  if (s === "" || s.length > 60) return undefined;
  let m: RegExpExecArray | null;
  for (const [kind, numbered, ordinal] of RELATIVE) {
    if ((m = numbered.exec(s))) return relative(kind, +m[1], m[2] === undefined ? undefined : +m[2], s);
    // "3. Hafta", "1-3. Ay", "3. Woche", "3-я неделя": an ordinal, not the length "3 weeks".
    if ((m = ordinal.exec(s))) {
      return relative(kind, +m[1], m[2] === undefined ? undefined : +m[2], "");
    }
  }
  if ((m = RE.calendarWeek.exec(s))) {
    const year = m[3] !== undefined ? +m[3] : context.year;
    if (year === undefined || !plausibleYear(year)) return undefined;
    const a = isoWeek(year, +m[1]);
    const b = isoWeek(year, m[2] === undefined ? +m[1] : +m[2]);
    if (!a || !b || b.last < a.first) return undefined;
    return { span: `${a.first}..${b.last}`, relative: false };
  }
  const single = readAbsolute(s);
  if (single) return { span: single.first === single.last ? single.first : `${single.first}..${single.last}`, relative: false };
  // A range of two absolute parts; a part without a year borrows the other's ("Jan–Mar 2026", "Q1-Q2 2026").
  for (const sep of s.matchAll(RANGE_SEP)) {
    const left = s.slice(0, sep.index).trim();
    const right = s.slice(sep.index + sep[0].length).trim();
    if (!left || !right) continue;
    let a = readAbsolute(left);
    let b = readAbsolute(right);
    if (!a && b) a = readAbsolute(`${left} ${yearOf(right) ?? ""}`.trim());
    if (a && !b) b = readAbsolute(`${right} ${yearOf(left) ?? ""}`.trim());
    if (a && b && startKey(a.first) <= startKey(b.last)) return { span: `${a.first}..${b.last}`, relative: false };
  }
  return undefined;
}

/** Comparable key of a span bound's text (dates, months, quarters, years). */
function startKey(bound: string): string {
  const q = /^(\d{4})-Q(\d)$/.exec(bound);
  if (q) return `${q[1]}-${pad(+q[2] * 3 - 2)}-01`;
  return bound.length === 4 ? `${bound}-01-01` : bound.length === 7 ? `${bound}-01` : bound;
}

/** A whole phrase read as a length in the format's syntax: "2 weeks" → "2w", "2-3 недели" → "2-3w", "~3d", "3 ay" → "3mo". */
export function readLength(text: string): string | undefined {
  const s = core(text).replace(/^[~≈]\s*/, "");
  const m = RE.length.exec(s);
  if (!m) return undefined;
  const a = Number(m[1].replace(",", "."));
  const b = m[2] === undefined ? undefined : Number(m[2].replace(",", "."));
  const unit = UNIT_OF.get(m[3])!;
  if (!(a > 0) || (b !== undefined && !(b >= a)) || (b ?? a) > 10000) return undefined;
  const num = (n: number) => String(n);
  return b === undefined || b === a ? `${num(a)}${unit}` : `${num(a)}-${num(b)}${unit}`;
}

/** "Days 1-2" (two days of work inside the parent's window) → "2d"; "Day 5" → "1d". */
export function readDayRange(text: string): string | undefined {
  const s = core(text);
  const m = RE.days.exec(s) ?? RE.ordinalDays.exec(s);
  if (!m) return undefined;
  const a = +m[1];
  const b = m[2] === undefined ? a : +m[2];
  return b >= a && a >= 1 ? `${b - a + 1}d` : undefined;
}

export type PeriodReading = { kind: "when"; span: string; relative: boolean } | { kind: "duration"; length: string };

/** A whole phrase read as a span, a length or a day range. */
export function readPeriod(text: string, context: PeriodContext = {}): PeriodReading | undefined {
  const span = readSpan(text, context);
  if (span) return { kind: "when", ...span };
  const length = readLength(text) ?? readDayRange(text);
  return length ? { kind: "duration", length } : undefined;
}
