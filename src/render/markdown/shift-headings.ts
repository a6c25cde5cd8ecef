import { Lexer, type Token } from "marked";

/**
 * Rewrites the top-level headings of a Markdown body so they nest under a
 * heading of level `base`: the highest heading in the body becomes level
 * `base + 1`, the others keep their relative levels, a heading never goes
 * more than one level deeper than the one before it (so the outline has no
 * gaps), and none goes past 6. Setext headings (`Title` over `===`) become
 * ATX (`## Title`). Everything else is kept byte for byte.
 */
export function shiftHeadings(markdown: string, base: number): string {
  const tokens = new Lexer({ gfm: true }).lex(markdown);
  const headings = tokens.filter((t): t is Token & { type: "heading"; depth: number } => t.type === "heading");
  if (headings.length === 0) return markdown;
  const top = Math.min(...headings.map((h) => h.depth));
  let previous = base;
  let out = "";
  for (const token of tokens) {
    if (token.type !== "heading") {
      out += token.raw;
      continue;
    }
    const wanted = token.depth - top + base + 1;
    const level = Math.max(1, Math.min(6, wanted, previous + 1));
    previous = level;
    const text = String(token.text).replace(/\s*\n\s*/g, " ").trim();
    out += `${"#".repeat(level)}${text ? " " + text : ""}${token.raw.endsWith("\n") ? "\n" : ""}`;
  }
  return out;
}
