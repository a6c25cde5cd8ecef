import { Lexer, type Tokens } from "marked";
import { markdownTable, type Align } from "./markdown-table.js";

/** A table written again in the report's compact style, cell for cell. */
function rewriteTable(token: Tokens.Table): string {
  const align = token.align.map((a): Align => a ?? "left");
  const text = markdownTable(
    token.header.map((c) => c.text),
    token.rows.map((row) => row.map((c) => c.text)),
    align,
  );
  return token.raw.endsWith("\n") ? `${text}\n` : text;
}

/**
 * Evens out the top-level blocks of a Markdown body without changing what
 * it renders to: a blank line between blocks that touch (a list or a code
 * fence right under a paragraph, text right under a heading), `text` as the
 * language of a code fence that has none, and tables rewritten as compact
 * `| a | b |` rows. So the report passes markdownlint whatever the
 * author's spacing.
 */
export function normalizeBlocks(markdown: string): string {
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  let out = "";
  let previous: string | null = null;
  for (const token of tokens) {
    let raw = token.raw;
    if (token.type === "table") raw = rewriteTable(token as Tokens.Table);
    else if (token.type === "code" && !(token as Tokens.Code).lang) raw = raw.replace(/^( {0,3})(`{3,}|~{3,})[ \t]*\n/, "$1$2text\n");
    if (token.type !== "space" && previous !== null && previous !== "space" && out !== "") {
      out += out.endsWith("\n") ? "\n" : "\n\n";
    }
    out += raw;
    previous = token.type;
  }
  return out;
}
