import { EdgeKind, type NodeGraph } from "./node-graph.js";

/** A cycle that was broken by disabling `edge`. */
export interface BrokenCycle {
  /** The disabled dependency edge. */
  edge: number;
  /**
   * The cycle's nodes in "waits for" order: starts with the dependent node
   * `to[edge]`, then `from[edge]`, … back to the dependent node.
   */
  nodes: number[];
}

export interface TopologicalOrder {
  /** Every node, each after all nodes it is computed from (over enabled edges). */
  order: Int32Array;
  cycles: BrokenCycle[];
}

/** Kahn's algorithm over enabled edges; returns the order found (short when there are cycles). */
function kahn(g: NodeGraph): { order: Int32Array; count: number; indeg: Int32Array } {
  const n = g.nodeCount;
  const indeg = new Int32Array(n);
  for (let e = 0; e < g.edgeCount; e++) if (g.enabled[e]) indeg[g.to[e]]++;
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indeg[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head];
    for (let k = g.outStart[v]; k < g.outStart[v + 1]; k++) {
      const e = g.outEdges[k];
      if (g.enabled[e] && --indeg[g.to[e]] === 0) order[tail++] = g.to[e];
    }
  }
  return { order, count: tail, indeg };
}

/**
 * Strongly connected components of the nodes marked in `member`
 * (iterative Tarjan, enabled edges only). Returns components of 2+ nodes.
 */
function components(g: NodeGraph, nodes: number[], member: Uint8Array): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const result: number[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    // Frames: [node, next out-edge position].
    const frames: [number, number][] = [[root, g.outStart[root]]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const v = frame[0];
      if (frame[1] < g.outStart[v + 1]) {
        const e = g.outEdges[frame[1]++];
        const w = g.to[e];
        if (!g.enabled[e] || !member[w]) continue;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          frames.push([w, g.outStart[w]]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, index.get(w)!));
        }
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1) result.push(comp);
      }
    }
  }
  return result;
}

/** Shortest path from `source` to `target` inside `member` over enabled edges (both included). */
function shortestPath(g: NodeGraph, source: number, target: number, member: Uint8Array): number[] | undefined {
  const prev = new Map<number, number>([[source, -1]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    if (v === target) {
      const path: number[] = [];
      for (let w = v; w !== -1; w = prev.get(w)!) path.push(w);
      return path.reverse();
    }
    for (let k = g.outStart[v]; k < g.outStart[v + 1]; k++) {
      const e = g.outEdges[k];
      const w = g.to[e];
      if (!g.enabled[e] || !member[w] || prev.has(w)) continue;
      prev.set(w, v);
      queue.push(w);
    }
  }
  return undefined;
}

/**
 * Disables one dependency edge per cycle until the component is acyclic.
 * The edge chosen is an explicit `after` (over an implicit sequential-phase
 * order), of the item latest in file order: the one that closes the loop.
 */
function breakComponent(g: NodeGraph, comp: number[], member: Uint8Array, cycles: BrokenCycle[]): void {
  const work: number[][] = [comp];
  while (work.length > 0) {
    const nodes = work.pop()!;
    for (const v of nodes) member[v] = 1;
    let best = -1;
    for (const v of nodes) {
      for (let k = g.outStart[v]; k < g.outStart[v + 1]; k++) {
        const e = g.outEdges[k];
        if (!g.enabled[e] || !member[g.to[e]]) continue;
        if (best < 0) {
          best = e;
          continue;
        }
        const better =
          (g.kind[e] !== EdgeKind.Structure) !== (g.kind[best] !== EdgeKind.Structure)
            ? g.kind[e] !== EdgeKind.Structure
            : (g.kind[e] === EdgeKind.After) !== (g.kind[best] === EdgeKind.After)
              ? g.kind[e] === EdgeKind.After
              : g.to[e] !== g.to[best]
                ? g.to[e] > g.to[best]
                : g.afterIndex[e] > g.afterIndex[best];
        if (better) best = e;
      }
    }
    if (best >= 0) {
      const path = shortestPath(g, g.to[best], g.from[best], member) ?? [g.to[best], g.from[best]];
      g.enabled[best] = 0;
      cycles.push({ edge: best, nodes: [g.to[best], ...path.reverse()] });
      work.push(...components(g, nodes, member));
    }
    for (const v of nodes) member[v] = 0;
  }
}

/**
 * A topological order of the graph's nodes. Cycles are broken (one edge
 * disabled per cycle, reported) so that planning always continues.
 */
export function topologicalOrder(g: NodeGraph): TopologicalOrder {
  const cycles: BrokenCycle[] = [];
  const member = new Uint8Array(g.nodeCount);
  for (let round = 0; ; round++) {
    const { order, count, indeg } = kahn(g);
    if (count === g.nodeCount) return { order, cycles };
    if (round > g.edgeCount) {
      // Unreachable (every round disables an edge); keep the order total anyway.
      let tail = count;
      for (let v = 0; v < g.nodeCount; v++) if (indeg[v] > 0) order[tail++] = v;
      return { order, cycles };
    }
    const residual: number[] = [];
    for (let v = 0; v < g.nodeCount; v++) if (indeg[v] > 0) residual.push(v);
    for (const v of residual) member[v] = 1;
    const comps = components(g, residual, member);
    for (const v of residual) member[v] = 0;
    for (const comp of comps) breakComponent(g, comp, member, cycles);
  }
}
