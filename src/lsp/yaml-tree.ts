import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type Scalar, type YAMLMap } from "yaml";
import type { Path } from "../model.js";

/**
 * The editor's view of a roadmap: the `yaml` package's Document, which keeps
 * every node's offsets and reads even a half-typed file (errors are recorded,
 * the tree is still built).
 */
export function parseTree(text: string): Document {
  return parseDocument(text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
}

/** Start and end offsets of a node's value (without the trailing comment or line break). */
export function spanOf(node: Node | null | undefined): [number, number] | undefined {
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

const covers = (node: Node | null | undefined, offset: number): boolean => {
  const span = spanOf(node);
  return span !== undefined && span[0] <= offset && offset <= span[1];
};

/** A mapping key as the data sees it (`x` for `x:`, `"2026-Q1"` for `2026-Q1:`). */
export function keyText(pair: Pair): string {
  const key = pair.key as Node | null;
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? "" : String(key);
}

/** The pair with this key in a mapping node. */
export function pairOf(map: Node | null | undefined, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap).items.find((p) => keyText(p) === key);
}

/** The value node under `key` in a mapping node. */
export function valueAt(map: Node | null | undefined, key: string): Node | null | undefined {
  return pairOf(map, key)?.value as Node | null | undefined;
}

/** A scalar's text when it holds a string (ids, titles). */
export function stringOf(node: Node | null | undefined): string | undefined {
  return isScalar(node) && typeof node.value === "string" ? node.value : undefined;
}

export interface NodeAt {
  /** Data path of the node, e.g. `["phases", 0, "tasks", 1, "after", 0]`; for a key, the path of its value. */
  path: Path;
  /** The scalar (or collection) under the cursor. */
  node: Node;
  /** True when the cursor is on a mapping key. */
  onKey: boolean;
  /** The collections from the root down to the node's parent. */
  ancestors: Node[];
}

/**
 * The deepest node whose value spans `offset` (ends included, so a cursor
 * just after a word still finds it), with its data path.
 */
export function nodeAt(doc: Document, offset: number): NodeAt | undefined {
  const root = doc.contents as Node | null;
  if (!root || !covers(root, offset)) return undefined;
  const path: Path = [];
  const ancestors: Node[] = [];
  let node: Node = root;
  for (;;) {
    if (isMap(node)) {
      let next: { node: Node; onKey: boolean; key: string } | undefined;
      for (const pair of (node as YAMLMap).items) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key && covers(key, offset)) next = { node: key, onKey: true, key: keyText(pair) };
        else if (value && covers(value, offset)) next = { node: value, onKey: false, key: keyText(pair) };
        if (next) break;
      }
      if (!next) return { path, node, onKey: false, ancestors };
      ancestors.push(node);
      path.push(next.key);
      if (next.onKey) return { path, node: next.node, onKey: true, ancestors };
      node = next.node;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => covers(item as Node, offset));
      if (index < 0) return { path, node, onKey: false, ancestors };
      ancestors.push(node);
      path.push(index);
      node = node.items[index] as Node;
    } else {
      return { path, node, onKey: false, ancestors };
    }
  }
}

/** Text of a scalar as written, and how it is quoted, for edits that keep the style. */
export function quoteLike(node: Scalar, value: string): string {
  if (node.type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (node.type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  return plainOrQuoted(value);
}

/** A value as a plain scalar when YAML reads it back as the same string, else double-quoted. */
export function plainOrQuoted(value: string): string {
  const plain =
    /^[\p{L}\p{N}_][\p{L}\p{N}\p{M}_.\-/]*$/u.test(value) &&
    !/^(?:true|false|null|yes|no|on|off|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
