import { Lexer, type Token, type Tokens } from "marked";
import type { Line } from "./blocks.js";

function plain(tokens: Token[], links: string[]): string {
  let out = "";
  for (const t of tokens) {
    switch (t.type) {
      case "text":
        out += "tokens" in t && t.tokens ? plain(t.tokens, links) : t.text;
        break;
      case "escape":
        out += t.text;
        break;
      case "strong":
      case "em":
      case "del":
        out += plain((t as Tokens.Strong).tokens, links);
        break;
      case "codespan":
        out += `\`${t.text}\``;
        break;
      case "link":
        links.push((t as Tokens.Link).href);
        out += plain((t as Tokens.Link).tokens, links);
        break;
      case "image":
        links.push((t as Tokens.Image).href);
        out += t.text;
        break;
      case "br":
        out += " ";
        break;
      case "checkbox":
        break;
      default:
        out += t.raw;
    }
  }
  return out;
}

/** Reads one line of Markdown with marked's inline lexer. */
export function markdownLine(markdown: string): Line {
  const source = markdown.trim();
  const tokens = Lexer.lexInline(source);
  const links: string[] = [];
  const text = plain(tokens, links).replace(/\s+/g, " ").trim();
  const solid = tokens.filter((t) => !(t.type === "text" && /^[\s:]*$/.test(t.raw)));
  const emphasized = solid.length === 1 && (solid[0].type === "strong" || solid[0].type === "em");
  return { text, markdown: source, links, emphasized };
}

/** A line of literal text (from a diagram or a code block): not Markdown. */
export function literalLine(text: string): Line {
  const source = text.trim();
  return { text: source.replace(/\s+/g, " "), markdown: source.replace(/([\\`*_[\]<>#|~])/g, "\\$1"), links: [], emphasized: false };
}
