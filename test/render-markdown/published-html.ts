import { marked } from "marked";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

/**
 * Markdown as HTML the way sites that do not sanitise show it: marked with
 * GFM and micromark with GFM (tables, task lists, autolinks, footnotes,
 * strikethrough, the tag filter), both keeping raw HTML, so any markup that
 * gets through the report's escaping shows up here.
 */
export function publishedHtml(markdown: string): { marked: string; micromark: string } {
  return {
    marked: marked.parse(markdown, { gfm: true, async: false }),
    micromark: micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
  };
}

/** Every construct a roadmap's Markdown may rightly use, to learn what the renderers write for clean text. */
export const ORDINARY_MARKDOWN = [
  "# H1\n\n## H2\n\n### H3\n\n#### H4\n\n##### H5\n\n###### H6",
  'Some **bold**, _em_, ~~struck~~, `code`, a [link](https://example.com "title"), <https://example.com>, www.example.com, a@example.com, [mail](mailto:a@example.com), ![image](img/a.png "t")',
  "- a\n- [x] done\n- [ ] open\n\n1. one\n2. two\n\n3) three\n\n> a quote\n\n---\n\nline  \nbreak",
  "```js\ncode\n```\n\n    indented\n\n| a | b | c |\n| :- | :-: | -: |\n| 1 | 2 | 3 |",
].join("\n\n");

export interface Element {
  tag: string;
  attrs: [string, string][];
}

let page: Document | undefined;

/**
 * Every element of the HTML, put in a page's body, with its attributes, as
 * a browser parses it (needs a DOM: jsdom): `html`, `head` and `body`
 * included, since a stray `<body onload=…>` adds its attributes to the page's.
 */
export function elementsOf(html: string): Element[] {
  // one page for every call, its content replaced: a new document each time grows jsdom's memory without end
  page ??= document.implementation.createHTMLDocument("");
  const root = page.documentElement;
  for (const a of [...root.attributes]) root.removeAttribute(a.name);
  root.innerHTML = `<head></head><body>${html}</body>`;
  return [root, ...root.querySelectorAll("*")].map((e) => ({
    tag: e.tagName.toLowerCase(),
    attrs: [...e.attributes].map((a): [string, string] => [a.name.toLowerCase(), a.value]),
  }));
}

/** The elements and `element@attribute` pairs of the HTML, to compare with those of a clean document. */
export function vocabulary(html: string): Set<string> {
  const out = new Set<string>();
  for (const e of elementsOf(html)) {
    out.add(e.tag);
    for (const [name] of e.attrs) out.add(`${e.tag}@${name}`);
  }
  return out;
}

/** http, https, mailto, or no scheme at all (relative, `#anchor`). */
const SAFE_URL = /^(https?:|mailto:|[^:]*$|[^:]*[/?#])/i;

/**
 * What no published report may hold, whatever its roadmap says: an element
 * or attribute outside `allowed`, an event handler, inline style, a link or
 * image to anything but http, https, mailto or a relative URL. Returns the
 * problems found (empty when the HTML is safe).
 */
export function unsafeMarkup(html: string, allowed: Set<string>): string[] {
  const problems: string[] = [];
  // an `<html …>` tag in the body gives its attributes to the page's root, which a fragment parse does not show
  if (/<html[\s/>]/i.test(html)) problems.push("element <html>");
  for (const e of elementsOf(html)) {
    if (!allowed.has(e.tag)) problems.push(`element <${e.tag}>`);
    for (const [name, value] of e.attrs) {
      if (!allowed.has(`${e.tag}@${name}`)) problems.push(`attribute ${name} on <${e.tag}>`);
      if (name.startsWith("on") || name === "style" || name === "srcdoc") problems.push(`attribute ${name} on <${e.tag}>`);
      if ((name === "href" || name === "src") && !SAFE_URL.test(value.trim())) problems.push(`${name}="${value}" on <${e.tag}>`);
    }
  }
  return problems;
}
