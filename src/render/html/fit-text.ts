import stringWidth from "string-width";
import { graphemes } from "../text/graphemes.js";

const graphemeColumns = new Map<string, number>();

/** Terminal-style columns of one grapheme (1 for ASCII, 2 for wide CJK and emoji), cached. */
function columns(grapheme: string): number {
  if (grapheme.length === 1) {
    const c = grapheme.charCodeAt(0);
    if (c >= 0x20 && c < 0x7f) return 1;
  }
  let w = graphemeColumns.get(grapheme);
  if (w === undefined) {
    w = stringWidth(grapheme);
    if (grapheme.length <= 32 && graphemeColumns.size < 10_000) graphemeColumns.set(grapheme, w);
  }
  return w;
}

const EM_PER_COLUMN = 0.58;

/** Approximate width in pixels of text in the report's sans-serif at `fontSize` (one column ≈ 0.58 em). */
export function textWidth(text: string, fontSize: number): number {
  let cols = 0;
  for (const g of graphemes(text)) cols += columns(g);
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
    cols += columns(g);
    length += g.length;
    if (cols > maxCols) return text.slice(0, kept).trimEnd() + "…";
    if (cols + 1 <= maxCols) kept = length;
  }
  return text;
}
