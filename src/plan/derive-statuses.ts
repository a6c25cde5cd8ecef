import type { Item, Status } from "../model.js";
import type { IndexLists } from "./index-lists.js";

/**
 * Effective status of every item (same order as `items`): as written, else
 * derived from the children (all done: done; any in progress: in-progress;
 * any blocked: blocked; some done: in-progress; all cancelled: cancelled;
 * else todo), and `cancelled` under a cancelled ancestor.
 */
export function deriveStatuses(items: Item[], parent: Int32Array, children: IndexLists): Status[] {
  const n = items.length;
  const status: Status[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const own = items[i].status;
    const from = children.start[i],
      to = children.start[i + 1];
    if (own !== undefined || from === to) {
      status[i] = own ?? "todo";
      continue;
    }
    let live = 0,
      done = 0,
      inProgress = 0,
      blocked = 0;
    for (let k = from; k < to; k++) {
      const s = status[children.list[k]];
      if (s === "cancelled") continue;
      live++;
      if (s === "done") done++;
      else if (s === "in-progress") inProgress++;
      else if (s === "blocked") blocked++;
    }
    status[i] =
      live === 0 ? "cancelled" : done === live ? "done" : inProgress > 0 ? "in-progress" : blocked > 0 ? "blocked" : done > 0 ? "in-progress" : "todo";
  }
  for (let i = 0; i < n; i++) if (parent[i] >= 0 && status[parent[i]] === "cancelled") status[i] = "cancelled";
  return status;
}
