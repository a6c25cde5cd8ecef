import type { Length, LengthUnit } from "../model.js";

const UNITS: Record<string, LengthUnit> = {
  h: "h",
  hour: "h",
  hours: "h",
  d: "d",
  day: "d",
  days: "d",
  w: "w",
  wk: "w",
  week: "w",
  weeks: "w",
  mo: "mo",
  month: "mo",
  months: "mo",
  q: "q",
  quarter: "q",
  quarters: "q",
};

const LENGTH_RE = /^(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?\s*([a-z]+)$/i;

export const LENGTH_EXPECTED = "a length such as 3d, 2w, 1.5mo or the range 2-3w (units h, d, w, mo, q)";

/** Parses `2d`, `1.5w`, `2-3w`, `6 weeks`. Returns the length or a message. */
export function parseLength(text: string): Length | { error: string } {
  const trimmed = text.trim();
  const m = LENGTH_RE.exec(trimmed);
  if (!m) {
    if (/^\d+(\.\d+)?$/.test(trimmed)) return { error: `expected ${LENGTH_EXPECTED}, found "${text}" (add a unit, e.g. "${trimmed}d")` };
    return { error: `expected ${LENGTH_EXPECTED}, found "${text}"` };
  }
  const word = m[3].toLowerCase();
  const unit = Object.hasOwn(UNITS, word) ? UNITS[word] : undefined;
  if (!unit) return { error: `unknown length unit "${m[3]}" in "${text}": expected one of h, d, w, mo, q` };
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  if (max < min) return { error: `length range "${text}" ends before it starts: expected the smaller number first, e.g. "${m[2]}-${m[1]}${unit}"` };
  return { text: trimmed, unit, min, max };
}
