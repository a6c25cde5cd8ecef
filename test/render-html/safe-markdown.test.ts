import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeMarkdown } from "../../src/render/html/safe-markdown.js";
import { PAYLOADS } from "./hostile-roadmap.js";

/** Every start tag in `html` as [name, attribute names and values]. */
function tags(html: string): { name: string; attrs: [string, string][] }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attrs: [...m[2].matchAll(/([^\s=>]+)(?:="([^"]*)")?/g)].map((a) => [a[1].toLowerCase(), a[2] ?? ""] as [string, string]),
  }));
}

const ALLOWED_TAGS = new Set([
  "p",
  "a",
  "strong",
  "em",
  "code",
  "pre",
  "ul",
  "ol",
  "li",
  "blockquote",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "br",
  "del",
  "span",
  "div",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);
const ALLOWED_ATTRS = new Set(["href", "title", "rel", "class", "role", "aria-label", "scope", "start"]);

function assertSafe(html: string): void {
  for (const t of tags(html)) {
    expect(ALLOWED_TAGS, `tag <${t.name}> in ${html}`).toContain(t.name);
    for (const [name, value] of t.attrs) {
      expect(ALLOWED_ATTRS, `attribute ${name} in ${html}`).toContain(name);
      if (name === "href") expect(value).toMatch(/^(https?:|mailto:|[^:]*$|[^:]*[/?#])/i);
    }
  }
  // Nothing that could close out of the element or start markup survives as raw text.
  expect(html.replace(/<\/?[a-zA-Z][^>]*>/g, "")).not.toMatch(/[<>]/);
}

describe("safeMarkdown", () => {
  it("renders ordinary Markdown", () => {
    expect(safeMarkdown('Some **bold**, _em_, `code` and [a link](https://example.com "t").')).toBe(
      '<p>Some <strong>bold</strong>, <em>em</em>, <code>code</code> and <a href="https://example.com" title="t" rel="noopener noreferrer">a link</a>.</p>',
    );
  });

  it("shows raw HTML as text, inline and block", () => {
    expect(safeMarkdown("a <b onclick=x>b</b>")).toBe("<p>a &lt;b onclick=x&gt;b&lt;/b&gt;</p>");
    expect(safeMarkdown("<div>\n<script>alert(1)</script>\n</div>")).toBe("<p>&lt;div&gt;\n&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;/div&gt;</p>");
  });

  it("keeps only http, https, mailto and relative links; others become their text", () => {
    expect(safeMarkdown("[x](javascript:alert(1))")).toBe("<p>x</p>");
    expect(safeMarkdown("[x](JAVASCRIPT:alert(1))")).toBe("<p>x</p>");
    expect(safeMarkdown("[x](&#106;avascript:alert(1))")).toBe("<p>x</p>");
    expect(safeMarkdown("[x](&#x6A;avascript&colon;alert(1))")).toBe("<p>x</p>");
    expect(safeMarkdown("[x](data:text/html,hi)")).toBe("<p>x</p>");
    expect(safeMarkdown("[x](docs/a.md) <a@example.com>")).toBe(
      '<p><a href="docs/a.md">x</a> <a href="mailto:a@example.com" rel="noopener noreferrer">a@example.com</a></p>',
    );
    expect(safeMarkdown("[r]\n\n[r]: javascript:alert(1)")).toBe("<p>r</p>");
    // A named reference that is an object's built-in name stays as written, never a function's source.
    expect(safeMarkdown("[x](docs/&constructor;.md)")).not.toContain("native code");
  });

  it("turns images into links (the report loads nothing) and drops unsafe ones to their alt text", () => {
    expect(safeMarkdown("![diagram](https://example.com/d.png)")).toBe(
      '<p><a class="md-image" href="https://example.com/d.png" rel="noopener noreferrer">diagram</a></p>',
    );
    expect(safeMarkdown('![x" onerror="alert(1)](javascript:alert(1))')).toBe("<p>x&quot; onerror=&quot;alert(1)</p>");
  });

  it("escapes code, shifts headings, renders task lists and tables without inline styles", () => {
    expect(safeMarkdown("```html\n<script>x</script>\n```")).toBe("<pre><code>&lt;script&gt;x&lt;/script&gt;</code></pre>");
    expect(safeMarkdown("# One\n## Two", { headingOffset: 2 })).toBe("<h3>One</h3>\n<h4>Two</h4>");
    expect(safeMarkdown("###### Six", { headingOffset: 2 })).toBe("<h6>Six</h6>");
    const list = safeMarkdown("- [x] done\n- [ ] open");
    expect(list).toContain('<span class="md-check is-done" role="img" aria-label="done">✓</span>');
    expect(list).not.toContain("<input");
    const table = safeMarkdown("| a | b |\n| :- | -: |\n| 1 | 2 |");
    expect(table).toContain('<th scope="col" class="align-left">a</th>');
    expect(table).not.toMatch(/align="|style=/);
  });

  it("cleans the text first: control characters and escape sequences dropped, a lone CR a line break", () => {
    expect(safeMarkdown("a\u001b[31mb\u0007\u0085 c\rd\u007f")).toBe("<p>ab c\nd</p>");
  });

  it.each(PAYLOADS)("neutralises %j", (p) => {
    const html = safeMarkdown(p);
    assertSafe(html);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  });

  it("is safe for any mix of Markdown syntax and hostile fragments", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ...PAYLOADS,
        "[",
        "]",
        "(",
        ")",
        "<",
        ">",
        "`",
        "*",
        "_",
        "!",
        "#",
        "\n",
        "\n\n",
        "|",
        "- ",
        "> ",
        "&",
        "&#",
        ";",
        "javascript:",
        "https://x.io",
        '"',
        "'",
        "=",
        " on",
        "error",
        "<svg",
        "<a ",
        "href",
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        assertSafe(safeMarkdown(parts.join("")));
      }),
      { numRuns: 400 },
    );
  });
});
