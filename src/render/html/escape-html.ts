import { sanitizeText } from "../text/sanitize-text.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML element content and quoted attribute values. The
 * text is cleaned first (`sanitizeText`: control characters and escape
 * sequences dropped, a carriage return made a newline); lone surrogates,
 * which HTML does not allow, become U+FFFD.
 */
export function escapeHtml(text: string): string {
  return sanitizeText(text)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
