import type { IsoDate, Span, SpanBound } from "../model.js";
import { addMonths, dayToIso, daysInMonth, isoToDay, ymdToDay, type DayNumber } from "./day-number.js";

export type SpanDays = { from?: DayNumber; to?: DayNumber } | { error: string };
export type ResolvedSpan = { start?: IsoDate; end?: IsoDate } | { error: string };

function relative(bound: SpanBound, start: DayNumber | undefined): DayNumber | { error: string } {
  if (start !== undefined) return start;
  const what = bound.kind === "week" ? `week ${(bound as { n: number }).n}` : `month ${(bound as { n: number }).n}`;
  return { error: `"${what}" counts from the roadmap's start, which is not set: add "start: YYYY-MM-DD" at the top level` };
}

/** First day of a bound. */
export function boundStart(bound: SpanBound, start?: DayNumber): DayNumber | { error: string } {
  switch (bound.kind) {
    case "date":
      return isoToDay(bound.date);
    case "month":
      return ymdToDay(bound.year, bound.month, 1);
    case "quarter":
      return ymdToDay(bound.year, bound.quarter * 3 - 2, 1);
    case "year":
      return ymdToDay(bound.year, 1, 1);
    case "week": {
      const s = relative(bound, start);
      return typeof s === "number" ? s + (bound.n - 1) * 7 : s;
    }
    case "rel-month": {
      const s = relative(bound, start);
      return typeof s === "number" ? addMonths(s, bound.n - 1) : s;
    }
  }
}

/** Last day of a bound. */
export function boundEnd(bound: SpanBound, start?: DayNumber): DayNumber | { error: string } {
  switch (bound.kind) {
    case "date":
      return isoToDay(bound.date);
    case "month":
      return ymdToDay(bound.year, bound.month, daysInMonth(bound.year, bound.month));
    case "quarter":
      return ymdToDay(bound.year, bound.quarter * 3, daysInMonth(bound.year, bound.quarter * 3));
    case "year":
      return ymdToDay(bound.year, 12, 31);
    case "week": {
      const s = relative(bound, start);
      return typeof s === "number" ? s + (bound.n - 1) * 7 + 6 : s;
    }
    case "rel-month": {
      const s = relative(bound, start);
      return typeof s === "number" ? addMonths(s, bound.n) - 1 : s;
    }
  }
}

/** A span as day numbers, both ends inclusive; an open end stays undefined. */
export function resolveSpanDays(span: Span, start?: DayNumber): SpanDays {
  const out: { from?: DayNumber; to?: DayNumber } = {};
  if (span.from) {
    const s = boundStart(span.from, start);
    if (typeof s !== "number") return s;
    out.from = s;
  }
  if (span.to) {
    const e = boundEnd(span.to, start);
    if (typeof e !== "number") return e;
    out.to = e;
  }
  return out;
}

/**
 * The calendar days a span covers, inclusive: `weeks 3-6` from `start`,
 * `2026-Q1` as January 1 to March 31, and so on. Relative spans (`week N`,
 * `month N`) need the roadmap's `start`; without it the result is an error.
 */
export function resolveSpan(span: Span, start?: IsoDate): ResolvedSpan {
  const r = resolveSpanDays(span, start === undefined ? undefined : isoToDay(start));
  if ("error" in r) return r;
  const out: { start?: IsoDate; end?: IsoDate } = {};
  if (r.from !== undefined) out.start = dayToIso(r.from);
  if (r.to !== undefined) out.end = dayToIso(r.to);
  return out;
}
