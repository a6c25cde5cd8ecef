import { sanitizeText } from "../text/sanitize-text.js";

/** Cleans the text (`sanitizeText`) and collapses every run of whitespace (newlines included) to one space. */
export function oneLine(text: string): string {
  return sanitizeText(text).replace(/\s+/g, " ").trim();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Each character of plain text as the Markdown that shows it, escaped where
 * it would change meaning in GitHub Markdown: emphasis, links, references,
 * strikethrough, math, code, `_` where it could make emphasis, character
 * references. `<` and `>` become `&lt;` and `&gt;`, which no extension can
 * read as markup: a backslash escape does not survive GFM autolinking,
 * which takes the `\` of `https://x.io/\<b>` into the link.
 */
export function escapedChars(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = text[i - 1] ?? "";
    const next = text[i + 1] ?? "";
    switch (c) {
      case "\\":
      case "*":
      case "[":
      case "]":
      case "~":
      case "$":
      case "`":
        // emphasis, links and references, strikethrough, GitHub math, code
        out.push("\\" + c);
        break;
      case "_":
        // `snake_case` never makes emphasis; `_x_` does
        out.push(LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next) ? c : "\\_");
        break;
      case "<":
        // raw HTML, comments and autolinks
        out.push("&lt;");
        break;
      case ">":
        out.push("&gt;");
        break;
      case "&":
        // `&amp;`, `&#35;` would be read as character references
        out.push(/^&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/.test(text.slice(i, i + 40)) ? "&amp;" : c);
        break;
      default:
        out.push(c);
    }
  }
  return out;
}

/** Escapes the characters of plain text that would change meaning in GitHub Markdown. */
function escapeText(text: string): string {
  const out = escapedChars(text).join("");
  // a trailing ` ###` is the closing sequence of an ATX heading
  return out.replace(/(\s)(#+)$/, (_m, space: string, hashes: string) => space + hashes.replace(/#/g, "\\#"));
}

/**
 * Plain text from a roadmap (a title, an owner, a category) as inline GitHub
 * Markdown that reads the same: one line, Markdown specials escaped where
 * they would change meaning, so the text can make no link, HTML, emphasis,
 * math or heading. Code spans written with matching backticks
 * (`` `roadmap lint` ``) are kept as code, as authors mean them, unless
 * one holding a `<` follows a non-space; a lone backtick is escaped. Not for the start of a line: the caller puts it
 * after a list marker, a heading's `#`s or inside a table cell (`tableCell`
 * then escapes the pipes).
 */
export function escapeMarkdown(text: string): string {
  const s = oneLine(text);
  let out = "";
  let plainFrom = 0;
  let i = 0;
  while (i < s.length) {
    if (s[i] !== "`") {
      i++;
      continue;
    }
    let n = 1;
    while (s[i + n] === "`") n++;
    const run = "`".repeat(n);
    // the closing run has exactly the same length
    let j = s.indexOf(run, i + n);
    while (j >= 0 && (s[j + n] === "`" || s[j - 1] === "`")) {
      let k = j;
      while (s[k] === "`") k++;
      j = s.indexOf(run, k);
    }
    if (j < 0) {
      i += n;
      continue;
    }
    // a code span right after a web address is not kept: GFM autolinking would take its opening
    // backticks into the link and leave a tag in it live (it stays text, its `<` escaped)
    if (i > 0 && !/\s/.test(s[i - 1]) && s.slice(i, j).includes("<")) {
      i = j + n;
      continue;
    }
    out += escapeText(s.slice(plainFrom, i)) + s.slice(i, j + n);
    i = j + n;
    plainFrom = i;
  }
  return out + escapeText(s.slice(plainFrom));
}
