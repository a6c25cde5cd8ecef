import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Range } from "../diagnostics.js";
import type { Path } from "../model.js";
import { createFastLocator, type PartialLocator, type YamlEvents } from "./fast-locator.js";
import type { Locator } from "./locator-type.js";

export type { Locator } from "./locator-type.js";

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
      const value = pair.value as Node | null;
      const empty = !value || (isScalar(value) && value.value === null && value.range != null && value.range[0] === value.range[1]);
      node = empty ? key : value;
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
  const top = (): Range => toRange(doc.contents as Node | null) ?? { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };
  return {
    value: (path) => toRange(walk(doc, path).node) ?? top(),
    key: (path) => {
      const f = walk(doc, path);
      return toRange(f.key ?? f.node) ?? top();
    },
  };
}

/**
 * A locator that works out source positions only when first asked: valid
 * files read through the fast path never pay for it. It walks js-yaml's
 * composition events, recorded during the fast path's read (far cheaper than
 * a full \`yaml\` Document), and falls back to the Document if that fails.
 */
export function createLazyLocator(text: string, events?: YamlEvents): Locator {
  let fast: PartialLocator | undefined | null;
  let full: Locator | undefined;
  const exact = (): Locator => {
    if (!full) {
      const lineCounter = new LineCounter();
      full = createLocator(parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter);
    }
    return full;
  };
  const ask = (kind: "value" | "key", path: Path): Range => {
    if (fast === undefined) fast = createFastLocator(text, events) ?? null;
    return fast?.[kind](path) ?? exact()[kind](path);
  };
  return { value: (path) => ask("value", path), key: (path) => ask("key", path) };
}
