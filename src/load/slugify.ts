/**
 * Default id of a titled entity: lowercased, runs of characters that are not
 * letters or digits (any script; combining marks stay with their letter) as `-`, trimmed.
 */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Assigns ids: explicit ids as written; default ids from titles in order,
 * `-2`, `-3`… on repeats, never taking an explicit id.
 */
export function assignIds(entries: { id?: string; title: string }[], fallback: string): string[] {
  const taken = new Set<string>();
  for (const e of entries) if (e.id !== undefined) taken.add(e.id);
  return entries.map((e) => {
    if (e.id !== undefined) return e.id;
    const base = slugify(e.title) || fallback;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
