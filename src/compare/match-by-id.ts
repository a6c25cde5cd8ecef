/**
 * Pairs two lists of entities by id: each entry of `after` with its entry of
 * `before` (or none: added), then the entries of `before` missing from
 * `after` (removed), in their order. The first entity of an id counts.
 */
export function matchById<T extends { id: string }>(before: readonly T[], after: readonly T[]): { id: string; before?: T; after?: T }[] {
  const old = new Map<string, T>();
  for (const x of before) if (!old.has(x.id)) old.set(x.id, x);
  const seen = new Set<string>();
  const pairs: { id: string; before?: T; after?: T }[] = [];
  for (const x of after) {
    if (seen.has(x.id)) continue;
    seen.add(x.id);
    pairs.push({ id: x.id, before: old.get(x.id), after: x });
  }
  for (const [id, x] of old) if (!seen.has(id)) pairs.push({ id, before: x });
  return pairs;
}
