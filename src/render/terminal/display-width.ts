import stringWidth from "string-width";

/**
 * Columns a string takes in a terminal: emoji and CJK count two, combining
 * marks none, colour codes none.
 */
export function displayWidth(text: string): number {
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
