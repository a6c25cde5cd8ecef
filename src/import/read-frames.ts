import type { Block, Line, ListItem } from "./blocks.js";
import { literalLine, markdownLine } from "./inline-line.js";
import { statusMarks } from "./words/statuses.js";

const TOP = /^\s*[┌╔╭┏][─═━┬╦┳\s]*[┐╗╮┓]?\s*$/u;
const BOTTOM = /^\s*[└╚╰┗][─═━┴╩┻\s]*[┘╝╯┛]?\s*$/u;
const SEPARATOR = /^\s*[├╠╟┣│║┃]?\s*[─═━]{3,}[─═━\s]*[┤╣╢┫│║┃]?\s*$/u;
const INNER = /^\s*[│║┃](.*?)(?:[│║┃]\s*)?$/u;
const TREE = /^(\s*(?:[│║┃]\s*)*)[├└╰┣┗]\s*[─━═]+\s?(.*)$/u;
const BULLET = /^(\s*)[•◦▪▸►‣⁃●○■□·]\s+(.*)$/u;
const MARK_ALT = [...statusMarks.keys()].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const MARK_LINE = new RegExp(`^(\\s*)((?:${MARK_ALT})\\s*\\S.*)$`, "u");
const ARROWS = /^[\s↓↑→←⬇⬆➡⬅⇣⇓⇩▼▲]+$/u;
const VERTICAL = /[│║┃]/u;
/** A rule inside a box, recorded among its rows. */
const RULE = "\u0000";

interface Row {
  indent: number;
  text: string;
  bullet: boolean;
}

function rowOf(line: string): Row | undefined {
  if (line === RULE || line.trim() === "" || SEPARATOR.test(line)) return undefined;
  let m = TREE.exec(line);
  if (m) return { indent: m[1].length, text: m[2].trim(), bullet: true };
  m = BULLET.exec(line);
  if (m) return { indent: m[1].length, text: m[2].trim(), bullet: true };
  m = MARK_LINE.exec(line);
  if (m) return { indent: m[1].length, text: m[2].trim(), bullet: true };
  return { indent: line.length - line.trimStart().length, text: line.trim(), bullet: false };
}

const isListish = (line: string) => TREE.test(line) || BULLET.test(line) || MARK_LINE.test(line);

interface Node {
  row: Row;
  children: Node[];
}

/** Rows nested by indentation; bullets right under a "Label:" line belong to it. */
function nest(rows: Row[]): Node[] {
  const root: Node[] = [];
  const stack: { indent: number; node: Node }[] = [];
  let header: { indent: number } | undefined;
  for (const row of rows) {
    let indent = row.indent;
    if (row.bullet && header && indent <= header.indent) indent = header.indent + 1;
    if (!row.bullet) header = row.text.endsWith(":") ? { indent } : undefined;
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    const node: Node = { row, children: [] };
    (stack.length > 0 ? stack[stack.length - 1].node.children : root).push(node);
    stack.push({ indent, node });
  }
  return root;
}

function listBlock(nodes: Node[], lineOf: (text: string) => Line, work: boolean): Block {
  const item = (node: Node, depth: number): { item: ListItem; markdown: string } => {
    const line = lineOf(node.row.text);
    const kids = node.children.map((c) => item(c, depth + 1));
    const markdown = [`${"  ".repeat(depth)}- ${line.markdown}`, ...kids.map((k) => k.markdown)].join("\n");
    const blocks: Block[] =
      kids.length > 0
        ? [
            {
              kind: "list",
              items: kids.map((k) => k.item),
              markdown: kids.map((k) => k.markdown.replace(new RegExp(`^ {${2 * (depth + 1)}}`, "gm"), "")).join("\n"),
              work,
            },
          ]
        : [];
    return { item: { lines: [line], blocks, markdown: markdown.replace(new RegExp(`^ {${2 * depth}}`, "gm"), "") }, markdown };
  };
  const items = nodes.map((n) => item(n, 0));
  return { kind: "list", items: items.map((i) => i.item), markdown: items.map((i) => i.markdown).join("\n"), work };
}

/**
 * Reads text drawn as boxes or as a plain-text outline: a framed card per item
 * (a title line above the box or a title row over a rule inside it), bullets
 * (•), tree lines (├─ └─) and status marks at line starts. Returns undefined
 * when the text is not that (a diagram with side-by-side boxes or connectors,
 * ordinary prose): then it is kept as it is.
 *
 * `literal`: the text comes from a code block, so its lines are not Markdown.
 */
export function readFrames(source: string, literal: boolean): Block[] | undefined {
  const lines = source
    .replace(/\t/g, "    ")
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""));
  const lineOf = literal ? literalLine : markdownLine;
  const titleBlock = (text: string, card: boolean): Block => {
    const line = lineOf(text);
    return { kind: "pseudo", line, markdown: literal ? line.markdown : `**${line.markdown}**`, card };
  };
  if (lines.some((l) => TOP.test(l))) {
    const blocks: Block[] = [];
    let pendingTitle: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.trim() === "" || ARROWS.test(line)) continue;
      if (!TOP.test(line)) {
        const next = lines.slice(i + 1).find((l) => l.trim() !== "");
        if (pendingTitle !== undefined || next === undefined || !TOP.test(next) || VERTICAL.test(line)) return undefined;
        pendingTitle = line.trim();
        continue;
      }
      const inner: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (BOTTOM.test(lines[i])) {
          closed = true;
          break;
        }
        if (SEPARATOR.test(lines[i])) {
          inner.push(RULE);
          continue;
        }
        const m = INNER.exec(lines[i]);
        if (!m || VERTICAL.test(m[1])) return undefined;
        inner.push(m[1].replace(/^ /, ""));
      }
      if (!closed) return undefined;
      let title = pendingTitle;
      let body = inner;
      if (title === undefined) {
        const first = inner.findIndex((l) => l !== RULE && l.trim() !== "");
        if (first < 0 || inner[first + 1] !== RULE) return undefined;
        title = inner[first].trim();
        body = inner.slice(first + 1);
      }
      pendingTitle = undefined;
      const rows = body.map(rowOf).filter((r): r is Row => r !== undefined);
      blocks.push(titleBlock(title, true));
      if (rows.length > 0) blocks.push(listBlock(nest(rows), lineOf, true));
    }
    return pendingTitle === undefined && blocks.length > 0 ? blocks : undefined;
  }
  const solid = lines.filter((l) => l.trim() !== "");
  if (solid.length < 2) return undefined;
  const head = isListish(solid[0]) ? undefined : solid[0];
  const rest = head === undefined ? solid : solid.slice(1);
  if (!rest.every(isListish)) return undefined;
  const rows = rest.map(rowOf).filter((r): r is Row => r !== undefined);
  const list = listBlock(nest(rows), lineOf, false);
  return head === undefined ? [list] : [titleBlock(head.replace(/\s*:$/, ":"), false), list];
}
