import type { Diagnostic } from "../../diagnostics.js";
import type { ItemTree } from "./item-tree.js";
import { EdgeKind, type NodeGraph } from "./node-graph.js";
import type { Placement } from "./placement.js";
import { quoted, scheduleDiagnostic } from "./schedule-diagnostic.js";
import type { BrokenCycle } from "./topological-order.js";

function isAncestor(tree: ItemTree, ancestor: number, x: number): boolean {
  for (let y = tree.parent[x]; y >= 0; y = tree.parent[y]) if (y === ancestor) return true;
  return false;
}

/** A `dependency-cycle` error naming the whole chain and why each link waits (rule 6). */
export function cycleDiagnostic(tree: ItemTree, placement: Placement, graph: NodeGraph, cycle: BrokenCycle): Diagnostic {
  const { items } = tree;
  const chain: number[] = [];
  for (const node of cycle.nodes) {
    const x = node >> 1;
    if (chain[chain.length - 1] !== x) chain.push(x);
  }
  if (chain.length === 1) chain.push(chain[0]);
  const reasons: string[] = [];
  for (let k = 0; k + 1 < chain.length; k++) {
    const u = chain[k];
    const v = chain[k + 1];
    if (items[u].after.includes(items[v].id)) continue;
    const uid = quoted(items[u].id);
    const vid = quoted(items[v].id);
    if (isAncestor(tree, v, u)) reasons.push(`${uid} is inside ${vid}`);
    else if (isAncestor(tree, u, v)) reasons.push(`${uid} contains ${vid}`);
    else if (placement.windowOf[u] === v) reasons.push(`${uid} takes the dates of ${vid}`);
    else reasons.push(`${uid} follows ${vid} (phases are sequential)`);
  }
  const dependent = graph.to[cycle.edge] >> 1;
  const dependency = graph.from[cycle.edge] >> 1;
  const path = graph.kind[cycle.edge] === EdgeKind.Sequential ? items[dependent].path : [...items[dependent].path, "after", graph.afterIndex[cycle.edge]];
  const explain = reasons.length > 0 ? ` (${reasons.join("; ")})` : "";
  return scheduleDiagnostic(
    "dependency-cycle",
    `dependency cycle: ${chain.map((x) => items[x].id).join(" → ")}${explain}: expected no item to wait for itself; ${quoted(items[dependent].id)} is planned without waiting for ${quoted(items[dependency].id)}`,
    path,
  );
}
