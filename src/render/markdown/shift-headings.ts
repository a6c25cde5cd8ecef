import { Lexer, type Token, type Tokens } from "marked";

interface Found {
  token: Tokens.Heading;
  /** Index of the top-level token that holds it (itself when at the top level). */
  top: number;
  level: number;
}

/** Headings at any depth of block nesting (list items, quotes), in document order. */
function collect(token: Token, top: number, out: Found[]): void {
  if (token.type === "heading") out.push({ token: token as Tokens.Heading, top, level: 0 });
  else if (token.type === "list") for (const item of (token as Tokens.List).items) for (const t of item.tokens) collect(t, top, out);
  else if (token.type === "blockquote") for (const t of (token as Tokens.Blockquote).tokens) collect(t, top, out);
}

/** A line that is an ATX heading, possibly behind quote markers and list markers. */
const NESTED_ATX = /^((?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t])))*[ \t]*)(#{1,6})((?:[ \t].*)?)$/;

/**
 * Sets the level of the ATX headings inside a list or quote by rewriting
 * their `#`s in place (only the `#`s change, so the nesting stays as it
 * is). A heading is found by its text, line after line, in order.
 */
function rewriteNested(raw: string, headings: Found[]): string {
  const lines = raw.split("\n");
  let at = 0;
  for (const h of headings) {
    const want = h.token.raw.split("\n")[0].trim();
    if (!want.startsWith("#")) continue; // a setext heading inside a container keeps its level
    for (let i = at; i < lines.length; i++) {
      const m = NESTED_ATX.exec(lines[i]);
      if (m && (m[2] + m[3]).trim() === want) {
        lines[i] = m[1] + "#".repeat(h.level) + m[3];
        at = i + 1;
        break;
      }
    }
  }
  return lines.join("\n");
}

/**
 * Rewrites the headings of a Markdown body so they nest under a heading of
 * level `base`: the highest heading in the body becomes level `base + 1`,
 * the others keep their relative levels, a heading never goes more than one
 * level deeper than the one before it (so the outline has no gaps), and
 * none goes past 6. Top-level setext headings (`Title` over `===`) become
 * ATX (`## Title`); headings inside list items and quotes get their `#`s
 * rewritten in place. Everything else is kept byte for byte.
 */
export function shiftHeadings(markdown: string, base: number): string {
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  const found: Found[] = [];
  tokens.forEach((t, i) => collect(t, i, found));
  if (found.length === 0) return markdown;
  const highest = Math.min(...found.map((h) => h.token.depth));
  let previous = base;
  for (const h of found) {
    h.level = Math.max(1, Math.min(6, h.token.depth - highest + base + 1, previous + 1));
    previous = h.level;
  }
  let out = "";
  tokens.forEach((token, i) => {
    const here = found.filter((h) => h.top === i);
    if (here.length === 0) {
      out += token.raw;
    } else if (token.type === "heading") {
      const text = String((token as Tokens.Heading).text)
        .replace(/\s*\n\s*/g, " ")
        .trim();
      out += `${"#".repeat(here[0].level)}${text ? " " + text : ""}${token.raw.endsWith("\n") ? "\n" : ""}`;
    } else {
      out += rewriteNested(token.raw, here);
    }
  });
  return out;
}
