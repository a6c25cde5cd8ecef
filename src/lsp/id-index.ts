import { isMap, isScalar, isSeq, type Document, type Node, type Scalar, type YAMLMap } from "yaml";
import { assignIds } from "../load/slugify.js";
import type { Path } from "../model.js";
import { parseSpanText } from "../schema/parse-span.js";
import { keyText, spanOf, stringOf, valueAt } from "./yaml-tree.js";

export type EntryKind = "phase" | "task" | "milestone" | "risk" | "kpi" | "budget";

/** A phase, task, milestone, risk, KPI or budget as written, with its id (written or derived from the title). */
export interface Entry {
  kind: EntryKind;
  id: string;
  /** True when the file writes `id:`; false when the id comes from the title. */
  explicit: boolean;
  title: string;
  path: Path;
  map: YAMLMap;
  idNode?: Scalar;
  titleNode?: Scalar;
  /** Nested tasks (phases and tasks only). */
  children: Entry[];
}

/** Where an item id is used: `after`, a risk's `affects`, a KPI target key, a budget's `phase`. */
export interface Reference {
  id: string;
  where: "after" | "affects" | "target" | "phase";
  node: Scalar;
  path: Path;
  /** The entry the reference is written in. */
  owner: Entry;
}

export interface IdIndex {
  /** Work items (phases with their tasks depth-first, then milestones), the loader's order. */
  items: Entry[];
  /** Top-level phases and milestones, tasks nested in `children`. */
  outline: Entry[];
  risks: Entry[];
  kpis: Entry[];
  budgets: Entry[];
  references: Reference[];
  /** First item with each id. */
  itemById: Map<string, Entry>;
}

/** An occurrence of an item id under the cursor. */
export type Occurrence = { kind: "declaration"; entry: Entry; node: Scalar } | { kind: "reference"; reference: Reference; node: Scalar };

const mapsIn = (list: Node | null | undefined, base: Path): { map: YAMLMap; path: Path }[] =>
  isSeq(list) ? list.items.flatMap((node, i) => (isMap(node) ? [{ map: node as YAMLMap, path: [...base, i] }] : [])) : [];

function entry(kind: EntryKind, map: YAMLMap, path: Path): Entry {
  const idNode = valueAt(map, "id");
  const titleNode = valueAt(map, "title");
  const written = stringOf(idNode);
  return {
    kind,
    id: written ?? "",
    explicit: written !== undefined,
    title: stringOf(titleNode) ?? "",
    path,
    map,
    idNode: isScalar(idNode) && written !== undefined ? idNode : undefined,
    titleNode: isScalar(titleNode) ? titleNode : undefined,
    children: [],
  };
}

/** Gives entries without `id:` the loader's default ids (slug of the title, `-2`… on repeats). */
function assign(entries: Entry[], fallback: string): void {
  const ids = assignIds(
    entries.map((e) => ({ id: e.explicit ? e.id : undefined, title: e.title })),
    fallback,
  );
  entries.forEach((e, i) => (e.id = ids[i]));
}

/**
 * Every id of a roadmap and every place an item id is used, read from the
 * editor's tree, so it works on a roadmap that does not validate yet. Ids
 * are assigned exactly as the loader assigns them.
 */
export function buildIdIndex(doc: Document): IdIndex {
  const root = doc.contents as Node | null;
  const items: Entry[] = [];
  const visit = (list: Node | null | undefined, base: Path, kind: EntryKind, into: Entry[]) => {
    for (const { map, path } of mapsIn(list, base)) {
      const e = entry(kind, map, path);
      items.push(e);
      into.push(e);
      visit(valueAt(map, "tasks"), [...path, "tasks"], "task", e.children);
    }
  };
  const outline: Entry[] = [];
  visit(valueAt(root, "phases"), ["phases"], "phase", outline);
  for (const { map, path } of mapsIn(valueAt(root, "milestones"), ["milestones"])) {
    const e = entry("milestone", map, path);
    items.push(e);
    outline.push(e);
  }
  assign(items, "item");
  const risks = mapsIn(valueAt(root, "risks"), ["risks"]).map(({ map, path }) => entry("risk", map, path));
  const kpis = mapsIn(valueAt(root, "kpis"), ["kpis"]).map(({ map, path }) => entry("kpi", map, path));
  const budgets = mapsIn(valueAt(root, "budgets"), ["budgets"]).map(({ map, path }) => entry("budget", map, path));
  assign(risks, "risk");
  assign(kpis, "kpi");
  assign(budgets, "budget");

  const references: Reference[] = [];
  const listed = (owner: Entry, key: string, where: Reference["where"]) => {
    const list = valueAt(owner.map, key);
    if (!isSeq(list)) return;
    list.items.forEach((node, j) => {
      const id = stringOf(node as Node);
      if (id !== undefined) references.push({ id, where, node: node as Scalar, path: [...owner.path, key, j], owner });
    });
  };
  for (const item of items) listed(item, "after", "after");
  for (const risk of risks) listed(risk, "affects", "affects");
  for (const kpi of kpis) {
    const targets = valueAt(kpi.map, "targets");
    if (!isMap(targets)) continue;
    for (const pair of (targets as YAMLMap).items) {
      const key = pair.key as Node | null;
      const text = keyText(pair);
      // A key that reads as a span (2026-Q1, 2026-03-31) is a date, not an item.
      if (!isScalar(key) || typeof key.value !== "string" || parseSpanText(text)) continue;
      references.push({ id: text, where: "target", node: key, path: [...kpi.path, "targets", text], owner: kpi });
    }
  }
  for (const budget of budgets) {
    const phase = valueAt(budget.map, "phase");
    const id = stringOf(phase);
    if (id !== undefined) references.push({ id, where: "phase", node: phase as Scalar, path: [...budget.path, "phase"], owner: budget });
  }

  const itemById = new Map<string, Entry>();
  for (const item of items) if (!itemById.has(item.id)) itemById.set(item.id, item);
  return { items, outline, risks, kpis, budgets, references, itemById };
}

const inside = (node: Node | undefined, offset: number): boolean => {
  const span = spanOf(node);
  return span !== undefined && span[0] <= offset && offset <= span[1];
};

/** The item id under the cursor: an item's `id:` value, or a reference to an item. */
export function occurrenceAt(index: IdIndex, offset: number): Occurrence | undefined {
  for (const reference of index.references) if (inside(reference.node, offset)) return { kind: "reference", reference, node: reference.node };
  for (const item of index.items) if (item.idNode && inside(item.idNode, offset)) return { kind: "declaration", entry: item, node: item.idNode };
  return undefined;
}

/** Where an item is declared: its `id:` value, else (an id from the title) its title. */
export function declarationNode(entry: Entry): Scalar | undefined {
  return entry.idNode ?? entry.titleNode;
}

/** Every reference to an item id. */
export function referencesTo(index: IdIndex, id: string): Reference[] {
  return index.references.filter((r) => r.id === id);
}
