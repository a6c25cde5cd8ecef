import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeHtml } from "../../src/render/html/escape-html.js";
import { safeUrl } from "../../src/render/html/safe-url.js";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  });

  it("drops control characters and escape sequences, makes a carriage return a newline, replaces lone surrogates", () => {
    expect(escapeHtml("a\u0000b\u0007c\u001fd\u007f\u0085\u009b\ud800e")).toBe("abcd\ufffde");
    expect(escapeHtml("\u001b[31mred\u001b[0m \u001b]8;;https://evil.example/\u0007link\u001b]8;;\u0007")).toBe("red link");
    expect(escapeHtml("tab\tnl\ncr\r crlf\r\n 😀")).toBe("tab\tnl\ncr\n crlf\n 😀");
  });

  it("never leaves a raw <, >, quote or unescaped ampersand", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
    );
  });
});

describe("safeUrl", () => {
  it.each([
    "https://example.com/a?b=c#d",
    "http://example.com",
    "HTTPS://EXAMPLE.COM",
    "mailto:someone@example.com",
    "docs/adr-7.md",
    "./x.png",
    "../up",
    "/absolute/path",
    "#anchor",
    "?q=1",
    "path/with:colon",
  ])("allows %s", (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it("strips what the URL parser strips: surrounding spaces and controls, tabs and newlines", () => {
    expect(safeUrl("  https://example.com/a\n b ")).toBe("https://example.com/a b");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "vbscript:msgbox",
    "data:text/html,<script>alert(1)</script>",
    "data:image/png;base64,AAAA",
    "file:///etc/passwd",
    "//evil.example/x",
    "\\\\evil.example\\x",
    "/\\evil.example",
    "ftp://example.com",
    "unknown-scheme:colon-later/x",
  ])("rejects %j", (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  it("only ever returns http, https, mailto or scheme-less URLs", () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.string(), fc.webUrl(), fc.constantFrom("javascript:", "JAVASCRIPT:", "data:", " \tjava\nscript:"))
          .chain((a) => fc.tuple(fc.constant(a), fc.string())),
        ([a, b]) => {
          const out = safeUrl(a + b);
          if (out === null) return;
          const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(out);
          if (scheme) expect(["http", "https", "mailto"]).toContain(scheme[1].toLowerCase());
          expect(out).not.toMatch(/[\t\n\r]/);
        },
      ),
    );
  });
});
