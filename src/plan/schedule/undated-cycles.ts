import type { Diagnostic } from "../../diagnostics.js";
import { ItemState } from "./item-state.js";
import type { ItemTree } from "./item-tree.js";
import type { Placement } from "./placement.js";
import { quoted, scheduleDiagnostic } from "./schedule-diagnostic.js";

const UNSEEN = 0;
const ON_PATH = 1;
const DONE = 2;

/**
 * Rule 6 for items without dates: `after` chains that loop through an
 * unscheduled item. The scheduling graph holds only placed items, so it
 * cannot see them; they are still a mistake to report (a `dependency-cycle`
 * at the `after` entry that closes the loop). Cycles among placed items are
 * the graph's to report.
 */
export function undatedCycles(tree: ItemTree, placement: Placement, diagnostics: Diagnostic[]): void {
  const { count, items, index } = tree;
  const { state } = placement;
  const live = (x: number) => state[x] !== ItemState.Cancelled;
  if (!state.some((s) => s === ItemState.Unscheduled)) return;
  // x waits for each of waits[x] (by `after`), with the entry's position.
  const waits: [number, number][][] = items.map((item, x) =>
    live(x)
      ? item.after.flatMap((id, j): [number, number][] => {
          const y = index.get(id);
          return y === undefined || y === x || !live(y) ? [] : [[y, j]];
        })
      : [],
  );
  const mark = new Uint8Array(count);
  const path: number[] = [];
  const next = new Int32Array(count);
  for (let root = 0; root < count; root++) {
    if (mark[root] !== UNSEEN) continue;
    path.push(root);
    mark[root] = ON_PATH;
    while (path.length > 0) {
      const x = path[path.length - 1];
      if (next[x] >= waits[x].length) {
        mark[x] = DONE;
        path.pop();
        continue;
      }
      const [y, j] = waits[x][next[x]++];
      if (mark[y] === UNSEEN) {
        mark[y] = ON_PATH;
        path.push(y);
      } else if (mark[y] === ON_PATH) {
        const chain = [...path.slice(path.indexOf(y)), y];
        if (chain.some((z) => state[z] === ItemState.Unscheduled)) {
          diagnostics.push(
            scheduleDiagnostic(
              "dependency-cycle",
              `dependency cycle: ${chain.map((z) => items[z].id).join(" → ")}: expected no item to wait for itself; ${quoted(items[x].id)} is planned without waiting for ${quoted(items[y].id)}`,
              [...items[x].path, "after", j],
            ),
          );
        }
      }
    }
  }
}
