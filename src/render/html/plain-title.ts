import { escapeHtml } from "./escape-html.js";

/** A title for places that show plain text (SVG, `<title>`): backtick code spans lose their backticks. */
export function plainTitle(title: string): string {
  return title.replace(/`([^`\n]+)`/g, "$1");
}

/**
 * A title for HTML: escaped, with backtick code spans as `<code>`. Titles are
 * plain text in the format; this is the one bit of Markdown they commonly use.
 */
export function htmlTitle(title: string): string {
  return escapeHtml(title).replace(/`([^`\n]+)`/g, "<code>$1</code>");
}
