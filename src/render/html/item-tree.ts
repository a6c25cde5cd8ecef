import type { Plan, PlannedItem } from "../../plan/types.js";

/** Tree lookups over the plan's items: the top-level ancestor and scheduled children of each. */
export interface ItemTree {
  /** Id of the top-level item each item sits under (itself for a top-level item). */
  top: Map<string, string>;
  /** Children in file order. */
  children: Map<string, PlannedItem[]>;
  /** Top-level items in file order (phases, then milestones as written). */
  roots: PlannedItem[];
  isScheduled(item: PlannedItem): boolean;
  /** Scheduled descendants of an item, in file order (parents before children). */
  scheduledDescendants(id: string): PlannedItem[];
}

export function itemTree(plan: Plan): ItemTree {
  const top = new Map<string, string>();
  const children = new Map<string, PlannedItem[]>();
  const roots: PlannedItem[] = [];
  for (const item of plan.items) {
    if (item.parent === null) {
      top.set(item.id, item.id);
      roots.push(item);
    } else {
      top.set(item.id, top.get(item.parent) ?? item.parent);
      const list = children.get(item.parent);
      if (list) list.push(item);
      else children.set(item.parent, [item]);
    }
  }
  const isScheduled = (item: PlannedItem) => item.start !== null && item.end !== null;
  const scheduledDescendants = (id: string): PlannedItem[] => {
    const out: PlannedItem[] = [];
    const walk = (parent: string) => {
      for (const child of children.get(parent) ?? []) {
        if (isScheduled(child)) out.push(child);
        walk(child.id);
      }
    };
    walk(id);
    return out;
  };
  return { top, children, roots, isScheduled, scheduledDescendants };
}
