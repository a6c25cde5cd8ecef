import { slugify } from "../load/slugify.js";
import { looksLikeSpan } from "../schema/parse-span.js";
import { allItems, type DraftItem } from "./draft.js";
import { fold } from "./fold.js";

/** The ids the loader will give items without one: slugs in file order, `-2`, `-3` on repeats. */
function defaultIds(items: DraftItem[]): Map<DraftItem, string> {
  const taken = new Set<string>();
  const ids = new Map<DraftItem, string>();
  for (const item of items) if (item.id !== undefined) taken.add(item.id);
  for (const item of items) {
    if (item.id !== undefined) {
      ids.set(item, item.id);
      continue;
    }
    const base = slugify(item.title) || "item";
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(item, id);
  }
  return ids;
}

/** The one item a name points at: its title, or the part of its title before a colon ("Phase 1" → "Phase 1: Setup"). */
function find(items: DraftItem[], name: string, self: DraftItem): DraftItem | undefined {
  const key = fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (key === "") return undefined;
  const norm = (t: string) =>
    fold(t)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const exact = items.filter((i) => i !== self && norm(i.title) === key);
  if (exact.length === 1) return exact[0];
  const lead = items.filter((i) => i !== self && norm(i.title.split(/[:\-–—(]/)[0]) === key);
  return lead.length === 1 ? lead[0] : undefined;
}

/**
 * Turns "Depends on: …" names into `after` ids. An item that is named gets its
 * id written out (the one it would have had anyway), so the link survives a
 * change of title. A name that matches no single item keeps the line as a note.
 */
export function resolveDependencies(phases: DraftItem[]): void {
  const items = [...allItems(phases)];
  const waiting = items.filter((i) => i.dependsOn);
  if (waiting.length === 0) return;
  const ids = defaultIds(items);
  for (const item of waiting) {
    const { names, source } = item.dependsOn!;
    delete item.dependsOn;
    const targets = names.map((n) => find(items, n, item));
    if (targets.some((t) => t === undefined)) {
      item.notes.push(source);
      continue;
    }
    for (const t of targets as DraftItem[]) {
      if (t.id !== undefined) continue;
      let id = ids.get(t)!;
      if (looksLikeSpan(id)) {
        const used = new Set(ids.values());
        let n = 1;
        while (used.has(`${id}-item${n > 1 ? `-${n}` : ""}`)) n++;
        id = `${id}-item${n > 1 ? `-${n}` : ""}`;
      }
      t.id = id;
      ids.set(t, id);
    }
    item.after = { value: (targets as DraftItem[]).map((t) => t.id!), origin: "line", source };
  }
}
