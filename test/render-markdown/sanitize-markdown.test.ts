// @vitest-environment jsdom
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitizeMarkdown } from "../../src/render/markdown/sanitize-markdown.js";
import { PAYLOADS } from "../render-html/hostile-roadmap.js";
import { ORDINARY_MARKDOWN as ORDINARY, publishedHtml, unsafeMarkup, vocabulary } from "./published-html.js";

/** What marked and micromark write for the Markdown a roadmap body may use. */
const ALLOWED = new Set([...vocabulary(publishedHtml(ORDINARY).marked), ...vocabulary(publishedHtml(ORDINARY).micromark)]);

function expectPublishable(markdown: string): void {
  const html = publishedHtml(markdown);
  expect(unsafeMarkup(html.marked, ALLOWED), `marked: ${html.marked}`).toEqual([]);
  expect(unsafeMarkup(html.micromark, ALLOWED), `micromark: ${html.micromark}`).toEqual([]);
}

describe("sanitizeMarkdown", () => {
  it("keeps ordinary Markdown byte for byte", () => {
    expect(sanitizeMarkdown(ORDINARY)).toBe(ORDINARY);
    expect(ALLOWED).toContain("a@href");
    expect(ALLOWED).not.toContain("script");
  });

  it.each([
    ["an inline tag", "a <b onclick=x>b</b>", "a &lt;b onclick=x&gt;b&lt;/b&gt;"],
    ["an HTML block, lines kept from becoming blocks", "<div>\n# x\n- y\n1. z\n</div>", "&lt;div&gt;\n\\# x\n\\- y\n1\\. z\n&lt;/div&gt;"],
    ["a comment", "a <!-- hidden --> b", "a &lt;!-- hidden --&gt; b"],
    ["a javascript: link, to its text", "[click *me*](javascript:alert(1))", "click *me*"],
    ["an entity-encoded scheme", "[x](&#106;avascript:alert(1))", "x"],
    ["a data: image, to its alt text", "![alt](data:text/html,hi)", "alt"],
    ["an autolink to javascript:", "<javascript:alert(1)>", "&lt;javascript:alert(1)&gt;"],
    ["a reference to javascript:", "[r] and [x][r]\n\n[r]: javascript:alert(1)", "r and x\n\n\\[r]: javascript:alert(1)"],
    [
      "a tag after a bare URL and `\\`, which the autolink takes",
      "https://example.com/\\<img src=x onerror=alert(1)>",
      "https://example.com/\\&lt;img src=x onerror=alert(1)&gt;",
    ],
    ["`\\<` and `\\>`", "a \\<img src=x onerror=alert(1)\\>", "a &lt;img src=x onerror=alert(1)&gt;"],
    ["tags in a table cell", "| a | b |\n| - | - |\n| <img src=x> | [x](javascript:y) |", "| a | b |\n| --- | --- |\n| &lt;img src=x&gt; | x |"],
    [
      "tags in lists and quotes, markers kept",
      "- a <i>\n  - b [x](javascript:y)\n\n> c <b>\n> > d <u>\nlazy <s>",
      "- a &lt;i&gt;\n  - b x\n\n> c &lt;b&gt;\n> > d &lt;u&gt;\nlazy &lt;s&gt;",
    ],
    ["a link split over lines in a quote", "> [a\n> b](\n> javascript:x) after", "> a\n> b after"],
    ["a tag in a heading", "## Title <script>x</script>", "## Title &lt;script&gt;x&lt;/script&gt;"],
  ])("rewrites %s in place", (_, markdown, expected) => {
    expect(sanitizeMarkdown(markdown)).toBe(expected);
    expectPublishable(expected);
  });

  it("leaves code and safe links alone", () => {
    for (const markdown of ["`<script>`", "```html\n<script>alert(1)</script>\n```", "[a](https://example.com/<b>)", "<mailto:a@example.com>"]) {
      expect(sanitizeMarkdown(markdown)).toBe(markdown);
    }
  });

  it.each(PAYLOADS)("neutralises %j", (payload) => {
    const out = sanitizeMarkdown(payload);
    expect(out).not.toBeNull();
    expectPublishable(out!);
  });

  it("makes any mix of Markdown syntax and hostile pieces publishable (property)", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        ...PAYLOADS,
        "<script>",
        "</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:",
        "data:text/html,",
        "https://example.com/",
        "\\<",
        "\\",
        "`",
        "```",
        "](",
        "[",
        "]",
        "(",
        ")",
        "![",
        "&lt;",
        "&#106;avascript:",
        "&#x6A;",
        "\n",
        "\n\n",
        "|",
        "\n| a | b |\n| - | - |\n| ",
        "<!--",
        "-->",
        "<",
        ">",
        "*",
        "_",
        "#",
        "- ",
        "> ",
        "1. ",
        "    ",
        "~~~",
        "$",
        '"',
        "'",
        "=",
        " on",
        "error",
        "<a ",
        "href",
        "[r]: ",
        "[r]",
        "www.x.io",
        "a@b.co",
        "mailto:",
        "<https://x.io>",
      ),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const out = sanitizeMarkdown(parts.join(""));
        if (out === null) return; // shown as a code block by the caller
        expectPublishable(out);
        expect(sanitizeMarkdown(out)).toBe(out);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) },
    );
  });
});
