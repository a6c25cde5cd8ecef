const ALLOWED_SCHEMES = new Set(["http", "https", "mailto"]);

/**
 * The URL as a browser would read it from an attribute, when it is http,
 * https, mailto or relative; null for anything else (`javascript:`, `data:`,
 * `vbscript:` …). Mirrors the URL parser: leading and trailing C0 controls
 * and spaces are dropped, tabs and newlines removed anywhere, the scheme is
 * case-insensitive. Escape the result for its attribute.
 */
export function safeUrl(href: string): string | null {
  const cleaned = href.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  if (/[\u0000-\u001F\u007F]/.test(cleaned)) return null;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned);
  if (scheme && !ALLOWED_SCHEMES.has(scheme[1].toLowerCase())) return null;
  // A backslash is a slash in special URLs: "\\evil" and "/\evil" are network-path references; keep them out.
  if (!scheme && /^[\\/][\\/]/.test(cleaned)) return null;
  return cleaned;
}
