import { load as jsYamlLoad, CORE_SCHEMA } from "js-yaml";
import type { Position, Range } from "../diagnostics.js";
import type { Path } from "../model.js";
import type { Locator } from "./locator-type.js";

/** A node as js-yaml composed it: where it starts and ends, and its children. */
interface Frame {
  start: number;
  end: number;
  result: unknown;
  children: Frame[];
}

interface Entry {
  key: Frame;
  value?: Frame;
}

/** js-yaml reports where a node opens before the separating blanks and comments; skip them. */
function skipBlank(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) while (i < text.length && text[i] !== "\n") i++;
    else break;
  }
  return i;
}

/** A frame wrapping one child with the same value is the same node, composed twice. */
function unwrap(frame: Frame): Frame {
  let f = frame;
  while (f.children.length === 1 && f.children[0].result === f.result && typeof f.result === "object" && f.result !== null) f = f.children[0];
  return f;
}

/**
 * A locator built from js-yaml's composition events: the same source ranges
 * as the `yaml` Document, at a fraction of the cost, for files that the fast
 * path read. Returns undefined if the text does not read (the caller falls
 * back to the full parse).
 */
export function createFastLocator(text: string): Locator | undefined {
  const stack: Frame[] = [{ start: 0, end: text.length, result: undefined, children: [] }];
  try {
    jsYamlLoad(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === "open") {
          stack.push({ start: state.position, end: state.position, result: undefined, children: [] });
        } else {
          const frame = stack.pop()!;
          frame.end = state.position;
          frame.result = state.result;
          stack[stack.length - 1].children.push(frame);
        }
      },
    });
  } catch {
    return undefined;
  }
  const root = stack[0].children[0] ? unwrap(stack[0].children[0]) : undefined;

  // Line starts, for offset → line:col.
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - lineStarts[lo] + 1 };
  };
  const range = (f: Frame): Range => {
    const start = skipBlank(text, f.start);
    let end = Math.max(start, f.end);
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start: position(start), end: position(end) };
  };

  // Mapping children alternate key and value; a key is the node followed by ":".
  // A key with no value (`title:`) has no value node.
  const entriesCache = new Map<Frame, Entry[]>();
  const entriesOf = (map: Frame): Entry[] => {
    let entries = entriesCache.get(map);
    if (!entries) {
      entries = [];
      for (const child of map.children) {
        const last = entries[entries.length - 1];
        if (text[skipBlankInline(text, child.end)] === ":" || !last || last.value !== undefined) entries.push({ key: child });
        else if (child.result !== null || skipBlank(text, child.start) < child.end) last.value = unwrap(child);
      }
      entriesCache.set(map, entries);
    }
    return entries;
  };

  const walk = (path: Path): { node?: Frame; key?: Frame } => {
    let node = root;
    let key: Frame | undefined;
    for (const seg of path) {
      if (!node) break;
      if (Array.isArray(node.result)) {
        if (typeof seg !== "number" || seg >= node.children.length) break;
        key = undefined;
        node = unwrap(node.children[seg]);
      } else if (node.result && typeof node.result === "object") {
        const entry = entriesOf(node).find((e) => String(e.key.result) === String(seg));
        if (!entry) break;
        key = entry.key;
        node = entry.value ?? entry.key;
      } else {
        break;
      }
    }
    return { node, key };
  };
  const top = (): Range => (root ? range(root) : { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } });
  return {
    value: (path) => {
      const { node } = walk(path);
      return node ? range(node) : top();
    },
    key: (path) => {
      const { node, key } = walk(path);
      const f = key ?? node;
      return f ? range(f) : top();
    },
  };
}

/** Skips spaces and tabs on the same line (between a key and its colon). */
function skipBlankInline(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return i;
}
