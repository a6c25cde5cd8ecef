import stringWidth from "string-width";

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

/**
 * Columns a string takes in a terminal: emoji and CJK count two, combining
 * marks none, colour codes none (string-width, with a fast path for simple text).
 */
export function displayWidth(text: string): number {
  if (SIMPLE.test(text)) return text.length;
  return stringWidth(text);
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
