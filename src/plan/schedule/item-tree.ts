import type { Item, Roadmap, Status } from "../../model.js";
import { deriveStatuses } from "../derive-statuses.js";
import { groupIndexes, type IndexLists } from "../index-lists.js";

/** The items in file order (pre-order), with their parents, children and effective statuses. */
export interface ItemTree {
  count: number;
  items: Item[];
  /** Id → index (the first item with that id). */
  index: Map<string, number>;
  /** Index of the parent, -1 at the top level. */
  parent: Int32Array;
  children: IndexLists;
  /** As written, else derived from the children; `cancelled` under a cancelled ancestor. */
  status: Status[];
}

function parentIndexes(items: Item[], index: Map<string, number>): Int32Array {
  const parent = new Int32Array(items.length).fill(-1);
  const openAtDepth: number[] = [];
  items.forEach((item, i) => {
    if (item.parent === null) {
      openAtDepth[0] = i;
      return;
    }
    const enclosing = item.depth > 0 ? openAtDepth[item.depth - 1] : undefined;
    const found = enclosing !== undefined && items[enclosing].id === item.parent ? enclosing : (index.get(item.parent) ?? -1);
    parent[i] = found === i ? -1 : found;
    openAtDepth[item.depth] = i;
  });
  return parent;
}

export function buildItemTree(roadmap: Roadmap): ItemTree {
  const items = roadmap.items;
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (!index.has(item.id)) index.set(item.id, i);
  });
  const parent = parentIndexes(items, index);
  const children = groupIndexes(items.length, parent);
  return { count: items.length, items, index, parent, children, status: deriveStatuses(items, parent, children) };
}
