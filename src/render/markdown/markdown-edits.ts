import type { Token, Tokens } from "marked";
import { safeLink } from "../text/safe-link.js";
import { escapedChars } from "./escape-markdown.js";

// The machinery of `sanitizeMarkdown` and `sanitizeInlineMarkdown`: edits to
// the source found by walking marked's tokens, whose `raw` texts line up with it.

/** A change to the source: the characters `from`..`to` become `insert`. */
export interface Edit {
  from: number;
  to: number;
  insert: string;
}

/** Where character `i` of a token's text is in the whole source. */
export type Locate = (i: number) => number;

/** The tokens do not line up with the source as expected: the caller falls back to something plainer. */
export class Misaligned extends Error {}

export const shifted =
  (at: Locate, offset: number): Locate =>
  (i) =>
    at(offset + i);

export function concatRaw(tokens: Token[]): string {
  return tokens.map((t) => t.raw).join("");
}

/** Single-character edits that show `text` (at `at`) as plain text: Markdown specials and `<`, `>` escaped. */
export function escapeAll(text: string, at: Locate, edits: Edit[]): void {
  escapedChars(text).forEach((shown, i) => {
    if (shown !== text[i]) edits.push({ from: at(i), to: at(i) + 1, insert: shown });
  });
}

/** A `<` in text that could start a tag, comment or autolink in some parser. */
const MARKUP_START = /<(?=[A-Za-z/!?])/g;

/** The part of a link or image token that holds its label, or null for an autolink. */
function labelOffset(token: Tokens.Link | Tokens.Image): number | null {
  if (token.type === "image") return 2;
  return token.raw.startsWith("[") ? 1 : null;
}

export function inlineTokens(tokens: Token[], text: string, at: Locate, edits: Edit[]): void {
  let pos = 0;
  for (const t of tokens) {
    if (!text.startsWith(t.raw, pos)) throw new Misaligned();
    inlineToken(t, shifted(at, pos), edits);
    pos += t.raw.length;
  }
}

/** The children of a token, found inside its raw at `offset`. */
function children(t: Token & { tokens?: Token[] }, offset: number, at: Locate, edits: Edit[]): void {
  const inner = concatRaw(t.tokens ?? []);
  if (t.raw.slice(offset, offset + inner.length) !== inner) throw new Misaligned();
  inlineTokens(t.tokens ?? [], inner, shifted(at, offset), edits);
}

function inlineToken(t: Token, at: Locate, edits: Edit[]): void {
  switch (t.type) {
    case "html":
      escapeAll(t.raw, at, edits);
      return;
    case "escape":
      // `\<` and `\>` as character references, which GFM autolinking cannot split
      if (t.text === "<" || t.text === ">") edits.push({ from: at(0), to: at(t.raw.length - 1) + 1, insert: t.text === "<" ? "&lt;" : "&gt;" });
      return;
    case "text":
      if ("tokens" in t && t.tokens) return children(t, 0, at, edits);
      for (const m of t.raw.matchAll(MARKUP_START)) edits.push({ from: at(m.index), to: at(m.index) + 1, insert: "&lt;" });
      return;
    case "link":
    case "image": {
      const token = t as Tokens.Link | Tokens.Image;
      const safe = safeLink(token.href) !== null;
      const offset = labelOffset(token);
      if (offset === null) {
        // an autolink: `<scheme:…>`, `<a@b.c>` or a bare URL; an unsafe one becomes text
        if (!safe) {
          if (!token.raw.startsWith("<")) throw new Misaligned();
          escapeAll(token.raw, at, edits);
        }
        return;
      }
      children(token, offset, at, edits);
      if (!safe) {
        // keep the label as text: drop `[` or `![`, and `](…)`, `][ref]` or `]`
        const labelEnd = offset + concatRaw(token.tokens ?? []).length;
        if (token.raw[labelEnd] !== "]") throw new Misaligned();
        edits.push({ from: at(0), to: at(offset - 1) + 1, insert: "" });
        edits.push({ from: at(labelEnd), to: at(token.raw.length - 1) + 1, insert: "" });
      }
      return;
    }
    case "strong":
    case "em":
    case "del": {
      const inner = concatRaw((t as Tokens.Strong).tokens);
      return children(t, (t.raw.length - inner.length) / 2, at, edits);
    }
    case "codespan":
    case "br":
    case "checkbox":
      return;
    default:
      throw new Misaligned();
  }
}

export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    if (e.from < pos) throw new Misaligned();
    out += text.slice(pos, e.from) + e.insert;
    pos = e.to;
  }
  return out + text.slice(pos);
}

export function collectInline(tokens: Token[], text: string): Edit[] {
  const edits: Edit[] = [];
  inlineTokens(tokens, text, (i) => i, edits);
  return edits;
}

/** Applies `collect` until nothing changes; null if that does not happen or the tokens do not line up. */
export function untilSafe(text: string, collect: (text: string) => Edit[]): string | null {
  let out = text;
  try {
    for (let pass = 0; pass < 4; pass++) {
      const edits = collect(out);
      if (edits.length === 0) return out;
      out = applyEdits(out, edits);
    }
  } catch (e) {
    if (e instanceof Misaligned) return null;
    throw e;
  }
  return null;
}
