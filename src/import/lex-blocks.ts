import { Lexer, type Token, type Tokens } from "marked";
import type { Block, ListItem } from "./blocks.js";
import { markdownLine } from "./inline-line.js";
import { readFrames } from "./read-frames.js";

/** A line made only of rule characters: the "=====" of a setext banner, "─────". */
const RULE_LINE = /^[\s=\-_*~#─━═]+$/u;

function lines(text: string) {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map(markdownLine);
}

function listItem(item: Tokens.ListItem): ListItem {
  const [first, ...rest] = item.tokens.filter((t) => t.type !== "checkbox");
  const firstText = first && (first.type === "text" || first.type === "paragraph") ? first.raw : "";
  // The checkbox is either a token of its own or the first token of the item's text.
  const box = first && "tokens" in first ? first.tokens?.[0] : undefined;
  const text = box?.type === "checkbox" ? firstText.slice(firstText.indexOf(box.raw) + box.raw.length) : firstText;
  return {
    checked: item.task ? item.checked === true : undefined,
    lines: lines(text),
    blocks: toBlocks(firstText === "" ? [first, ...rest].filter(Boolean) : rest),
    markdown: item.raw.trimEnd(),
  };
}

function toBlocks(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const t of tokens) {
    const markdown = t.raw.replace(/^\n+|\s+$/g, "");
    switch (t.type) {
      case "space":
        break;
      case "heading": {
        const text = t.text
          .split("\n")
          .filter((l: string) => !RULE_LINE.test(l))
          .map((l: string) => l.trim())
          .join(" ");
        out.push({ kind: "heading", depth: t.depth, line: markdownLine(text), markdown });
        break;
      }
      case "paragraph":
      case "text": {
        const framed = readFrames(t.raw, false);
        if (framed) out.push(...framed);
        else if (markdown !== "") out.push({ kind: "paragraph", lines: lines(t.raw), markdown });
        break;
      }
      case "list":
        out.push({ kind: "list", items: (t as Tokens.List).items.map(listItem), markdown });
        break;
      case "table": {
        const table = t as Tokens.Table;
        out.push({
          kind: "table",
          header: table.header.map((c) => markdownLine(c.text)),
          rows: table.rows.map((row) => row.map((c) => markdownLine(c.text))),
          markdown,
        });
        break;
      }
      case "code": {
        const lang = ((t as Tokens.Code).lang ?? "").trim().toLowerCase();
        const cards = lang === "" || lang === "text" || lang === "txt" || lang === "plain" ? readFrames(t.text, true) : undefined;
        if (cards) out.push(...cards);
        else out.push({ kind: "code", text: t.text, markdown });
        break;
      }
      case "hr":
        out.push({ kind: "rule", markdown });
        break;
      default:
        if (markdown !== "") out.push({ kind: "other", markdown });
    }
  }
  return out;
}

/** Lexes Markdown with marked (GitHub-flavoured) into the importer's blocks. */
export function lexBlocks(markdown: string): Block[] {
  return toBlocks(new Lexer({ gfm: true }).lex(markdown));
}
