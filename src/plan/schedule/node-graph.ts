/** Edge kinds of the scheduling graph. */
export const EdgeKind = {
  /** A parent and its children, a window and its items (rules 2-4). */
  Structure: 0,
  /** An `after` dependency (rule 2). */
  After: 1,
  /** The previous top-level phase when `sequential` (rule 2). */
  Sequential: 2,
} as const;
export type EdgeKind = (typeof EdgeKind)[keyof typeof EdgeKind];

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
  /** For `after` edges, the index in the dependent item's `after` list; else -1. */
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
  private from: Int32Array;
  private to: Int32Array;
  private kind: Uint8Array;
  private afterIndex: Int32Array;
  private count = 0;

  constructor(
    private readonly nodeCount: number,
    capacity = 16,
  ) {
    const c = Math.max(16, capacity);
    this.from = new Int32Array(c);
    this.to = new Int32Array(c);
    this.kind = new Uint8Array(c);
    this.afterIndex = new Int32Array(c);
  }

  private grow(): void {
    const c = this.from.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(c);
      b.set(a);
      return b;
    };
    this.from = grow(this.from, (n) => new Int32Array(n));
    this.to = grow(this.to, (n) => new Int32Array(n));
    this.kind = grow(this.kind, (n) => new Uint8Array(n));
    this.afterIndex = grow(this.afterIndex, (n) => new Int32Array(n));
  }

  add(from: number, to: number, kind: EdgeKind, afterIndex = -1): void {
    if (this.count === this.from.length) this.grow();
    const e = this.count++;
    this.from[e] = from;
    this.to[e] = to;
    this.kind[e] = kind;
    this.afterIndex[e] = afterIndex;
  }

  build(): NodeGraph {
    const n = this.nodeCount;
    const m = this.count;
    const from = this.from.slice(0, m);
    const to = this.to.slice(0, m);
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
      kind: this.kind.slice(0, m),
      afterIndex: this.afterIndex.slice(0, m),
      enabled: new Uint8Array(m).fill(1),
      outStart: out.start,
      outEdges: out.edges,
      inStart: inc.start,
      inEdges: inc.edges,
    };
  }
}
