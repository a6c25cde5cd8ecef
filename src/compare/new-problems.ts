import type { Diagnostic } from "../diagnostics.js";

/**
 * A diagnostic's identity across versions: its rule and message, with the
 * positions in lists (`phases[2]`) left out, since inserting an item
 * renumbers the ones after it.
 */
function keyOf(d: Diagnostic): string {
  return `${d.code}\u0000${d.message.replace(/\[\d+\]/g, "[]")}`;
}

/**
 * The errors of `after` that `before` does not have: each `before` error
 * cancels one `after` error with the same rule and message, so a second
 * copy of an existing problem still counts as new.
 */
export function newProblems(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of before) {
    if (d.severity !== "error") continue;
    const k = keyOf(d);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const out: Diagnostic[] = [];
  for (const d of after) {
    if (d.severity !== "error") continue;
    const k = keyOf(d);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else out.push(d);
  }
  return out;
}
