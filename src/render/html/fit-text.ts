import { graphemeWidth } from "../terminal/display-width.js";
import { graphemes } from "../text/graphemes.js";

const EM_PER_COLUMN = 0.58;

/** Approximate width in pixels of text in the report's sans-serif at `fontSize` (one column ≈ 0.58 em). */
export function textWidth(text: string, fontSize: number): number {
  let cols = 0;
  for (const g of graphemes(text)) cols += graphemeWidth(g);
  return cols * fontSize * EM_PER_COLUMN;
}

/**
 * `text` shortened with an ellipsis to fit `maxWidth` pixels (by estimate),
 * whole graphemes only. Reads the text only until it is sure it does not
 * fit: a long text costs no more than the part that fits.
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  const maxCols = maxWidth / (fontSize * EM_PER_COLUMN);
  let cols = 0;
  let length = 0;
  // the graphemes before the ellipsis: those that fit with it
  let kept = 0;
  for (const g of graphemes(text)) {
    cols += graphemeWidth(g);
    length += g.length;
    if (cols > maxCols) return text.slice(0, kept).trimEnd() + "…";
    if (cols + 1 <= maxCols) kept = length;
  }
  return text;
}
