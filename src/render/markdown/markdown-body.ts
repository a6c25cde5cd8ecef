import { Lexer } from "marked";
import { sanitizeText } from "../text/sanitize-text.js";
import { defuseSetext } from "./defuse-setext.js";
import { normalizeBlocks } from "./normalize-blocks.js";
import { sanitizeMarkdown } from "./sanitize-markdown.js";
import { shiftHeadings } from "./shift-headings.js";

const SENTINEL = "roadmap-kit-end-of-body-sentinel";

/** Whether Markdown that follows the body after a blank line starts a block of its own. */
function isContained(markdown: string): boolean {
  const tokens = new Lexer({ gfm: true }).lex(`${markdown}\n\n${SENTINEL}\n`).filter((t) => t.type !== "space");
  const last = tokens[tokens.length - 1];
  return last?.type === "paragraph" && last.raw.trim() === SENTINEL;
}

/** Closes a fenced code block left open at the end of the body. */
function closeOpenFence(markdown: string): string {
  const tokens = new Lexer({ gfm: true }).lex(markdown).filter((t) => t.type !== "space");
  const last = tokens[tokens.length - 1];
  if (last?.type !== "code") return markdown;
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(last.raw);
  if (!open) return markdown;
  const fence = open[1];
  const lines = last.raw.replace(/\n+$/, "").split("\n");
  const closing = lines.length > 1 ? lines[lines.length - 1].trim() : "";
  if (closing.startsWith(fence) && /^(`+|~+)$/.test(closing) && closing[0] === fence[0]) return markdown;
  return `${markdown}\n${fence}`;
}

/** A fence that no backtick run in the text can close. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(longest + 1);
}

/**
 * A Markdown body from the roadmap (summary, notes, goal, a free section),
 * ready to be placed as blocks under a heading of level `base`: cleaned
 * (`sanitizeText`: control characters dropped, line ends normalized),
 * stray trailing spaces dropped (two or more stay a hard break), made safe
 * to publish (`sanitizeMarkdown`: raw HTML shown as text, only http, https,
 * mailto and relative links), headings shifted under `base`, a code fence
 * left open closed. If the body would still swallow what follows it, or
 * cannot be made safe in place, it is shown as a code block instead, so no
 * roadmap text can break the rest of the document. Empty when blank.
 */
export function markdownBody(markdown: string | undefined, base: number): string {
  if (!markdown) return "";
  const text = sanitizeText(markdown)
    .split("\n")
    .map((line) => (line.trim() ? line.replace(/[ \t]+$/, (ws) => (/^ {2,}$/.test(ws) ? "  " : "")) : ""))
    .join("\n")
    .replace(/^\n+|\s+$/g, "");
  if (!text.trim()) return "";
  const safe = sanitizeMarkdown(text);
  if (safe !== null) {
    // the passes after the first sanitising keep it safe; the second one makes sure
    const body = sanitizeMarkdown(normalizeBlocks(closeOpenFence(shiftHeadings(defuseSetext(safe), base))).replace(/\s+$/, ""));
    if (body !== null && isContained(body)) return body;
  }
  const fence = fenceFor(text);
  return `${fence}text\n${text}\n${fence}`;
}

/** Prefixes every line of a block with `prefix` (blank lines get it without its trailing spaces). */
export function prefixLines(block: string, prefix: string): string {
  return block
    .split("\n")
    .map((line) => (line ? prefix + line : prefix.replace(/ +$/, "")))
    .join("\n");
}

/** Whether the body is one paragraph (so it reads well inline after a label). */
export function isSingleParagraph(body: string): boolean {
  const tokens = new Lexer({ gfm: true }).lex(body).filter((t) => t.type !== "space");
  return tokens.length === 1 && tokens[0].type === "paragraph" && !body.includes("\n");
}
