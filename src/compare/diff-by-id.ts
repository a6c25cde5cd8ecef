import { matchById } from "./match-by-id.js";

/** A change every entity can have: it came, went or was renamed. */
export type EntityChange = "added" | "removed" | "renamed";

/** One entity's changes and its snapshots on both sides (a side it is missing from is left out). */
export interface EntityDiff<S, C extends string> {
  id: string;
  changes: (C | EntityChange)[];
  before?: S;
  after?: S;
}

/**
 * Entities (risks, KPIs, budgets) matched by id, in the `after` order: added,
 * removed, renamed (same id, another title), and what `changesOf` finds
 * between two snapshots of the same entity. Unchanged ones are left out.
 */
export function diffById<T extends { id: string }, S extends { title: string }, C extends string>(
  before: readonly T[],
  after: readonly T[],
  snapshot: (entity: T) => S,
  changesOf: (a: S, b: S) => C[],
): EntityDiff<S, C>[] {
  const out: EntityDiff<S, C>[] = [];
  for (const pair of matchById(before, after)) {
    const a = pair.before && snapshot(pair.before);
    const b = pair.after && snapshot(pair.after);
    const changes: (C | EntityChange)[] = [];
    if (!a) changes.push("added");
    else if (!b) changes.push("removed");
    else {
      if (a.title !== b.title) changes.push("renamed");
      changes.push(...changesOf(a, b));
    }
    if (changes.length > 0) out.push({ id: pair.id, changes, before: a, after: b });
  }
  return out;
}
