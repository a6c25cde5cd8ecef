import { isMap, isScalar, parseDocument, type Node, type Pair, type YAMLMap } from "yaml";
import { formatPath } from "../diagnostics.js";
import type { Path } from "../model.js";
import { EditError } from "./edit-error.js";
import { scalarSource, type ScalarStyle, type ScalarValue } from "./scalar-source.js";

const BOM = "\uFEFF";

export interface SetValueOptions {
  /**
   * The usual order of the mapping's keys. A new key goes after the last key
   * (in the file) that comes before it in this order, else before the first
   * key; without an order it goes last.
   */
  order?: readonly string[];
}

type Range = [number, number, number];

/** A node's source range; every node parsed from text has one. */
function rangeOf(node: Node | null | undefined): Range {
  if (!node?.range) throw new EditError("a node without a source position");
  return node.range;
}

/** The line break the text uses: CRLF when its first line ends with one. */
function lineBreakOf(text: string): string {
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r" ? "\r\n" : "\n";
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Offset just after the line break ending the line that holds `offset - 1` (the text's end when there is none). */
function afterLine(text: string, end: number): number {
  if (end > 0 && text[end - 1] === "\n") return end;
  const i = text.indexOf("\n", end);
  return i < 0 ? text.length : i + 1;
}

/** End of the last line of a value that has text on it, before its line break and any comment or blank lines after. */
function contentEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) && (typeof pair.key.value === "string" || typeof pair.key.value === "number") ? String(pair.key.value) : undefined;
}

/** Where a pair ends in the source: its value's end, else its key's. */
function pairEnd(pair: Pair<Node, Node | null>): number {
  return rangeOf(pair.value ?? pair.key)[1];
}

/** The existing pair of `key`, replaced in place. */
function replaceValue(text: string, map: YAMLMap<Node, Node | null>, pair: Pair<Node, Node | null>, value: ScalarValue): string {
  const node = pair.value;
  const flow = map.flow === true;
  const keyRange = rangeOf(pair.key);
  if (node === null || (isScalar(node) && node.value === null && rangeOf(node)[0] === rangeOf(node)[1])) {
    // `key:` with nothing after it: the value goes after the colon.
    const colon = text.indexOf(":", keyRange[1]);
    return `${text.slice(0, colon + 1)} ${scalarSource(value, { flow })}${text.slice(colon + 1)}`;
  }
  const [start, end] = rangeOf(node);
  if (isScalar(node) && (node.type === "PLAIN" || node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE")) {
    return `${text.slice(0, start)}${scalarSource(value, { style: node.type as ScalarStyle, flow })}${text.slice(end)}`;
  }
  if (isScalar(node) || (node as { flow?: boolean }).flow) {
    // A block scalar (`>`, `|`) or a flow collection (`[a, b]`): one value on the key's line, line break and what follows kept.
    return `${text.slice(0, start)}${scalarSource(value, { flow })}${text.slice(contentEnd(text, start, end))}`;
  }
  // A block collection under the key: the value moves up to the key's line; a comment on that line stays.
  const colon = text.indexOf(":", keyRange[1]);
  const keyLineEnd = text.indexOf("\n", colon);
  const rest = text.slice(colon + 1, keyLineEnd < 0 ? text.length : keyLineEnd).replace(/\r$/, "");
  const comment = rest.trim().startsWith("#") ? ` ${rest.trim()}` : "";
  return `${text.slice(0, colon + 1)} ${scalarSource(value, { flow })}${comment}${text.slice(contentEnd(text, start, end))}`;
}

/** A new pair, placed by `order` and written like its siblings. */
function insertPair(text: string, map: YAMLMap<Node, Node | null>, key: string, value: ScalarValue, order: readonly string[] | undefined): string {
  const flow = map.flow === true;
  const pairs = map.items;
  const entry = `${key}: ${scalarSource(value, { flow })}`;
  const rank = order?.indexOf(key) ?? -1;
  const before = order
    ? pairs.filter((p) => {
        const r = order.indexOf(keyName(p) ?? "");
        return rank < 0 ? true : r >= 0 && r < rank;
      })
    : pairs;
  const after = before.at(-1);

  if (flow) {
    if (pairs.length === 0) {
      const open = rangeOf(map)[0];
      return `${text.slice(0, open + 1)}${entry}${text.slice(open + 1)}`;
    }
    if (after) {
      const at = pairEnd(after);
      return `${text.slice(0, at)}, ${entry}${text.slice(at)}`;
    }
    const at = rangeOf(pairs[0].key)[0];
    return `${text.slice(0, at)}${entry}, ${text.slice(at)}`;
  }

  if (pairs.length === 0) throw new EditError("cannot add a key to an empty block mapping");
  const first = rangeOf(pairs[0].key)[0];
  const indent = " ".repeat(first - lineStart(text, first));
  if (after) {
    const at = afterLine(text, pairEnd(after));
    const atEnd = at === text.length && !text.endsWith("\n");
    const nl = at >= 2 && text[at - 2] === "\r" ? "\r\n" : lineBreakOf(text);
    return atEnd ? `${text}${nl}${indent}${entry}` : `${text.slice(0, at)}${indent}${entry}${nl}${text.slice(at)}`;
  }
  const nl = lineBreakOf(text);
  const start = lineStart(text, first);
  if (text.slice(start, first).trim() === "") return `${text.slice(0, start)}${indent}${entry}${nl}${text.slice(start)}`;
  // The first key shares its line with a `- `: the new key takes its place, the old one moves to the next line.
  return `${text.slice(0, first)}${entry}${nl}${indent}${text.slice(first)}`;
}

/**
 * Sets `path` (a mapping's key) to a scalar in YAML text, changing nothing
 * else: an existing value is replaced in place, in its quoting style when the
 * value can be written so; a missing key is added in the mapping's style (`, key:
 * value` inside a flow mapping's braces, a line at the siblings' indent in a
 * block mapping). Comments, blank lines, line breaks (CRLF too) and a byte
 * order mark stay as they are. Pure; throws EditError when the path does not
 * lead to a mapping.
 */
export function setValue(text: string, path: Path, value: ScalarValue, options: SetValueOptions = {}): string {
  const bom = text.startsWith(BOM) ? BOM : "";
  const body = bom ? text.slice(1) : text;
  const key = path.at(-1);
  if (typeof key !== "string") throw new EditError(`expected a path ending in a key, found ${formatPath(path)}`);
  const doc = parseDocument(body, { strict: true, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) throw new EditError(`the file is not valid YAML: ${doc.errors[0].message.split("\n")[0]}`);
  const parentPath = path.slice(0, -1);
  const parent = (parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true)) as Node | undefined;
  if (!isMap(parent)) {
    const where = parentPath.length === 0 ? "the top level" : formatPath(parentPath);
    throw new EditError(`${where} is not a mapping in the file${parent && "source" in parent ? " (it is an alias: edit its anchor)" : ""}`);
  }
  const map = parent as YAMLMap<Node, Node | null>;
  const pair = map.items.find((p) => keyName(p) === key);
  const edited = pair ? replaceValue(body, map, pair, value) : insertPair(body, map, key, value, options.order);
  return bom + edited;
}
