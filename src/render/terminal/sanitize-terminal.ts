import { sanitizeText } from "../text/sanitize-text.js";

/** Unicode line and paragraph separators: some terminals break lines on them. */
const SEPARATOR = /[\u2028\u2029]/g;

/**
 * Makes a string from a roadmap safe to print: `sanitizeText` (escape
 * sequences and control characters other than newline and tab removed, a
 * carriage return made a newline), and line and paragraph separators made
 * newlines, so it cannot move the cursor, clear the screen, retitle the
 * window, plant a hyperlink or overwrite what was printed before.
 */
export function sanitizeTerminal(text: string): string {
  return sanitizeText(text).replace(SEPARATOR, "\n");
}

/** Sanitised and on one line: runs of whitespace (newlines, tabs) become one space. */
export function sanitizeLine(text: string): string {
  return sanitizeTerminal(text).replace(/\s+/g, " ").trim();
}
