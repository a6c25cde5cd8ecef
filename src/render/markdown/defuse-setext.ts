import { Lexer } from "marked";

/** Quote markers, list markers and indentation in front of a line's content. */
const PREFIX = /^((?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t])))*[ \t]*)(.*)$/;
const UNDERLINE = /^(=+|-+)[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})/;

function escapeUnderline(prefix: string, rest: string): string {
  return `${prefix}\\${rest}`;
}

/** In a paragraph, a line of `=` or `-` under text is a setext underline to GitHub: make it text. */
function defuseParagraph(raw: string): string {
  return raw
    .split("\n")
    .map((line, i) => {
      const m = /^( {0,3})(=+|-+)([ \t]*)$/.exec(line);
      return i > 0 && m ? `${m[1]}\\${m[2]}${m[3]}` : line;
    })
    .join("\n");
}

/** Inside a list or quote, outside code fences: a `=`/`-` line right under text becomes text. */
function defuseContainer(raw: string): string {
  const lines = raw.split("\n");
  let fence: string | null = null;
  let previousText = false;
  return lines
    .map((line) => {
      const [, prefix, rest] = PREFIX.exec(line) ?? [line, "", line];
      const open = FENCE.exec(rest);
      if (fence !== null) {
        if (open && open[1][0] === fence[0] && open[1].length >= fence.length && !rest.slice(open[1].length).trim()) fence = null;
        previousText = false;
        return line;
      }
      if (open) {
        fence = open[1];
        previousText = false;
        return line;
      }
      const underline = UNDERLINE.test(rest) && previousText;
      previousText = rest.trim() !== "";
      return underline ? escapeUnderline(prefix, rest) : line;
    })
    .join("\n");
}

/**
 * Makes a setext underline (a line of `=` or `-` right under text) plain
 * text wherever the parser here does not itself read a heading at the top
 * level: inside list items and quotes, and in the rare paragraphs where
 * this parser and GitHub's disagree. Such headings could not be given
 * their place in the report's outline, so they must not be headings at all;
 * top-level setext headings are kept (and become ATX when shifted).
 */
export function defuseSetext(markdown: string): string {
  let out = "";
  for (const token of new Lexer({ gfm: true }).lex(markdown)) {
    if (token.type === "paragraph") out += defuseParagraph(token.raw);
    else if (token.type === "list" || token.type === "blockquote") out += defuseContainer(token.raw);
    else out += token.raw;
  }
  return out;
}
