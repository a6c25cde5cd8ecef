import { Lexer, type Token, type Tokens } from "marked";
import { safeLink } from "../text/safe-link.js";
import { applyEdits, collectInline, concatRaw, escapeAll, inlineTokens, Misaligned, shifted, untilSafe, type Edit, type Locate } from "./markdown-edits.js";
import { markdownTable, type Align } from "./markdown-table.js";

/**
 * Where the text of a container (a list item, a quote) sits in its raw
 * source: each line of the text is the end of the same line of the raw,
 * behind quote markers, a list marker or indentation.
 */
function lineMap(raw: string, text: string, at: Locate): Locate {
  const rawLines = raw.split("\n");
  const textLines = text.split("\n");
  if (textLines.length > rawLines.length) throw new Misaligned();
  const textStart: number[] = [];
  const sourceStart: number[] = [];
  let t = 0;
  let r = 0;
  textLines.forEach((line, k) => {
    if (!rawLines[k].endsWith(line)) throw new Misaligned();
    textStart.push(t);
    sourceStart.push(r + rawLines[k].length - line.length);
    t += line.length + 1;
    r += rawLines[k].length + 1;
  });
  return (i) => {
    let k = textStart.length - 1;
    while (k > 0 && textStart[k] > i) k--;
    return at(sourceStart[k] + (i - textStart[k]));
  };
}

/** A line start that would make a block (heading, list, setext underline) out of text. */
const BLOCK_START = /^([ \t]*)([#+=-]|\d{1,9}([.)]))/;

/**
 * A raw HTML block as a paragraph of text: every special escaped, and each
 * line's start defused so that no line turns into a heading or list.
 */
function escapeHtmlBlock(raw: string, at: Locate, edits: Edit[]): void {
  escapeAll(raw, at, edits);
  let offset = 0;
  for (const line of raw.split("\n")) {
    const m = BLOCK_START.exec(line);
    if (m) {
      const i = offset + m[1].length + (m[3] ? m[2].length - 1 : 0);
      edits.push({ from: at(i), to: at(i) + 1, insert: `\\${raw[i]}` });
    }
    offset += line.length + 1;
  }
}

/** A table with unsafe cells, written again row by row with the cells made safe. */
function table(t: Tokens.Table, at: Locate, edits: Edit[]): void {
  const cell = (c: Tokens.TableCell) => applyEdits(c.text, collectInline(c.tokens, c.text));
  const header = t.header.map(cell);
  const rows = t.rows.map((r) => r.map(cell));
  if (
    header.join("\u0000") === t.header.map((c) => c.text).join("\u0000") &&
    rows.every((r, i) => r.join("\u0000") === t.rows[i].map((c) => c.text).join("\u0000"))
  )
    return;
  const lines = markdownTable(
    header,
    rows,
    t.align.map((a): Align => a ?? "left"),
  ).split("\n");
  const rawLines = t.raw.replace(/\n+$/, "").split("\n");
  if (rawLines.length !== lines.length) throw new Misaligned();
  let offset = 0;
  rawLines.forEach((line, k) => {
    if (line.length) edits.push({ from: at(offset), to: at(offset + line.length - 1) + 1, insert: lines[k] });
    offset += line.length + 1;
  });
}

function blockTokens(tokens: Token[], text: string, at: Locate, edits: Edit[]): void {
  let pos = 0;
  for (const t of tokens) {
    if (!text.startsWith(t.raw, pos)) throw new Misaligned();
    blockToken(t, shifted(at, pos), edits);
    pos += t.raw.length;
  }
}

/** The tokens of a list item or quote, whose text is its raw without the markers. */
function container(raw: string, tokens: Token[], at: Locate, edits: Edit[]): void {
  const text = concatRaw(tokens);
  blockTokens(tokens, text, lineMap(raw, text, at), edits);
}

function blockToken(t: Token, at: Locate, edits: Edit[]): void {
  switch (t.type) {
    case "paragraph":
    case "text": {
      const token = t as Tokens.Paragraph | Tokens.Text;
      if (!token.tokens) return escapeAll(token.raw, at, edits);
      if (!token.raw.startsWith(token.text)) throw new Misaligned();
      return inlineTokens(token.tokens, token.text, at, edits);
    }
    case "heading": {
      const token = t as Tokens.Heading;
      const marker = /^ {0,3}(#{1,6}(?=[ \t\n]|$)[ \t]*)?/.exec(token.raw)![0].length;
      const start = token.raw.indexOf(token.text, marker);
      if (start < 0) throw new Misaligned();
      return inlineTokens(token.tokens, token.text, shifted(at, start), edits);
    }
    case "html":
      return escapeHtmlBlock(t.raw, at, edits);
    case "table":
      return table(t as Tokens.Table, at, edits);
    case "blockquote":
      return container(t.raw, (t as Tokens.Blockquote).tokens, at, edits);
    case "list": {
      let pos = 0;
      for (const item of (t as Tokens.List).items) {
        if (!t.raw.startsWith(item.raw, pos)) throw new Misaligned();
        container(item.raw, item.tokens, shifted(at, pos), edits);
        pos += item.raw.length;
      }
      return;
    }
    case "def": {
      // a reference definition to an unsafe URL becomes text, so no parser links to it
      if (safeLink((t as Tokens.Def).href) === null) {
        const i = t.raw.indexOf("[");
        edits.push({ from: at(i), to: at(i) + 1, insert: "\\[" });
      }
      return;
    }
    case "code":
    case "hr":
    case "space":
    case "checkbox":
      return;
    default:
      throw new Misaligned();
  }
}

/** One pass: the edits that make the Markdown safe, as marked reads it. */
function collect(markdown: string): Edit[] {
  const edits: Edit[] = [];
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  if (concatRaw(tokens) !== markdown) throw new Misaligned();
  blockTokens(tokens, markdown, (i) => i, edits);
  return edits;
}

/**
 * Markdown from a roadmap with the HTML report's policy applied, by
 * rewriting only what marked's tokens show to be unsafe, in place: raw
 * HTML (blocks, tags, comments) is escaped and shown as text; links and
 * images keep only http, https, mailto and relative URLs, others become
 * their text (an unsafe reference definition becomes text too); `\<` and
 * `\>` and any other `<` that could start markup in some parser become
 * `&lt;` / `&gt;`. Everything else is kept byte for byte, so headings,
 * lists, tables and code stay as written. Passes are repeated until
 * nothing changes (escaping a block can reveal Markdown inside it); null
 * when the text cannot be made safe this way, for the caller to show it
 * as a code block.
 */
export function sanitizeMarkdown(markdown: string): string | null {
  return untilSafe(markdown, collect);
}
