import type { Span, SpanBound } from "../model.js";
import { dateError } from "./parse-date.js";

export const SPAN_EXPECTED = "a span: 2025-10-06, 2025-10, 2026-Q1, 2026, A..B, week 3, weeks 3-6, month 2, months 2-3";

type BoundResult = { from: SpanBound; to: SpanBound } | { error: string } | undefined;

function parseSingle(raw: string): BoundResult {
  const text = raw.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    const err = dateError(text);
    if (err) return { error: err };
    const b: SpanBound = { kind: "date", date: text };
    return { from: b, to: b };
  }
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(text))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { error: `"${text}" is not a month: expected YYYY-MM with a month 01-12` };
    const b: SpanBound = { kind: "month", year: Number(m[1]), month };
    return { from: b, to: b };
  }
  if ((m = /^(\d{4})-?Q(\d+)$/i.exec(text))) {
    const quarter = Number(m[2]);
    if (quarter < 1 || quarter > 4) return { error: `"${text}" is not a quarter: expected Q1-Q4, found Q${m[2]}` };
    const b: SpanBound = { kind: "quarter", year: Number(m[1]), quarter };
    return { from: b, to: b };
  }
  if ((m = /^(\d{4})$/.exec(text))) {
    const b: SpanBound = { kind: "year", year: Number(m[1]) };
    return { from: b, to: b };
  }
  if ((m = /^(weeks?|months?)\s+(\d+)(?:\s*-\s*(\d+))?$/i.exec(text))) {
    const isWeek = m[1].toLowerCase().startsWith("week");
    const a = Number(m[2]);
    const b = m[3] === undefined ? a : Number(m[3]);
    if (b < a) {
      return { error: `span "${text}" ends before it starts: expected the smaller ${isWeek ? "week" : "month"} first, e.g. "${m[1]} ${m[3]}-${m[2]}"` };
    }
    const kind = isWeek ? "week" : "rel-month";
    return { from: { kind, n: a }, to: { kind, n: b } };
  }
  return undefined;
}

/** Comparable (year, month, day) of the first or last day of an absolute bound. */
function absoluteKey(b: SpanBound, end: boolean): number | undefined {
  switch (b.kind) {
    case "date":
      return Number(b.date.replaceAll("-", ""));
    case "month":
      return b.year * 10000 + b.month * 100 + (end ? 31 : 1);
    case "quarter":
      return b.year * 10000 + (end ? b.quarter * 3 : b.quarter * 3 - 2) * 100 + (end ? 31 : 1);
    case "year":
      return b.year * 10000 + (end ? 1231 : 101);
    default:
      return undefined;
  }
}

function boundsOrder(from: SpanBound, to: SpanBound): boolean {
  if ((from.kind === "week" || from.kind === "rel-month") && from.kind === to.kind) return from.n <= to.n;
  const a = absoluteKey(from, false);
  const b = absoluteKey(to, true);
  return a === undefined || b === undefined || a <= b;
}

/** Parses a span string. Returns undefined when the text has no span form at all. */
export function parseSpanText(text: string): Span | { error: string } | undefined {
  const trimmed = text.trim();
  const dots = trimmed.indexOf("..");
  if (dots >= 0) {
    const left = parseSingle(trimmed.slice(0, dots));
    const right = parseSingle(trimmed.slice(dots + 2));
    if (!left || !right) return { error: `expected ${SPAN_EXPECTED}, found "${text}"` };
    if ("error" in left) return left;
    if ("error" in right) return right;
    if (!boundsOrder(left.from, right.to)) return { error: `span "${text}" ends before it starts` };
    return { text: trimmed, from: left.from, to: right.to };
  }
  const single = parseSingle(trimmed);
  if (!single) return undefined;
  if ("error" in single) return single;
  return { text: trimmed, from: single.from, to: single.to };
}

/** True when a key or id has the form of a span (so it can't be an item id). */
export function looksLikeSpan(text: string): boolean {
  return parseSpanText(text) !== undefined;
}

/** Parses `{ start, end }` bounds, each any span form. */
export function parseSpanObject(start: string | undefined, end: string | undefined): Span | { error: string } {
  let from: SpanBound | undefined;
  let to: SpanBound | undefined;
  if (start !== undefined) {
    const r = parseSingle(start);
    if (!r) return { error: `span start: expected ${SPAN_EXPECTED}, found "${start}"` };
    if ("error" in r) return r;
    from = r.from;
  }
  if (end !== undefined) {
    const r = parseSingle(end);
    if (!r) return { error: `span end: expected ${SPAN_EXPECTED}, found "${end}"` };
    if ("error" in r) return r;
    to = r.to;
  }
  if (!from && !to) return { error: "span needs a start, an end or both" };
  if (from && to && !boundsOrder(from, to)) return { error: `span ends (${end}) before it starts (${start})` };
  const text = `${start ?? ""}..${end ?? ""}`;
  return { text, from, to };
}
