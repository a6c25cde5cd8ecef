import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { Range } from "../diagnostics.js";
import type { Path } from "../model.js";

/** Maps data paths back to source ranges of a parsed YAML document. */
export interface Locator {
  /** Range of the value at `path`, or of the deepest node on the way. */
  value(path: Path): Range | undefined;
  /** Range of the key at `path` (its last segment), falling back to the value. */
  key(path: Path): Range | undefined;
}

interface Found {
  node: Node | null;
  key: Node | null;
}

function walk(doc: Document, path: Path): Found {
  let node = doc.contents as Node | null;
  let key: Node | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key;
        return isScalar(k) ? String(k.value) === String(seg) : String(k) === String(seg);
      });
      if (!pair) break;
      key = (pair.key as Node) ?? null;
      // A key with no value (`title:`) points at the key.
      node = (pair.value as Node | null) ?? key;
    } else if (isSeq(node) && typeof seg === "number" && seg < node.items.length) {
      key = null;
      node = node.items[seg] as Node;
    } else {
      break;
    }
  }
  return { node, key };
}

export function createLocator(doc: Document, lineCounter: LineCounter): Locator {
  const toRange = (node: Node | null | undefined): Range | undefined => {
    if (!node?.range) return undefined;
    const [startOffset, valueEnd] = node.range;
    const s = lineCounter.linePos(startOffset);
    const e = lineCounter.linePos(Math.max(startOffset, valueEnd));
    return { start: { line: s.line, col: s.col }, end: { line: e.line, col: e.col } };
  };
  return {
    value: (path) => toRange(walk(doc, path).node) ?? toRange(doc.contents as Node | null),
    key: (path) => {
      const f = walk(doc, path);
      return toRange(f.key ?? f.node) ?? toRange(doc.contents as Node | null);
    },
  };
}
