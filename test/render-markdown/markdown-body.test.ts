import { describe, expect, it } from "vitest";
import { defuseSetext } from "../../src/render/markdown/defuse-setext.js";
import { isSingleParagraph, markdownBody, prefixLines } from "../../src/render/markdown/markdown-body.js";
import { normalizeBlocks } from "../../src/render/markdown/normalize-blocks.js";
import { shiftHeadings } from "../../src/render/markdown/shift-headings.js";
import { documentStructure } from "./document-structure.js";

describe("shiftHeadings", () => {
  it("puts the highest heading one level under the base and keeps the others relative", () => {
    expect(shiftHeadings("# A\n\ntext\n\n## B\n\n# C\n", 2)).toBe("### A\n\ntext\n\n#### B\n\n### C\n");
    expect(shiftHeadings("### A\n\n#### B\n", 1)).toBe("## A\n\n### B\n");
  });

  it("closes gaps in the outline and stops at level 6", () => {
    expect(shiftHeadings("# A\n\n#### B\n\n## C\n", 2)).toBe("### A\n\n#### B\n\n#### C\n");
    expect(shiftHeadings("# A\n\n## B\n\n### C\n", 5)).toBe("###### A\n\n###### B\n\n###### C\n");
  });

  it("turns setext headings into ATX ones and drops closing sequences", () => {
    expect(shiftHeadings("Title\n=====\n\nSub\n---\n\n## Closed ##\n", 1)).toBe("## Title\n\n### Sub\n\n### Closed\n");
  });

  it("rewrites the #s of headings inside lists and quotes in place", () => {
    expect(shiftHeadings("- # In a list\n- text\n\n> ## In a quote\n", 3)).toBe("- #### In a list\n- text\n\n> ##### In a quote\n");
  });

  it("leaves code alone", () => {
    const code = "```sh\n# a comment, not a heading\n```\n";
    expect(shiftHeadings(code, 3)).toBe(code);
  });
});

describe("defuseSetext", () => {
  it("makes underlines inside lists and quotes text, outside code fences", () => {
    expect(defuseSetext("- a\n  ===\n- b\n  ---\n")).toBe("- a\n  \\===\n- b\n  \\---\n");
    expect(defuseSetext("> a\n> ===\n")).toBe("> a\n> \\===\n");
    expect(defuseSetext("- item\n\n  ```yaml\n  key: 1\n  ---\n  ```\n")).toBe("- item\n\n  ```yaml\n  key: 1\n  ---\n  ```\n");
  });

  it("keeps a thematic break after a blank line and top-level setext headings", () => {
    expect(defuseSetext("- a\n\n  ---\n")).toBe("- a\n\n  ---\n");
    expect(defuseSetext("Title\n===\n\ntext\n\n---\n")).toBe("Title\n===\n\ntext\n\n---\n");
  });
});

describe("normalizeBlocks", () => {
  it("puts a blank line between blocks that touch, without changing what renders", () => {
    const source = "**Label**:\n```java\ncode\n```\ntext\n- a\n- b\n\n## H\ntext";
    const normalized = normalizeBlocks(source);
    expect(normalized).toBe("**Label**:\n\n```java\ncode\n```\n\ntext\n\n- a\n- b\n\n## H\n\ntext");
    expect(documentStructure(normalized).html).toBe(documentStructure(source).html);
  });

  it("names the language of a bare fence `text` and rewrites tables compactly", () => {
    expect(normalizeBlocks("```\nx\n```\n")).toBe("```text\nx\n```\n");
    expect(normalizeBlocks("|a|b \\| c|\n|:-:|--:|\n|1|`x\\|y`|\n")).toBe("| a | b \\| c |\n| :-: | --: |\n| 1 | `x\\|y` |\n");
  });
});

describe("markdownBody", () => {
  it("is empty for nothing or blank text", () => {
    expect(markdownBody(undefined, 2)).toBe("");
    expect(markdownBody(" \n\t\n", 2)).toBe("");
  });

  it("normalizes line ends, control characters and trailing spaces (a hard break stays)", () => {
    expect(markdownBody("a\r\nb \r\nc   \nd\u0007\n\n\n", 2)).toBe("a\nb\nc  \nd");
    expect(markdownBody("lone\rcarriage return, \u001b[31mred\u001b[0m, NEL\u0085 CSI\u009b1m DEL\u007f", 2)).toBe("lone\ncarriage return, red, NEL CSI DEL");
  });

  it("closes a code fence left open, so the report goes on after it", () => {
    expect(markdownBody("text\n\n````js\nconst a = 1;\n```\n", 2)).toBe("text\n\n````js\nconst a = 1;\n```\n````");
  });

  it("shows raw HTML as text, so an open comment, <script> or <pre> hides nothing after it", () => {
    expect(markdownBody("before\n\n<!-- open", 2)).toBe("before\n\n&lt;!-- open");
    expect(markdownBody("<script>\nalert(1)\n", 2)).toBe("&lt;script&gt;\nalert(1)");
    expect(markdownBody("a <b onclick=x>b</b>", 2)).toBe("a &lt;b onclick=x&gt;b&lt;/b&gt;");
  });

  it("keeps only http, https, mailto and relative links and images; others become their text", () => {
    expect(markdownBody("[x](javascript:alert(1)) [y](&#106;avascript:alert(1)) ![z](data:text/html,hi) <javascript:alert(1)>", 2)).toBe(
      "x y z &lt;javascript:alert(1)&gt;",
    );
    const safe = "[a](https://example.com) [b](docs/adr.md) [c](mailto:a@example.com) ![d](img/d.png) <https://example.com>";
    expect(markdownBody(safe, 2)).toBe(safe);
  });

  it("shows what an unclosed <pre> held as text, and nothing after it is swallowed", () => {
    expect(markdownBody("<pre>\n```` x\n", 2)).toBe("&lt;pre&gt;\n\\`\\`\\`\\` x");
  });

  it("keeps ordinary Markdown as it is", () => {
    const body = "**Bold** and `code`\n\n- [x] done\n- [ ] todo\n\n| a | b |\n| --- | --- |\n| 1 | 2 |";
    expect(markdownBody(body, 2)).toBe(body);
  });
});

describe("prefixLines and isSingleParagraph", () => {
  it("prefixes every line, blank ones without trailing spaces", () => {
    expect(prefixLines("a\n\nb", "  > ")).toBe("  > a\n  >\n  > b");
  });

  it("tells one-line paragraphs from everything else", () => {
    expect(isSingleParagraph("Just **one** line.")).toBe(true);
    expect(isSingleParagraph("two\nlines")).toBe(false);
    expect(isSingleParagraph("- a list")).toBe(false);
    expect(isSingleParagraph("# heading")).toBe(false);
  });
});
