import { Lexer } from "marked";
import { collectInline, untilSafe, type Edit } from "./markdown-edits.js";

/** Whether the edit escapes the `<` or `>` of a `<br>` tag in the text. */
function touchesBreak(text: string, e: Edit): boolean {
  return (e.insert === "&lt;" && text.startsWith("<br>", e.from)) || (e.insert === "&gt;" && text.slice(e.from - 3, e.from + 1) === "<br>");
}

/**
 * `sanitizeMarkdown`'s policy for Markdown read as inline content only, as
 * in a table cell, where a code block of the source is no longer code. A
 * bare `<br>`, the line break a cell may hold, is the one tag kept. Null
 * when the tokens do not line up.
 */
export function sanitizeInlineMarkdown(markdown: string): string | null {
  return untilSafe(markdown, (text) => collectInline(new Lexer({ gfm: true }).inlineTokens(text), text).filter((e) => !touchesBreak(text, e)));
}
