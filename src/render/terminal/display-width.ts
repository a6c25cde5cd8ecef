import stringWidth from "string-width";
import { graphemes } from "../text/graphemes.js";

/**
 * Text whose every code point is one narrow column on its own: printable
 * ASCII, Latin, Greek, Cyrillic (without combining marks), spaces and
 * punctuation, currency, arrows, maths, box drawing, blocks, geometric shapes
 * and the report's symbols. Most of a report is such text; it skips the
 * grapheme segmentation and emoji matching of string-width (whose first
 * emoji match alone compiles a large regex).
 */
const SIMPLE =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1eff\u2000-\u200a\u2010-\u2027\u202f-\u205e\u20a0-\u20c0\u2190-\u21ff\u2200-\u22ff\u2500-\u25fa\u2713\u2717\u26a0]*$/;

/** Colour codes (ESC, CSI), which string-width drops before it measures. */
const ESCAPE = /[\u001b\u009b]/;

/** Longer than this, text is measured a grapheme at a time (string-width segments it all at once, in quadratic time). */
const LONG = 256;

/** Widths of the graphemes seen (short ones, a bounded number). */
const widths = new Map<string, number>();

/** Columns of one grapheme cluster (string-width's, cached). */
export function graphemeWidth(grapheme: string): number {
  if (SIMPLE.test(grapheme)) return grapheme.length;
  let w = widths.get(grapheme);
  if (w === undefined) {
    w = stringWidth(grapheme);
    if (grapheme.length <= 32 && widths.size < 10_000) widths.set(grapheme, w);
  }
  return w;
}

/**
 * Columns a string takes in a terminal: emoji and CJK count two, combining
 * marks none, colour codes none (string-width, with a fast path for simple
 * text). Long text without colour codes is summed over its graphemes, as
 * string-width does, but segmented in linear time (`graphemes`).
 */
export function displayWidth(text: string): number {
  return displayWidthUpTo(text, Infinity);
}

/**
 * `displayWidth`, counted only until it reaches `limit`: a text at least
 * that wide gives `limit`, and the rest of it is never read.
 */
export function displayWidthUpTo(text: string, limit: number): number {
  if (SIMPLE.test(text)) return Math.min(limit, text.length);
  if (text.length <= LONG || ESCAPE.test(text)) return Math.min(limit, stringWidth(text));
  let width = 0;
  for (const g of graphemes(text)) {
    width += graphemeWidth(g);
    if (width >= limit) return limit;
  }
  return width;
}

/** Pads on the right to `width` columns (never cuts: truncate first). */
export function padEnd(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + " ".repeat(gap) : text;
}

/** Pads on the left to `width` columns (never cuts: truncate first). */
export function padStart(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? " ".repeat(gap) + text : text;
}
