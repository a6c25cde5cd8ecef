import { load as jsYamlLoad, CORE_SCHEMA, type State } from "js-yaml";
import type { Position, Range } from "../diagnostics.js";
import type { Path } from "../model.js";

/**
 * js-yaml's composition events of one read, flat: event `i` opens a node at
 * `positions[i]`, or closes the innermost open one at `~positions[i]` with
 * its value `results[i]`. Recording them costs little during the read itself,
 * so the fast path keeps them and never reads the file a second time for
 * source positions.
 */
export interface YamlEvents {
  positions: number[];
  results: unknown[];
}

/** A listener for js-yaml's `load` and the events it records. */
export function recordEvents(): { events: YamlEvents; listener: (event: "open" | "close", state: State) => void } {
  const events: YamlEvents = { positions: [], results: [] };
  return {
    events,
    listener(event, state) {
      events.positions.push(event === "open" ? state.position : ~state.position);
      events.results.push(event === "open" ? undefined : state.result);
    },
  };
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

/** Skips spaces and tabs on the same line (between a key and its colon). */
function skipBlankInline(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  return i;
}

/** A locator that may not know a path (undefined): the caller asks the full parse then. */
export interface PartialLocator {
  value(path: Path): Range | undefined;
  key(path: Path): Range | undefined;
}

/** A mapping entry: the nodes (open events) of its key and value. */
interface Entry {
  key: number;
  value?: number;
}

/**
 * A locator built from js-yaml's composition events: the same source ranges
 * as the `yaml` Document, at a fraction of the cost, for files that the fast
 * path read. Given no events, reads the text to record them; returns
 * undefined if the text does not read (the caller falls back to the full parse).
 * Nodes are the indexes of their open events; nothing is built until asked.
 */
export function createFastLocator(text: string, recorded?: YamlEvents): PartialLocator | undefined {
  let events = recorded;
  if (!events) {
    const recorder = recordEvents();
    try {
      jsYamlLoad(text, { schema: CORE_SCHEMA, listener: recorder.listener });
    } catch {
      return undefined;
    }
    events = recorder.events;
  }
  const { positions, results } = events;
  if (positions.length === 0) {
    const first: Range = { start: { line: 1, col: 1 }, end: { line: 1, col: 1 } };
    return { value: () => first, key: () => first };
  }
  if (positions[0] < 0) return undefined;

  // Each open event's close event.
  const closeOf = new Int32Array(positions.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < positions.length; i++) {
    if (positions[i] >= 0) open.push(i);
    else {
      const o = open.pop();
      if (o === undefined) return undefined;
      closeOf[o] = i;
    }
  }
  if (open.length > 0) return undefined;

  const start = (node: number) => positions[node];
  const end = (node: number) => ~positions[closeOf[node]];
  const result = (node: number) => results[closeOf[node]];
  const childrenOf = (node: number): number[] => {
    const out: number[] = [];
    for (let c = node + 1; c < closeOf[node]; c = closeOf[c] + 1) out.push(c);
    return out;
  };
  /** A node wrapping one child with the same value is the same node, composed twice. */
  const unwrap = (node: number): number => {
    let n = node;
    for (;;) {
      const child = n + 1;
      const only = child < closeOf[n] && closeOf[child] + 1 === closeOf[n];
      const value = result(n);
      if (!only || result(child) !== value || typeof value !== "object" || value === null) return n;
      n = child;
    }
  };
  const root = unwrap(0);

  // Line starts, for offset → line:col, found when the first position is asked for.
  let lineStarts: number[] | undefined;
  const position = (offset: number): Position => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - lineStarts[lo] + 1 };
  };
  const range = (node: number): Range => {
    const from = skipBlank(text, start(node));
    let to = Math.max(from, end(node));
    while (to > from && /\s/.test(text[to - 1])) to--;
    return { start: position(from), end: position(to) };
  };

  // Mapping children alternate key and value; a key is the node followed by ":".
  // A key with no value (`title:`) has no value node.
  const entriesCache = new Map<number, Entry[]>();
  const entriesOf = (map: number): Entry[] => {
    let entries = entriesCache.get(map);
    if (!entries) {
      entries = [];
      for (const child of childrenOf(map)) {
        const last = entries[entries.length - 1];
        if (text[skipBlankInline(text, end(child))] === ":" || !last || last.value !== undefined) entries.push({ key: child });
        else if (result(child) !== null || skipBlank(text, start(child)) < end(child)) last.value = unwrap(child);
      }
      entriesCache.set(map, entries);
    }
    return entries;
  };

  const walk = (path: Path): { node?: number; key?: number; unknown?: true } => {
    let node: number | undefined = root;
    let key: number | undefined;
    for (const seg of path) {
      if (node === undefined) break;
      const value = result(node);
      if (Array.isArray(value)) {
        const children = childrenOf(node);
        // An empty entry (`-` alone) has no events: the children no longer line up with the indexes.
        if (children.length !== value.length) return { unknown: true };
        if (typeof seg !== "number" || seg >= children.length) break;
        key = undefined;
        node = unwrap(children[seg]);
      } else if (value && typeof value === "object") {
        const entry: Entry | undefined = entriesOf(node).find((e) => String(result(e.key)) === String(seg));
        if (!entry) break;
        key = entry.key;
        node = entry.value ?? entry.key;
      } else {
        break;
      }
    }
    return { node, key };
  };
  const top = (): Range => range(root);
  return {
    value: (path) => {
      const { node, unknown } = walk(path);
      if (unknown) return undefined;
      return node !== undefined ? range(node) : top();
    },
    key: (path) => {
      const { node, key, unknown } = walk(path);
      if (unknown) return undefined;
      const found = key ?? node;
      return found !== undefined ? range(found) : top();
    },
  };
}
