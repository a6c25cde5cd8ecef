import { graphemes } from "../text/graphemes.js";
import { displayWidth, graphemeWidth } from "./display-width.js";

export const ELLIPSIS = "…";

/** Colour codes, which `displayWidth` does not count. */
const ESCAPE = /[\u001b\u009b]/;

/**
 * Cuts plain text (no colour codes) to at most `width` columns, ending in an
 * ellipsis when something was cut. Cuts between grapheme clusters, so an
 * emoji or a letter with its accents is never split. Reads the text only
 * until it is sure it does not fit: a long text costs no more than its
 * first `width` columns.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  // short text (the usual case) is measured whole; colour codes only whole text can skip
  if ((text.length <= width || ESCAPE.test(text)) && displayWidth(text) <= width) return text;
  let used = 0;
  let length = 0;
  // the graphemes before the ellipsis: those that fit `width - 1` columns
  let kept = 0;
  for (const g of graphemes(text)) {
    used += graphemeWidth(g);
    length += g.length;
    if (used > width) return width === 1 ? ELLIPSIS : text.slice(0, kept).trimEnd() + ELLIPSIS;
    if (used <= width - 1) kept = length;
  }
  return text;
}
