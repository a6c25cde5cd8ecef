import type { Range } from "../../diagnostics.js";

/** A source region as annotations want it; no `endColumn` means "to the end of `endLine`". */
export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  /** Exclusive, as in the diagnostics' ranges. */
  endColumn?: number;
}

/**
 * The region of a range. A block (a mapping in a list) ends at column 1 of the
 * line after it; that end becomes the end of its last line, so annotations do
 * not spill onto the next item.
 */
export function regionOf(range: Range): Region {
  const { start, end } = range;
  if (end.col === 1 && end.line > start.line) return { startLine: start.line, startColumn: start.col, endLine: end.line - 1 };
  return { startLine: start.line, startColumn: start.col, endLine: end.line, endColumn: end.col };
}
