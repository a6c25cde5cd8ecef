import type { Diagnostic } from "../../diagnostics.js";
import type { Roadmap } from "../../model.js";
import { ItemState, isPlaced } from "./item-state.js";
import type { ItemTree } from "./item-tree.js";
import { EdgeKind, NodeGraphBuilder, type NodeGraph } from "./node-graph.js";
import type { Placement } from "./placement.js";
import { quoted, scheduleDiagnostic } from "./schedule-diagnostic.js";

/** The node where an item's earliest start is computed, and the node of its start and end. */
export const floorNode = (item: number) => 2 * item;
export const finishNode = (item: number) => 2 * item + 1;

/**
 * The scheduling graph (rule 6): each placed item's floor before its finish;
 * a parent's floor before its children's, their finishes before its finish;
 * a window before its items' finishes; each `after` dependency's finish before
 * the dependent's floor; with `sequential`, each top-level phase after the
 * previous one. Unknown ids and self-dependencies were reported by the loader;
 * a dependency on a cancelled item is ignored, with a warning.
 */
export function buildDependencyGraph(roadmap: Roadmap, tree: ItemTree, placement: Placement, diagnostics: Diagnostic[]): NodeGraph {
  const { count, items, index, parent } = tree;
  const { state, windowOf } = placement;
  let dependencyCount = 0;
  for (let x = 0; x < count; x++) dependencyCount += items[x].after.length;
  const graph = new NodeGraphBuilder(2 * count, 4 * count + dependencyCount);

  for (let x = 0; x < count; x++) {
    const own = state[x];
    if (own === ItemState.Cancelled) continue;
    const placed = isPlaced(own);
    if (placed) {
      graph.add(floorNode(x), finishNode(x), EdgeKind.Structure);
      const up = parent[x];
      if (up >= 0) graph.add(floorNode(up), floorNode(x), EdgeKind.Structure);
      if (own === ItemState.Scheduled && up >= 0) graph.add(finishNode(x), finishNode(up), EdgeKind.Structure);
      if (own === ItemState.Window) graph.add(finishNode(windowOf[x]), finishNode(x), EdgeKind.Structure);
    }
    const after = items[x].after;
    for (let j = 0; j < after.length; j++) {
      const y = index.get(after[j]);
      if (y === undefined || y === x) continue;
      if (state[y] === ItemState.Cancelled) {
        diagnostics.push(
          scheduleDiagnostic(
            "cancelled-dependency",
            `${quoted(items[x].id)} is after ${quoted(items[y].id)}, which is cancelled: the dependency is ignored; expected an item that will be done (remove it from "after")`,
            [...items[x].path, "after", j],
            "warning",
          ),
        );
        continue;
      }
      if (!placed || state[y] === ItemState.Unscheduled) continue;
      graph.add(finishNode(y), floorNode(x), EdgeKind.After, j);
    }
  }

  if (roadmap.sequential) {
    // By position, not id: a duplicated phase id must not chain a phase to itself.
    let previous = -1;
    for (let x = 0; x < count; x++) {
      if (items[x].kind !== "phase" || parent[x] !== -1 || state[x] !== ItemState.Scheduled) continue;
      if (previous >= 0) graph.add(finishNode(previous), floorNode(x), EdgeKind.Sequential);
      previous = x;
    }
  }
  return graph.build();
}
