import { safeUrl } from "../html/safe-url.js";

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  colon: ":",
  tab: "\t",
  newline: "\n",
  sol: "/",
  lpar: "(",
  rpar: ")",
  nbsp: "\u00a0",
};

/** Character references in a link destination decoded (as CommonMark does) so the scheme check sees the real URL. */
function decodeEntities(href: string): string {
  return href.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
    }
    const name = ref.toLowerCase();
    return Object.hasOwn(NAMED, name) ? NAMED[name] : whole;
  });
}

/**
 * The destination of a Markdown link or image (as marked gives it) as the
 * URL a reader would follow, when that is http, https, mailto or relative;
 * null for anything else (`javascript:`, `data:`, also when spelled with
 * character references such as `&#106;avascript:`). The one link policy of
 * the HTML and Markdown reports.
 */
export function safeLink(destination: string): string | null {
  return safeUrl(decodeEntities(destination));
}
