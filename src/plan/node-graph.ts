/** Edge kinds of the scheduling graph. */
export const STRUCT = 0;
export const AFTER = 1;
export const SEQUENTIAL = 2;

/**
 * The scheduling graph: two nodes per item, `2i` (the item's floor: the
 * earliest start its parent and dependencies allow) and `2i + 1` (its
 * finish: start and end). An edge `u → v` means v is computed from u.
 * Edges are stored in compressed rows both ways.
 */
export interface NodeGraph {
  nodeCount: number;
  edgeCount: number;
  from: Int32Array;
  to: Int32Array;
  kind: Uint8Array;
  /** For AFTER edges, the index in the dependent item's `after` list; else -1. */
  afterIndex: Int32Array;
  /** 1 while the edge counts; cycle breaking clears it. */
  enabled: Uint8Array;
  outStart: Int32Array;
  outEdges: Int32Array;
  inStart: Int32Array;
  inEdges: Int32Array;
}

/** Collects edges, then freezes them into a NodeGraph. */
export class NodeGraphBuilder {
  private from: number[] = [];
  private to: number[] = [];
  private kind: number[] = [];
  private afterIndex: number[] = [];

  constructor(private readonly nodeCount: number) {}

  add(from: number, to: number, kind: number, afterIndex = -1): void {
    this.from.push(from);
    this.to.push(to);
    this.kind.push(kind);
    this.afterIndex.push(afterIndex);
  }

  build(): NodeGraph {
    const n = this.nodeCount;
    const m = this.from.length;
    const from = Int32Array.from(this.from);
    const to = Int32Array.from(this.to);
    const rows = (key: Int32Array) => {
      const start = new Int32Array(n + 1);
      for (let e = 0; e < m; e++) start[key[e] + 1]++;
      for (let v = 0; v < n; v++) start[v + 1] += start[v];
      const fill = start.slice(0, n);
      const edges = new Int32Array(m);
      for (let e = 0; e < m; e++) edges[fill[key[e]]++] = e;
      return { start, edges };
    };
    const out = rows(from);
    const inc = rows(to);
    return {
      nodeCount: n,
      edgeCount: m,
      from,
      to,
      kind: Uint8Array.from(this.kind),
      afterIndex: Int32Array.from(this.afterIndex),
      enabled: new Uint8Array(m).fill(1),
      outStart: out.start,
      outEdges: out.edges,
      inStart: inc.start,
      inEdges: inc.edges,
    };
  }
}
