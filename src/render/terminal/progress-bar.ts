import type { Theme } from "./theme.js";

export const BAR_FILLED = "█";
export const BAR_EMPTY = "░";
export const BAR_MARK = "│";

export interface ProgressBarOptions {
  /** 0..1: marks where the schedule expects the progress to be. */
  expected?: number;
  /** Colour of the filled part; by default done colour when complete, else active. */
  paint?: (text: string) => string;
}

/** Filled cells for a 0..1 fraction: never full before 100%, never empty from 1%. */
export function filledCells(fraction: number, width: number): number {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  let cells = Math.round(f * width);
  if (f >= 0.005 && cells === 0) cells = 1;
  if (f < 1 && cells === width) cells = width - 1;
  return Math.max(0, cells);
}

/**
 * A bar of exactly `width` columns: `█` done, `░` to do, and `│` at the
 * expected progress when given. Readable without colour.
 */
export function progressBar(fraction: number, width: number, theme: Theme, options: ProgressBarOptions = {}): string {
  if (width <= 0) return "";
  const filled = filledCells(fraction, width);
  const cells: string[] = [];
  for (let i = 0; i < width; i++) cells.push(i < filled ? BAR_FILLED : BAR_EMPTY);
  let mark = -1;
  // The mark sits on the last cell the schedule expects filled; nothing expected yet, no mark.
  const expectedCells = options.expected !== undefined && Number.isFinite(options.expected) ? Math.round(Math.min(1, options.expected) * width) : 0;
  if (expectedCells > 0) {
    mark = expectedCells - 1;
    cells[mark] = BAR_MARK;
  }
  const fill = options.paint ?? (fraction >= 1 ? theme.done : theme.active);
  // Paint runs of the same kind together so coloured output stays short.
  let out = "";
  let i = 0;
  while (i < width) {
    let j = i;
    const kind = i === mark ? "mark" : i < filled ? "fill" : "empty";
    while (j < width && (j === mark ? "mark" : j < filled ? "fill" : "empty") === kind) j++;
    const run = cells.slice(i, j).join("");
    out += kind === "fill" ? fill(run) : kind === "empty" ? theme.track(run) : theme.heading(run);
    i = j;
  }
  return out;
}
