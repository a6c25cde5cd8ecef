/** Control characters other than tab and newline, which no rendering shows. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Collapses every run of whitespace (newlines included) to one space and drops control characters. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, "").replace(/\s+/g, " ").trim();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Escapes the characters of plain text that would change meaning in GitHub Markdown. */
function escapeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = text[i - 1] ?? "";
    const next = text[i + 1] ?? "";
    switch (c) {
      case "\\": case "*": case "[": case "]": case "~": case "$": case "`":
        // emphasis, links and references, strikethrough, GitHub math, code
        out += "\\" + c;
        break;
      case "_":
        // `snake_case` never makes emphasis; `_x_` does
        out += LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next) ? c : "\\_";
        break;
      case "<":
        // raw HTML, comments and autolinks start with `<` and a letter, `/`, `!` or `?`
        out += /[A-Za-z/!?]/.test(next) ? "\\<" : c;
        break;
      case "&":
        // `&amp;`, `&#35;` would be read as character references
        out += /^&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/.test(text.slice(i)) ? "&amp;" : c;
        break;
      default:
        out += c;
    }
  }
  // a trailing ` ###` is the closing sequence of an ATX heading
  return out.replace(/(\s)(#+)$/, (_m, space: string, hashes: string) => space + hashes.replace(/#/g, "\\#"));
}

/**
 * Plain text from a roadmap (a title, an owner, a category) as inline GitHub
 * Markdown that reads the same: one line, Markdown specials escaped where
 * they would change meaning, so the text can make no link, HTML, emphasis,
 * math or heading. Code spans written with matching backticks
 * (`` `roadmap lint` ``) are kept as code, as authors mean them; a lone
 * backtick is escaped. Not for the start of a line: the caller puts it
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
    out += escapeText(s.slice(plainFrom, i)) + s.slice(i, j + n);
    i = j + n;
    plainFrom = i;
  }
  return out + escapeText(s.slice(plainFrom));
}
