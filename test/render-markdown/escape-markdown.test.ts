import fc from "fast-check";
import { Lexer, marked } from "marked";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, oneLine } from "../../src/render/markdown/escape-markdown.js";
import { markdownTable, tableCell } from "../../src/render/markdown/markdown-table.js";
import { renderGfm } from "./render-gfm.js";

/** HTML text back to characters (marked escapes `& < > " '`). */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Text that GFM would autolink (web and mail addresses) is left out: a link to an address is not a change of meaning. */
const noAutolink = (s: string) => !/www\.|https?:|mailto:|xmpp:|@/i.test(s);

/** Markdown's special characters, HTML, entities and the like, to build hostile titles from. */
const markdownTrouble = fc
  .array(
    fc.constantFrom(
      "*",
      "**",
      "_",
      "__",
      "~",
      "~~",
      "`",
      "``",
      "[",
      "]",
      "(",
      ")",
      "![",
      "[x](javascript:alert(1))",
      "<",
      ">",
      "<b>",
      "</b>",
      "<!--",
      "-->",
      "<script>",
      "&",
      "&amp;",
      "&#35;",
      "&copy;",
      "\\",
      "\\*",
      "#",
      " #",
      "|",
      "$",
      "$x$",
      ":",
      ";",
      "\n",
      "1.",
      "- ",
      "+ ",
      "> ",
      "=",
      "---",
      " ",
      "a",
      "é",
      "_a_",
      "a_b",
      "snake_case",
      "💥",
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

describe("escapeMarkdown", () => {
  it("keeps plain text plain: rendered, it has no tags and reads as the text on one line", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme-composite", maxLength: 40 }), markdownTrouble).filter((s) => !s.includes("`") && noAutolink(s)),
        (text) => {
          const markdown = `x ${escapeMarkdown(text)} y`;
          const html = marked.parseInline(markdown, { gfm: true }) as string;
          expect(html).not.toMatch(/<[a-z!/?]/i);
          expect(htmlText(html)).toBe(`x ${oneLine(text)} y`);
          // micromark with GFM and math, as a second, stricter reading: one paragraph of plain text
          const gfmHtml = renderGfm(markdown);
          expect(gfmHtml).toMatch(/^<p>[\s\S]*<\/p>$/);
          expect(gfmHtml.slice(3, -4)).not.toMatch(/<[a-z!/?]/i);
          expect(htmlText(gfmHtml.slice(3, -4))).toBe(`x ${oneLine(text)} y`);
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) },
    );
  });

  it("keeps code spans written with matching backticks, and escapes lone backticks", () => {
    expect(escapeMarkdown("`roadmap lint`, `schema`, `init`")).toBe("`roadmap lint`, `schema`, `init`");
    expect(escapeMarkdown("a ` b")).toBe("a \\` b");
    expect(escapeMarkdown("``a ` b`` and *c*")).toBe("``a ` b`` and \\*c\\*");
    expect(escapeMarkdown("```fence")).toBe("\\`\\`\\`fence");
    expect(marked.parseInline(escapeMarkdown("Create `docker-compose.yml` *now*"))).toBe("Create <code>docker-compose.yml</code> *now*");
  });

  it("escapes where meaning would change and nowhere else", () => {
    expect(escapeMarkdown("snake_case and _emphasis_")).toBe("snake_case and \\_emphasis\\_");
    expect(escapeMarkdown("p95 < 500ms, <b>bold</b> -> ok")).toBe("p95 &lt; 500ms, &lt;b&gt;bold&lt;/b&gt; -&gt; ok");
    expect(escapeMarkdown("R&D &amp; &#35;")).toBe("R&D &amp;amp; &amp;#35;");
    expect(escapeMarkdown("[link](javascript:alert(1))")).toBe("\\[link\\](javascript:alert(1))");
    expect(escapeMarkdown("costs $5 to $10")).toBe("costs \\$5 to \\$10");
    expect(escapeMarkdown("Issue #")).toBe("Issue \\#");
    expect(escapeMarkdown("C# and #76")).toBe("C# and #76");
    expect(escapeMarkdown("line one\nline two\r\n\tthree\u0000")).toBe("line one line two three");
    expect(escapeMarkdown("Phase 1: Strangler Fig — 🚀 Февраль")).toBe("Phase 1: Strangler Fig — 🚀 Февраль");
  });

  it("writes < and > as entities, which GFM autolinking cannot take apart as it does `\\<`", () => {
    const title = 'https://example.com/">\\<img src=x onerror=alert(1)> <script>alert(1)</script>';
    // a backslash escape is not enough: the autolink takes the `\\` and leaves a live tag
    const backslashed = 'https://example.com/">\\<img src=x onerror=alert(1)>';
    expect(renderGfm(backslashed)).toContain("<img src=x onerror=alert(1)>");
    expect(marked.parse(backslashed, { gfm: true })).toContain("<img src=x onerror=alert(1)>");
    const markdown = escapeMarkdown(title);
    expect(markdown).not.toMatch(/[<>]/);
    for (const html of [renderGfm(markdown), marked.parse(markdown, { gfm: true }) as string]) {
      expect(html).not.toMatch(/<(img|script)/i);
      expect(htmlText(html)).toContain("onerror=alert(1)> <script>alert(1)</script>");
    }
  });

  it("keeps no code span with a tag right after a web address, which GFM autolinking would break open", () => {
    const title = "https://example.com/`<img src=x onerror=alert(1)>` and `<b>` alone";
    const markdown = escapeMarkdown(title);
    expect(markdown).toBe("https://example.com/\\`&lt;img src=x onerror=alert(1)&gt;\\` and `<b>` alone");
    for (const html of [renderGfm(markdown), marked.parse(markdown, { gfm: true }) as string]) {
      expect(html).not.toMatch(/<img/i);
      expect(html).toContain("<code>&lt;b&gt;</code>");
    }
  });

  it("makes no heading text end in a closing sequence", () => {
    const html = marked.parse(`### ${escapeMarkdown("Ends with a hash #")}`) as string;
    expect(html).toBe("<h3>Ends with a hash #</h3>\n");
  });
});

describe("tableCell and markdownTable", () => {
  it("any title in a cell keeps the table's shape: one row, the right number of cells, the next cell intact", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme-composite", maxLength: 40 }), markdownTrouble), (text) => {
        const table = markdownTable(["a", "b", "c"], [[escapeMarkdown(text), "next", tableCell(text)]]);
        const tokens = new Lexer({ gfm: true }).lex(`${table}\n`).filter((t) => t.type !== "space");
        expect(tokens).toHaveLength(1);
        const t = tokens[0];
        expect(t.type).toBe("table");
        if (t.type !== "table") return;
        expect(t.rows).toHaveLength(1);
        expect(t.rows[0]).toHaveLength(3);
        expect(t.rows[0][1].text).toBe("next");
        const html = renderGfm(table);
        expect(html.match(/<tr>/g)).toHaveLength(2);
        expect(html.match(/<td>/g)).toHaveLength(3);
        expect(html).toContain("<td>next</td>");
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 2000) },
    );
  });

  it("turns line breaks into a space, paragraph breaks and list lines into <br>, and escapes every pipe", () => {
    expect(tableCell("one\ntwo\n\nthree\n- four\n- `a|b`")).toBe("one two<br>three<br>- four<br>- `a\\|b`");
    expect(tableCell("already \\| escaped, double \\\\| escaped")).toBe("already \\| escaped, double \\| escaped");
    expect(tableCell("")).toBe(" ");
    expect(markdownTable(["x", "y"], [["1", "2"]], ["left", "right"])).toBe("| x | y |\n| --- | --: |\n| 1 | 2 |");
  });
});
