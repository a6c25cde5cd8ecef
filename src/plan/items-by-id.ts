import type { PlannedItem } from "./types.js";

/**
 * The planned items by id, as a read-only Map that shares the planner's id
 * index instead of building a second 100k-entry Map.
 */
export class ItemsById implements ReadonlyMap<string, PlannedItem> {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly items: readonly PlannedItem[],
  ) {}

  get size(): number {
    return this.index.size;
  }

  get(id: string): PlannedItem | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.items[i];
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  forEach(fn: (value: PlannedItem, key: string, map: ReadonlyMap<string, PlannedItem>) => void, thisArg?: unknown): void {
    for (const [id, i] of this.index) fn.call(thisArg, this.items[i], id, this);
  }

  *entries(): MapIterator<[string, PlannedItem]> {
    for (const [id, i] of this.index) yield [id, this.items[i]];
  }

  keys(): MapIterator<string> {
    return this.index.keys();
  }

  *values(): MapIterator<PlannedItem> {
    for (const i of this.index.values()) yield this.items[i];
  }

  [Symbol.iterator](): MapIterator<[string, PlannedItem]> {
    return this.entries();
  }
}
